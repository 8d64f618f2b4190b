// Reporting periods as London calendar dates ("YYYY-MM-DD", the end date inclusive). Pure: no I/O.
// The partnership's reporting year starts on the first day of partnership.reportingYearStartMonth.
import { TZDate } from "@date-fns/tz";

const LONDON = "Europe/London";
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Period = { from: string; to: string };

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

export function isoOf(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A real calendar date in "YYYY-MM-DD" form. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const u = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return u.getUTCFullYear() === Number(m[1]) && u.getUTCMonth() === Number(m[2]) - 1 && u.getUTCDate() === Number(m[3]);
}

export function addDaysIso(iso: string, n: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const u = new Date(Date.UTC(y, m - 1, d + n));
  return isoOf(u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate());
}

/** The London calendar date of an instant. */
export function londonIsoDate(at: Date): string {
  const t = new TZDate(at.getTime(), LONDON);
  return isoOf(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** The start of a London calendar day as a UTC instant. */
export function londonStartOf(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, LONDON).getTime());
}

/** The calendar year in which the reporting year containing `at` starts. */
export function reportingYearOf(at: Date, startMonth: number): number {
  const [y, m] = londonIsoDate(at).split("-").map(Number);
  return m >= startMonth ? y : y - 1;
}

/** "2021–22" for a year starting in July 2021; "2021" when the reporting year is the calendar year. */
export function reportingYearLabel(startYear: number, startMonth: number): string {
  return startMonth === 1 ? String(startYear) : `${startYear}–${String((startYear + 1) % 100).padStart(2, "0")}`;
}

export type ReportingYear = Period & { startYear: number; label: string };

export function reportingYear(startYear: number, startMonth: number): ReportingYear {
  const from = isoOf(startYear, startMonth, 1);
  return { startYear, label: reportingYearLabel(startYear, startMonth), from, to: addDaysIso(isoOf(startYear + 1, startMonth, 1), -1) };
}

/** UTC bounds [start, end) of a period of London days. */
export function periodBounds(p: Period): { start: Date; end: Date } {
  return { start: londonStartOf(p.from), end: londonStartOf(addDaysIso(p.to, 1)) };
}

/** Every month ("YYYY-MM") that a period touches, in order, so a trend shows months with nothing too. */
export function monthsInPeriod(p: Period): string[] {
  const out: string[] = [];
  let [y, m] = p.from.split("-").map(Number);
  const [ty, tm] = p.to.split("-").map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${pad(y, 4)}-${pad(m)}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * How much of a reporting year can be reported on `today` (a London date): a year that has ended is reported
 * whole; a year in progress only from its start to today ("so far, as at today"), because sessions and
 * bookings still to come have not been provided or attended and renewals still to come are not losses; a year
 * that has not started has nothing to report.
 */
export function reportingYearSoFar(
  year: ReportingYear,
  today: string,
): { status: "complete"; counted: Period; asAt: null } | { status: "in_progress"; counted: Period; asAt: string } | { status: "not_started"; counted: null; asAt: null } {
  if (today < year.from) return { status: "not_started", counted: null, asAt: null };
  if (today > year.to) return { status: "complete", counted: { from: year.from, to: year.to }, asAt: null };
  return { status: "in_progress", counted: { from: year.from, to: today }, asAt: today };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2021-07" → "Jul 2021" */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "2021-07-01" → "1 Jul 2021" */
export function shortDateLabel(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-12-02" → "2 December 2026" */
export function longDateLabel(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
}
