// The annual summary for the partnership board: the reporting year's headline figures, counted from the data.
import { and, countDistinct, desc, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { membersOn } from "@/lib/membership/counts";
import { getPartnership } from "@/lib/partnership";
import { attendanceTotals } from "./attendance";
import { londonIsoDate, periodBounds, reportingYear, reportingYearOf, reportingYearSoFar, type Period, type ReportingYear } from "./period";

export type AnnualSummary = {
  year: ReportingYear;
  /**
   * The London days counted: the whole year once it has ended; for the year in progress its start to today.
   * Sessions (and their bookings) starting in these days are counted.
   */
  counted: Period;
  /** For the year in progress, the day its figures are "as at" (today); null for a year that has ended. */
  asAt: string | null;
  opportunitiesProvided: number;
  multiAgencyCourses: number;
  courseSignUps: number;
  didNotAttend: number;
  /** Share of the sign-ups whose attendance has been marked (as the attendance report's no-show rate). */
  didNotAttendRate: number | null;
  /** Members on `on` (the year's last day, or today for the year in progress) and on the same day a year before. */
  saferMembers: { members: number; yearBefore: number; change: number; on: string; yearBeforeOn: string };
};

/** The same calendar day one year earlier (29 Feb falls back to 28 Feb). */
export function sameDayYearBefore(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastOfMonth)).padStart(2, "0")}`;
}

/**
 * The summary of a reporting year, or null for a year that has not started. A year in progress is reported as
 * at today: sessions and sign-ups up to today, and Safer members today against the same day a year before
 * (members whose renewal falls later in the year are members today, not losses).
 */
export async function annualSummary(actor: Actor, startYear: number, now = new Date()): Promise<AnnualSummary | null> {
  assertCan(actor, "reports:view");
  const db = await getDb();
  const { reportingYearStartMonth: m } = await getPartnership(db);
  const year = reportingYear(startYear, m);
  const soFar = reportingYearSoFar(year, londonIsoDate(now));
  if (soFar.status === "not_started") return null;
  const { counted, asAt } = soFar;
  const { start, end } = periodBounds(counted);
  const inYear = and(gte(session.startsAt, start), lt(session.startsAt, end));
  const on = asAt ?? year.to;
  const yearBeforeOn = sameDayYearBefore(on);
  const [[provided], [courses], courseTotals, members, yearBefore] = await Promise.all([
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
    attendanceTotals(actor, counted, { scope: "multi_agency_course" }, db),
    membersOn(on, db),
    membersOn(yearBeforeOn, db),
  ]);
  return {
    year,
    counted,
    asAt,
    opportunitiesProvided: Number(provided.n),
    multiAgencyCourses: Number(courses.n),
    courseSignUps: courseTotals.signUps,
    didNotAttend: courseTotals.noShows,
    didNotAttendRate: courseTotals.noShowRate,
    saferMembers: { members, yearBefore, change: members - yearBefore, on, yearBeforeOn },
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

