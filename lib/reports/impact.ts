// The impact-of-training report: response rates, confidence before and after, follow-up themes and co-signs,
// per course and per agency, counted by the database.
import { and, desc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type DbOrTx } from "@/db/client";
import { agency, booking, evaluation, opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { getPartnership } from "@/lib/partnership";
import { resolvePeriod } from "./attendance";
import type { ReportFilters } from "./filters-schema";
import type { Period } from "./period";
import { rate, uplift } from "./rates";
import { bookingConditions, sessionConditions } from "./scope";

export type ImpactRow = {
  key: string;
  label: string;
  attended: number;
  pre: number;
  post: number;
  impact: number;
  coSigned: number;
  preRate: number | null;
  postRate: number | null;
  impactRate: number | null;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  uplift: number | null;
  coSignedShare: number | null;
};

export type ImpactReport = { period: Period; filters: ReportFilters; totals: ImpactRow; byCourse: ImpactRow[]; byAgency: ImpactRow[]; themes: { theme: string; count: number }[] };

const pre = alias(evaluation, "pre_ev");
const post = alias(evaluation, "post_ev");
const imp = alias(evaluation, "impact_ev");

// People who came (fully or in part) are the ones asked; rates are out of them.
const came = sql`${booking.attendance} in ('attended','partial')`;

const measures = {
  attended: sql<number>`(count(*) filter (where ${came}))::int`,
  pre: sql<number>`(count(${pre.id}) filter (where ${came}))::int`,
  post: sql<number>`(count(${post.id}) filter (where ${came}))::int`,
  impact: sql<number>`(count(${imp.id}) filter (where ${came}))::int`,
  coSigned: sql<number>`(count(${imp.managerCoSignedAt}) filter (where ${came}))::int`,
  confidenceBefore: sql<number | null>`(avg(${pre.confidence}) filter (where ${came}))::float8`,
  confidenceAfter: sql<number | null>`(avg(${post.confidence}) filter (where ${came}))::float8`,
};

type Measured = { [K in keyof typeof measures]: number | null };

export function impactRow(key: string, label: string, m: Measured): ImpactRow {
  const attended = Number(m.attended ?? 0);
  const n = (v: number | null) => Number(v ?? 0);
  const before = m.confidenceBefore == null ? null : Number(m.confidenceBefore);
  const after = m.confidenceAfter == null ? null : Number(m.confidenceAfter);
  return {
    key,
    label,
    attended,
    pre: n(m.pre),
    post: n(m.post),
    impact: n(m.impact),
    coSigned: n(m.coSigned),
    preRate: rate(n(m.pre), attended),
    postRate: rate(n(m.post), attended),
    impactRate: rate(n(m.impact), attended),
    confidenceBefore: before,
    confidenceAfter: after,
    uplift: uplift(before, after),
    coSignedShare: rate(n(m.coSigned), n(m.impact)),
  };
}

function base(db: DbOrTx, period: Period, f: ReportFilters, fields: Record<string, SQL>, extra?: SQL) {
  return db
    .select(fields)
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .leftJoin(pre, and(eq(pre.bookingId, booking.id), eq(pre.kind, "pre")))
    .leftJoin(post, and(eq(post.bookingId, booking.id), eq(post.kind, "post")))
    .leftJoin(imp, and(eq(imp.bookingId, booking.id), eq(imp.kind, "impact")))
    .where(and(eq(booking.status, "confirmed"), sessionConditions(period, f), bookingConditions(f), extra));
}

export async function impactReport(actor: Actor, f: ReportFilters, now = new Date()): Promise<ImpactReport> {
  assertCan(actor, "reports:view");
  const db = await getDb();
  const { reportingYearStartMonth } = await getPartnership(db);
  const period = resolvePeriod(f, reportingYearStartMonth, now);
  const courseKey = sql<string>`${opportunity.id}::text`;
  const agencyKey = sql<string>`coalesce(${agency.id}::text, 'none')`;
  const agencyLabel = sql<string>`coalesce(${agency.name}, 'No organisation recorded')`;
  const [[totals], courses, agencies, themes] = await Promise.all([
    base(db, period, f, measures),
    base(db, period, f, { key: courseKey, label: sql<string>`${opportunity.title}`, ...measures }).groupBy(opportunity.id, opportunity.title),
    base(db, period, f, { key: agencyKey, label: agencyLabel, ...measures }).groupBy(agencyKey, agencyLabel),
    base(db, period, f, { theme: sql<string>`${imp.theme}`, count: sql<number>`count(*)::int` }, and(isNotNull(imp.theme), came))
      .groupBy(imp.theme)
      .orderBy(desc(sql`count(*)`), imp.theme),
  ]);
  const rows = (list: Record<string, unknown>[]) =>
    list
      .map((r) => impactRow(String(r.key), String(r.label), r as unknown as Measured))
      .filter((r) => r.attended > 0)
      .sort((a, b) => b.attended - a.attended || a.label.localeCompare(b.label));
  return {
    period,
    filters: f,
    totals: impactRow("all", "All", totals as unknown as Measured),
    byCourse: rows(courses),
    byAgency: rows(agencies),
    themes: (themes as { theme: string; count: number }[]).map((t) => ({ theme: t.theme, count: Number(t.count) })),
  };
}
