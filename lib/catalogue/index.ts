// The public catalogue: search and filter opportunities by their upcoming sessions, and one opportunity's page.
// Anyone may browse (signed in or not); booking rules live in lib/booking.
import { and, asc, count, eq, gt, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { booking, LIVE_BOOKING_STATUSES, opportunity, partnership, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseLondonDate } from "@/lib/dates";
import { personHasActiveMembership } from "@/lib/membership/status";
import type { CatalogueQuery } from "./search-schema";

export { parseCatalogueQuery, catalogueQueryProblems, catalogueQueryString, catalogueQuerySchema, OPPORTUNITY_TYPES, type CatalogueQuery } from "./search-schema";

/** The words for opportunity types, shared with the admin forms (one list, client-safe). */
import { OPPORTUNITY_TYPE_NAMES } from "@/lib/catalogue-admin/labels";

export const OPPORTUNITY_TYPE_LABELS = OPPORTUNITY_TYPE_NAMES;

export const PAGE_SIZE = 10;

const DAY_MS = 24 * 3600 * 1000;

/** The session conditions of a query: upcoming, scheduled, and the date / mode / district / places filters. */
function sessionConditions(q: CatalogueQuery, now: Date): SQL[] {
  const conds: SQL[] = [gt(session.startsAt, now), eq(session.status, "scheduled")];
  const from = q.from ? parseLondonDate(q.from) : null;
  const to = q.to ? parseLondonDate(q.to) : null;
  if (from) conds.push(gte(session.startsAt, from));
  if (to) conds.push(lt(session.startsAt, new Date(to.getTime() + DAY_MS)));
  if (q.mode) conds.push(eq(session.mode, q.mode));
  if (q.district) conds.push(eq(session.district, q.district));
  if (q.available) conds.push(lt(session.placesTaken, session.capacity));
  return conds;
}

function opportunityConditions(q: CatalogueQuery): SQL[] {
  const conds: SQL[] = [eq(opportunity.published, true)];
  if (q.type) conds.push(eq(opportunity.type, q.type));
  if (q.topic) conds.push(eq(opportunity.topic, q.topic));
  if (q.level) conds.push(eq(opportunity.level, q.level));
  if (q.audience) conds.push(eq(opportunity.audience, q.audience));
  if (q.q) {
    // Full-text search on the indexed expression, plus a substring match so partial words still find titles.
    const doc = sql`to_tsvector('english', ${opportunity.title} || ' ' || ${opportunity.summary} || ' ' || ${opportunity.topic})`;
    const escaped = q.q.replace(/[\\%_]/g, (c) => `\\${c}`);
    conds.push(or(sql`${doc} @@ websearch_to_tsquery('english', ${q.q})`, ilike(opportunity.title, `%${escaped}%`))!);
  }
  return conds;
}

export type CatalogueResult = {
  id: number;
  slug: string;
  title: string;
  type: keyof typeof OPPORTUNITY_TYPE_LABELS;
  topic: string;
  level: string;
  summary: string;
  membersOnly: boolean;
  nextStart: Date;
  sessions: number;
  placesLeft: number;
};

/** Opportunities with at least one upcoming session matching the query, soonest first, one page at a time. */
export async function searchCatalogue(_actor: Actor | null, q: CatalogueQuery, now = new Date()): Promise<{ results: CatalogueResult[]; total: number; page: number; pages: number }> {
  const db = await getDb();
  const where = and(...opportunityConditions(q), ...sessionConditions(q, now));
  // One query for the page and the total: count(*) over () runs after GROUP BY, so it counts opportunities.
  // Only a page past the end (an old link) needs a second query, for the last page.
  const pageOf = (n: number) =>
    db
      .select({
        id: opportunity.id,
        slug: opportunity.slug,
        title: opportunity.title,
        type: opportunity.type,
        topic: opportunity.topic,
        level: opportunity.level,
        summary: opportunity.summary,
        membersOnly: opportunity.membersOnly,
        nextStart: sql<Date>`min(${session.startsAt})`.mapWith(session.startsAt),
        sessions: count(session.id),
        placesLeft: sql<number>`sum(${session.capacity} - ${session.placesTaken})::int`,
        total: sql<number>`(count(*) over ())::int`,
      })
      .from(opportunity)
      .innerJoin(session, eq(session.opportunityId, opportunity.id))
      .where(where)
      .groupBy(opportunity.id)
      .orderBy(sql`min(${session.startsAt})`, asc(opportunity.title))
      .limit(PAGE_SIZE)
      .offset((n - 1) * PAGE_SIZE);
  let page = Math.max(1, q.page);
  let rows = await pageOf(page);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && page > 1) {
    const [{ n }] = await db
      .select({ n: sql<number>`count(distinct ${opportunity.id})::int` })
      .from(opportunity)
      .innerJoin(session, eq(session.opportunityId, opportunity.id))
      .where(where);
    total = n;
    page = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (total) rows = await pageOf(page);
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { results: rows.map(({ total: _total, ...r }) => r), total, page: Math.min(page, pages), pages };
}

/** Choices for the filter form: topics, levels and audiences in use, and the partnership's districts. */
export async function catalogueFilterOptions(_actor: Actor | null) {
  const db = await getDb();
  // Everything in one round trip (the catalogue is the busiest page): the three lists and the districts.
  const distinct = (col: AnyPgColumn) => sql<string[] | null>`array(select distinct ${col} from ${opportunity} where ${opportunity.published} order by 1)`;
  const [row] = await db
    .select({ topics: distinct(opportunity.topic), levels: distinct(opportunity.level), audiences: distinct(opportunity.audience), districts: partnership.districts })
    .from(partnership)
    .limit(1);
  return { topics: row?.topics ?? [], levels: row?.levels ?? [], audiences: row?.audiences ?? [], districts: row?.districts ?? [] };
}

export type OpportunitySession = {
  id: number;
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venueName: string | null;
  venueAddress: string | null;
  district: string | null;
  placesLeft: number;
  /** The viewer's own live booking on this session, if any. */
  myBooking: { id: number; status: string } | null;
};

/** One published opportunity with its upcoming sessions, places left, and what the viewer may do. */
export async function getOpportunityBySlug(actor: Actor | null, slug: string, now = new Date()) {
  const db = await getDb();
  const [opp] = await db.select().from(opportunity).where(and(eq(opportunity.slug, slug), eq(opportunity.published, true)));
  if (!opp) return null;
  const sessions = await db
    .select({
      id: session.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      mode: session.mode,
      venueName: session.venueName,
      venueAddress: session.venueAddress,
      district: session.district,
      placesLeft: sql<number>`(${session.capacity} - ${session.placesTaken})::int`,
    })
    .from(session)
    .where(and(eq(session.opportunityId, opp.id), gt(session.startsAt, now), eq(session.status, "scheduled")))
    .orderBy(asc(session.startsAt));
  const mine = new Map<number, { id: number; status: string }>();
  if (actor && sessions.length) {
    const rows = await db
      .select({ id: booking.id, sessionId: booking.sessionId, status: booking.status })
      .from(booking)
      .where(and(eq(booking.personId, actor.id), inArray(booking.sessionId, sessions.map((s) => s.id)), inArray(booking.status, [...LIVE_BOOKING_STATUSES])));
    for (const r of rows) mine.set(r.sessionId, { id: r.id, status: r.status });
  }
  const prerequisites = opp.prerequisiteOpportunityIds.length
    ? await db.select({ slug: opportunity.slug, title: opportunity.title }).from(opportunity).where(inArray(opportunity.id, opp.prerequisiteOpportunityIds))
    : [];
  const isMember = opp.membersOnly && actor ? await personHasActiveMembership(actor.id, now, db) : false;
  return {
    opportunity: opp,
    prerequisiteOpportunities: prerequisites,
    sessions: sessions.map((s): OpportunitySession => ({ ...s, myBooking: mine.get(s.id) ?? null })),
    /** Members-only Safer workshops: only contacts of active member organisations may book. */
    mayBook: !opp.membersOnly || isMember,
  };
}
