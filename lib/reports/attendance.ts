// The attendance report: sign-ups, attendance, no-shows, late cancellations, fill rate and waiting-list demand
// for any period, counted by the database (GROUP BY over indexed columns), never by loading bookings.
// The figures are kept for REPORT_CACHE_SECONDS (see ./cache.ts) per period and filters; the caller's
// permission is checked on every call before the cache is asked.
import { and, asc, count, eq, sql, sum, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agency, booking, opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { getPartnership, getPartnershipForRender } from "@/lib/partnership";
import { deepFreeze, reportCache } from "./cache";
import { filtersQuery, SECTOR_LABELS, type ReportFilters, type Sector } from "./filters-schema";
import { monthLabel, monthsInPeriod, reportingYear, reportingYearOf, type Period } from "./period";
import { rate } from "./rates";
import { bookingConditions, hasAgencyFilter, sessionConditions, sessionMonth } from "./scope";

export type AttendanceCounts = {
  signUps: number;
  attended: number;
  partial: number;
  noShows: number;
  notMarked: number;
  lateCancellations: number;
  waitlisted: number;
};

export type AttendanceRow = AttendanceCounts & {
  key: string;
  label: string;
  /** Sign-ups whose attendance has been marked (attended, partial or no-show): the no-show rate's base. */
  marked: number;
  /** Places offered by the sessions in the row; null where places do not belong to the row (agency, sector). */
  capacity: number | null;
  fillRate: number | null;
  noShowRate: number | null;
};

export type AttendanceReport = {
  period: Period;
  filters: ReportFilters;
  /** When the database counted these figures (they may be kept for REPORT_CACHE_SECONDS). */
  computedAt: Date;
  totals: AttendanceRow;
  /** Every month of the period, in order. */
  byMonth: readonly AttendanceRow[];
  /** Most sign-ups first. */
  byAgency: readonly AttendanceRow[];
  /** Most sign-ups first. */
  bySector: readonly AttendanceRow[];
  /** By title (A to Z). */
  byOpportunity: readonly AttendanceRow[];
};

type AttendanceFigures = Omit<AttendanceReport, "filters">;
const figuresCache = reportCache<AttendanceFigures>("attendance");
const optionsCache = reportCache<ReportFilterOptions>("filter-options");

/** The `limit` rows with most sign-ups (ties by label), for overviews that link to the whole table. */
export function topBySignUps(rows: readonly AttendanceRow[], limit: number): AttendanceRow[] {
  return [...rows].sort((a, b) => b.signUps - a.signUps || a.label.localeCompare(b.label)).slice(0, limit);
}

export const ZERO_COUNTS: AttendanceCounts = { signUps: 0, attended: 0, partial: 0, noShows: 0, notMarked: 0, lateCancellations: 0, waitlisted: 0 };

/** Sign-ups whose register has been marked for them: everyone but "not yet marked". */
export function markedCount(c: Pick<AttendanceCounts, "attended" | "partial" | "noShows">): number {
  return c.attended + c.partial + c.noShows;
}

/**
 * Per-row measures from counts: fill rate is sign-ups over places; no-show rate is no-shows over MARKED sign-ups,
 * because a booking not yet marked (a session still to come, a register not taken) is neither a no-show nor
 * not one: over all sign-ups a year in progress would look far better than it is. Nothing marked: no rate.
 */
export function withRates(key: string, label: string, c: AttendanceCounts, capacity: number | null): AttendanceRow {
  const marked = markedCount(c);
  return { key, label, ...c, marked, capacity, fillRate: capacity == null ? null : rate(c.signUps, capacity), noShowRate: rate(c.noShows, marked) };
}

// A sign-up is a booking that held a place: confirmed, whatever its attendance. Requests, waiting-list
// places, offers, cancellations, transfers and declines did not hold one.
const counts = {
  signUps: sql<number>`(count(*) filter (where ${booking.status} = 'confirmed'))::int`,
  attended: sql<number>`(count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} = 'attended'))::int`,
  partial: sql<number>`(count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} = 'partial'))::int`,
  noShows: sql<number>`(count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} = 'no_show'))::int`,
  notMarked: sql<number>`(count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} is null))::int`,
  lateCancellations: sql<number>`(count(*) filter (where ${booking.status} = 'late_cancelled'))::int`,
  waitlisted: sql<number>`(count(*) filter (where ${booking.waitlistedAt} is not null))::int`,
};

const ALL = sql`'all'`;

/** Booking counts grouped by `key` (or one row of totals when key is ALL: a constant cannot be grouped by). */
async function countBookings(db: DbOrTx, period: Period, f: ReportFilters, key: SQL, label: SQL = ALL) {
  const q = db
    .select({ key: sql<string>`(${key})::text`, label: sql<string>`(${label})::text`, ...counts })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(and(sessionConditions(period, f), bookingConditions(f)));
  return key === ALL ? q : q.groupBy(key, label);
}

const agencyKey = sql`coalesce(${agency.id}::text, 'none')`;
const agencyLabel = sql`coalesce(${agency.name}, 'No organisation recorded')`;
const sectorKey = sql`coalesce(${agency.sector}::text, 'none')`;

/**
 * Every grouping the attendance report shows (month, organisation, sector, opportunity and the totals) in ONE
 * pass over the bookings with GROUPING SETS; grouping() tells the sets apart (a 1 bit = not grouped by that key).
 * One scan instead of five keeps the report fast at a million bookings (see `npm run bench`).
 */
async function countBookingGroups(db: DbOrTx, period: Period, f: ReportFilters) {
  const rows = await db
    .select({
      set: sql<number>`grouping(${sessionMonth}, ${agencyKey}, ${sectorKey}, ${opportunity.id})::int`,
      month: sql<string | null>`${sessionMonth}`,
      agencyKey: sql<string | null>`${agencyKey}`,
      agencyLabel: sql<string | null>`${agencyLabel}`,
      sectorKey: sql<string | null>`${sectorKey}`,
      opportunityId: sql<string | null>`${opportunity.id}::text`,
      opportunityTitle: sql<string | null>`${opportunity.title}`,
      ...counts,
    })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(and(sessionConditions(period, f), bookingConditions(f)))
    .groupBy(sql`grouping sets ((${sessionMonth}), (${agencyKey}, ${agencyLabel}), (${sectorKey}), (${opportunity.id}, ${opportunity.title}), ())`);
  const pick = (set: number, key: (r: (typeof rows)[number]) => string | null, label: (r: (typeof rows)[number]) => string | null) =>
    rows.filter((r) => Number(r.set) === set).map((r) => ({ ...countsOf(r), key: key(r) ?? "", label: label(r) ?? "" }));
  return {
    months: pick(0b0111, (r) => r.month, (r) => r.month),
    agencies: pick(0b1011, (r) => r.agencyKey, (r) => r.agencyLabel),
    sectors: pick(0b1101, (r) => r.sectorKey, (r) => r.sectorKey),
    opps: pick(0b1110, (r) => r.opportunityId, (r) => r.opportunityTitle),
    totals: rows.find((r) => Number(r.set) === 0b1111),
  };
}

/** Places offered by the scheduled sessions in scope, by `key`. */
async function countPlaces(db: DbOrTx, period: Period, f: ReportFilters, key: SQL) {
  const q = db
    .select({ key: sql<string>`(${key})::text`, capacity: sql<number>`coalesce(${sum(session.capacity)}, 0)::int` })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(and(sessionConditions(period, f), eq(session.status, "scheduled")));
  const rows = await (key === ALL ? q : q.groupBy(key));
  return new Map(rows.map((r) => [r.key, r.capacity]));
}

function countsOf(r: AttendanceCounts | undefined): AttendanceCounts {
  if (!r) return { ...ZERO_COUNTS };
  const { signUps, attended, partial, noShows, notMarked, lateCancellations, waitlisted } = r;
  return { signUps, attended, partial, noShows, notMarked, lateCancellations, waitlisted };
}

/** The default period: the reporting year that contains `now`. */
export function currentReportingPeriod(startMonth: number, now = new Date()): Period {
  const y = reportingYear(reportingYearOf(now, startMonth), startMonth);
  return { from: y.from, to: y.to };
}

/** The period the filters ask for, filling a missing end from the reporting year. */
export function resolvePeriod(f: ReportFilters, startMonth: number, now = new Date()): Period {
  const dflt = currentReportingPeriod(startMonth, now);
  if (f.from && f.to) return { from: f.from, to: f.to };
  if (f.from) return { from: f.from, to: reportingYear(reportingYearOf(new Date(`${f.from}T12:00:00Z`), startMonth), startMonth).to };
  if (f.to) return { from: reportingYear(reportingYearOf(new Date(`${f.to}T12:00:00Z`), startMonth), startMonth).from, to: f.to };
  return dflt;
}

/** Totals only (used by the annual summary, so both pages count in exactly the same way). */
export async function attendanceTotals(actor: Actor, period: Period, f: ReportFilters = {}, db?: DbOrTx): Promise<AttendanceRow> {
  assertCan(actor, "reports:view");
  const d = db ?? (await getDb());
  const [rows, places] = await Promise.all([countBookings(d, period, f, ALL), countPlaces(d, period, f, ALL)]);
  return withRates("all", "All", countsOf(rows[0]), places.get("all") ?? 0);
}

export async function attendanceReport(actor: Actor, f: ReportFilters, now = new Date()): Promise<AttendanceReport> {
  assertCan(actor, "reports:view");
  // Within a page render this shares the layout's read of the partnership (React cache).
  const { reportingYearStartMonth } = await getPartnershipForRender();
  const period = resolvePeriod(f, reportingYearStartMonth, now);
  // The key is what the figures depend on: the resolved period and the other filters (not how the period was asked).
  const key = `${period.from} ${period.to} ${filtersQuery({ ...f, from: undefined, to: undefined })}`;
  const figures = await figuresCache.get(key, () => computeAttendanceReport(period, f));
  return { ...figures, filters: f };
}

async function computeAttendanceReport(period: Period, f: ReportFilters): Promise<AttendanceFigures> {
  const db = await getDb();
  const [groups, totalPlaces, monthPlaces, oppPlaces] = await Promise.all([
    countBookingGroups(db, period, f),
    countPlaces(db, period, f, ALL),
    countPlaces(db, period, f, sessionMonth),
    countPlaces(db, period, f, sql`${opportunity.id}`),
  ]);
  const { months, agencies, sectors, opps } = groups;
  const totals = withRates("all", "All", countsOf(groups.totals), totalPlaces.get("all") ?? 0);
  const monthMap = new Map(months.map((m) => [m.key, m]));
  // Places belong to sessions, not to the people booking them: with an agency filter a fill rate would mislead.
  const placesShown = !hasAgencyFilter(f);
  const byMonth = monthsInPeriod(period).map((m) => withRates(m, monthLabel(m), countsOf(monthMap.get(m)), placesShown ? (monthPlaces.get(m) ?? 0) : null));
  const byAgency = agencies
    .map((a) => withRates(a.key, a.label, countsOf(a), null))
    .sort((a, b) => b.signUps - a.signUps || a.label.localeCompare(b.label));
  const bySector = sectors
    .map((s) => withRates(s.key, s.key === "none" ? "No organisation recorded" : (SECTOR_LABELS[s.key as Sector] ?? s.key), countsOf(s), null))
    .sort((a, b) => b.signUps - a.signUps || a.label.localeCompare(b.label));
  const byOpportunity = opps
    .map((o) => withRates(o.key, o.label, countsOf(o), placesShown ? (oppPlaces.get(o.key) ?? 0) : null))
    .sort((a, b) => a.label.localeCompare(b.label));
  // Frozen: one cached object is handed to every caller, so nobody may sort or change it in place.
  return deepFreeze({
    period,
    computedAt: new Date(),
    totals: placesShown ? totals : { ...totals, capacity: null, fillRate: null },
    byMonth,
    byAgency,
    bySector,
    byOpportunity,
  });
}

export type ReportFilterOptions = {
  opportunities: readonly { id: number; title: string }[];
  agencies: readonly { id: number; name: string }[];
  districts: readonly string[];
  sessions: readonly { id: number; startsAt: Date }[];
  reportingYearStartMonth: number;
};

/** Choices for the filter form (kept like the figures: a new opportunity or organisation shows within a minute). */
export async function reportFilterOptions(actor: Actor, opportunityId?: number): Promise<ReportFilterOptions> {
  assertCan(actor, "reports:view");
  return optionsCache.get(String(opportunityId ?? ""), async () => {
    const db = await getDb();
    const [opportunities, agencies, p, sessions] = await Promise.all([
      db.select({ id: opportunity.id, title: opportunity.title }).from(opportunity).orderBy(asc(opportunity.title)),
      db.select({ id: agency.id, name: agency.name }).from(agency).orderBy(asc(agency.name)),
      getPartnership(db),
      opportunityId
        ? db.select({ id: session.id, startsAt: session.startsAt }).from(session).where(eq(session.opportunityId, opportunityId)).orderBy(asc(session.startsAt))
        : Promise.resolve([]),
    ]);
    return deepFreeze({ opportunities, agencies, districts: p.districts, sessions, reportingYearStartMonth: p.reportingYearStartMonth });
  });
}

/**
 * Reporting years that have sessions, newest first (for the year chooser), up to the year in progress: a year
 * that has not started has nothing to summarise, even when sessions are already scheduled in it.
 */
export async function reportingYearsWithSessions(actor: Actor, now = new Date()): Promise<number[]> {
  assertCan(actor, "reports:view");
  const db = await getDb();
  const { reportingYearStartMonth: m } = await getPartnership(db);
  const [r] = await db.select({ first: sql<Date | null>`min(${session.startsAt})`, last: sql<Date | null>`max(${session.startsAt})`, n: count() }).from(session);
  if (!r || !r.n || !r.first || !r.last) return [];
  const first = reportingYearOf(new Date(r.first), m);
  const last = Math.min(reportingYearOf(new Date(r.last), m), reportingYearOf(now, m));
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}
