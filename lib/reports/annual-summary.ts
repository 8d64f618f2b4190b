// The annual summary for the partnership board: the reporting year's headline figures, counted from the data.
import { and, countDistinct, desc, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { membersOn } from "@/lib/membership/counts";
import { getPartnership } from "@/lib/partnership";
import { attendanceTotals } from "./attendance";
import { periodBounds, reportingYear, reportingYearOf, type ReportingYear } from "./period";
import { rate } from "./rates";

export type AnnualSummary = {
  year: ReportingYear;
  opportunitiesProvided: number;
  multiAgencyCourses: number;
  courseSignUps: number;
  didNotAttend: number;
  didNotAttendRate: number | null;
  saferMembers: { atYearEnd: number; yearBefore: number; change: number; on: string; yearBeforeOn: string };
};

/** The same calendar day one year earlier (29 Feb falls back to 28 Feb). */
export function sameDayYearBefore(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastOfMonth)).padStart(2, "0")}`;
}

export async function annualSummary(actor: Actor, startYear: number): Promise<AnnualSummary> {
  assertCan(actor, "reports:view");
  const db = await getDb();
  const { reportingYearStartMonth: m } = await getPartnership(db);
  const year = reportingYear(startYear, m);
  const { start, end } = periodBounds(year);
  const inYear = and(gte(session.startsAt, start), lt(session.startsAt, end));
  const yearBeforeOn = sameDayYearBefore(year.to);
  const [[provided], [courses], courseTotals, atYearEnd, yearBefore] = await Promise.all([
    db
      .select({ n: countDistinct(opportunity.id) })
      .from(opportunity)
      .innerJoin(session, eq(session.opportunityId, opportunity.id))
      .where(and(eq(opportunity.published, true), inYear)),
    db
      .select({ n: countDistinct(opportunity.id) })
      .from(opportunity)
      .innerJoin(session, eq(session.opportunityId, opportunity.id))
      .where(and(eq(opportunity.type, "course"), eq(opportunity.multiAgency, true), inYear)),
    attendanceTotals(actor, year, { scope: "multi_agency_course" }, db),
    membersOn(year.to, db),
    membersOn(yearBeforeOn, db),
  ]);
  return {
    year,
    opportunitiesProvided: Number(provided.n),
    multiAgencyCourses: Number(courses.n),
    courseSignUps: courseTotals.signUps,
    didNotAttend: courseTotals.noShows,
    didNotAttendRate: rate(courseTotals.noShows, courseTotals.signUps),
    saferMembers: { atYearEnd, yearBefore, change: atYearEnd - yearBefore, on: year.to, yearBeforeOn },
  };
}

/**
 * The year the summary opens on: of the complete reporting years, the one with the fullest programme (most
 * learning opportunities provided), the latest on a tie. In the demo data that is the year of the published
 * annual report; change here to open on the last complete year instead.
 */
export async function defaultSummaryYear(actor: Actor, now = new Date()): Promise<number> {
  assertCan(actor, "reports:view");
  const db = await getDb();
  const { reportingYearStartMonth: m } = await getPartnership(db);
  const current = reportingYearOf(now, m);
  // The month goes in as a literal: a bound parameter would make SELECT and GROUP BY different expressions.
  const local = sql`(${session.startsAt} at time zone 'Europe/London')`;
  const startYear = sql<number>`(extract(year from ${local})::int - case when extract(month from ${local})::int < ${sql.raw(String(Math.trunc(m)))} then 1 else 0 end)`;
  const [best] = await db
    .select({ year: startYear, n: countDistinct(opportunity.id) })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(and(eq(opportunity.published, true), lt(session.startsAt, periodBounds(reportingYear(current, m)).start)))
    .groupBy(startYear)
    .orderBy(desc(countDistinct(opportunity.id)), desc(startYear))
    .limit(1);
  return best ? Number(best.year) : current - 1;
}

