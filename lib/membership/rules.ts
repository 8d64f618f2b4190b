// Pure rules of Safer membership: number formats, 12-month periods, renewal notices, lapsing, fees.
// Dates here are calendar dates "YYYY-MM-DD"; a period is [startsOn, endsOn).
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, differenceInCalendarDays, format } from "date-fns";

export const MEMBERSHIP_MONTHS = 12;
/** A lapsed membership can still be renewed (rather than re-applied for) this many days after it ended. */
export const RENEWAL_GRACE_DAYS = 90;
/** Renewal opens this many days before the end date (so a second click cannot stack years ahead). */
export const RENEWAL_OPENS_DAYS = 90;

export { ORGANISATION_TYPES } from "./labels";

/** Charity Commission and OSCR-style registered charity numbers: 6 to 8 digits. */
export function isCharityNumber(raw: string): boolean {
  return /^\d{6,8}$/.test(normaliseRegisteredNumber(raw));
}

/** Companies House numbers: 8 characters, either 8 digits or a 2-letter prefix (SC, NI, OC...) and 6 digits. */
export function isCompanyNumber(raw: string): boolean {
  return /^(\d{8}|[A-Z]{2}\d{6})$/.test(normaliseRegisteredNumber(raw));
}

export function normaliseRegisteredNumber(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

const utc = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Today's date in London (the membership calendar), "YYYY-MM-DD". */
export function londonToday(now = new Date()): string {
  return format(new TZDate(now.getTime(), "Europe/London"), "yyyy-MM-dd");
}

export function addMonthsIso(day: string, months: number): string {
  return iso(addMonths(utc(day), months));
}

export function addDaysIso(day: string, days: number): string {
  return iso(addDays(utc(day), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utc(to), utc(from));
}

export type Period = { startsOn: string; endsOn: string };

/** A new membership period of 12 months from the given day. */
export function periodFrom(startsOn: string): Period {
  return { startsOn, endsOn: addMonthsIso(startsOn, MEMBERSHIP_MONTHS) };
}

/**
 * The next period when a contact renews: it runs on from the old end date, so renewing early loses nothing;
 * after a lapse it starts today.
 */
export function renewalPeriod(currentEndsOn: string, today: string): Period {
  return periodFrom(currentEndsOn >= today ? currentEndsOn : today);
}

/**
 * May the latest approved period be renewed today? From RENEWAL_OPENS_DAYS before its end until
 * RENEWAL_GRACE_DAYS after it (lapsed).
 */
export function canRenew(last: { status: string; endsOn: string | null } | null, today: string): boolean {
  if (!last || !last.endsOn) return false;
  if (last.status !== "active" && last.status !== "lapsed") return false;
  const left = daysBetween(today, last.endsOn);
  return left <= RENEWAL_OPENS_DAYS && -left <= RENEWAL_GRACE_DAYS;
}

/**
 * Which renewal notice is due today, if any: the smallest configured number of days that is still at least the
 * days left. A scan that runs late sends only the most urgent notice rather than all the missed ones.
 */
export function dueRenewalNotice(endsOn: string, today: string, noticeDays: readonly number[]): number | null {
  const left = daysBetween(today, endsOn);
  if (left <= 0) return null;
  const due = [...noticeDays].filter((d) => d >= left).sort((a, b) => a - b);
  return due[0] ?? null;
}

/** A period that has ended is lapsed unless a later period continues it. */
export function shouldLapse(period: { status: string; endsOn: string | null }, today: string, renewed: boolean): boolean {
  return period.status === "active" && period.endsOn != null && period.endsOn <= today && !renewed;
}

export type OrganisationMembershipStatus = "none" | "pending" | "active" | "lapsed" | "declined";

/** The status a contact sees, from the organisation's membership rows (any order). */
export function organisationStatus(
  rows: { status: string; startsOn: string | null; endsOn: string | null; appliedAt: Date }[],
  today: string,
): OrganisationMembershipStatus {
  if (!rows.length) return "none";
  if (rows.some((r) => r.status !== "declined" && r.status !== "pending" && r.startsOn && r.endsOn && r.startsOn <= today && today < r.endsOn)) return "active";
  const latest = [...rows].sort((a, b) => b.appliedAt.getTime() - a.appliedAt.getTime())[0];
  if (latest.status === "pending") return "pending";
  if (latest.status === "declined") return rows.some((r) => r.status === "active" || r.status === "lapsed") ? "lapsed" : "declined";
  return "lapsed";
}

/** The fee for a size band from the partnership policy (pence; unknown bands are free). */
export function feeForBand(fees: Record<string, number>, band: string): number {
  return fees[band] ?? 0;
}

export function formatFee(pence: number): string {
  if (pence === 0) return "Free";
  return `£${(pence / 100).toFixed(2)}`;
}

/** A yearly fee in a sentence or hint: "£50.00 a year", but plain "Free" (never "Free a year"). */
export function formatYearlyFee(pence: number): string {
  return pence === 0 ? "Free" : `${formatFee(pence)} a year`;
}

/**
 * What the policy library offers a person, from their organisation's membership, so pages say what happens next:
 * download now, once the application is approved, after renewing, or not without (re)joining.
 */
export type LibraryAccess = "download" | "awaiting-approval" | "renew" | "ended" | "declined" | "not-a-member";

export function libraryAccess(o: { status: OrganisationMembershipStatus; canRenew: boolean } | null): LibraryAccess {
  if (!o || o.status === "none") return "not-a-member";
  if (o.status === "active") return "download";
  if (o.status === "pending") return "awaiting-approval";
  if (o.status === "declined") return "declined";
  return o.canRenew ? "renew" : "ended";
}
