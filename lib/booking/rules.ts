// Pure booking rules: no database, no clock of their own. The data functions in this folder wrap them.
import { TZDate } from "@date-fns/tz";
import { LONDON } from "@/lib/dates";

// ---------- cancellation cut-off ----------

/** Saturday and Sunday are not working days (bank holidays are not modelled: the cut-off errs towards the person). */
export function isWorkingDay(year: number, month: number, day: number): boolean {
  const w = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return w !== 0 && w !== 6;
}

/**
 * The moment after which cancelling is late: the start (London midnight) of the day that is `workingDays`
 * working days before the session's day. "3 working days" before a Thursday session is Monday 00:00,
 * so the person gave notice on Monday, Tuesday and Wednesday; before a Monday session it is the previous Wednesday.
 * With 0 working days the cut-off is the start of the session's own day.
 */
export function cancellationCutoff(startsAt: Date, workingDays: number): Date {
  const local = new TZDate(startsAt.getTime(), LONDON);
  let y = local.getFullYear();
  let m = local.getMonth() + 1;
  let d = local.getDate();
  let counted = 0;
  while (counted < workingDays) {
    const prev = new Date(Date.UTC(y, m - 1, d - 1));
    y = prev.getUTCFullYear();
    m = prev.getUTCMonth() + 1;
    d = prev.getUTCDate();
    if (isWorkingDay(y, m, d)) counted++;
  }
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, LONDON).getTime());
}

/**
 * The last minute a cancellation is free, as people are told it ("until 11:59pm" rather than "until midnight"), or
 * null when at `now` that time has already passed (a booking made after the cut-off).
 */
export function lastFreeCancellationMinute(cutoff: Date, now = new Date()): Date | null {
  return now.getTime() < cutoff.getTime() ? new Date(cutoff.getTime() - 60_000) : null;
}

/** Is a cancellation at `now` late (a charge may apply)? */
export function isLateCancellation(now: Date, startsAt: Date, workingDays: number): boolean {
  return now.getTime() >= cancellationCutoff(startsAt, workingDays).getTime();
}

/** The session's own cut-off overrides the partnership's. */
export function cutoffWorkingDays(sessionOverride: number | null | undefined, policyDefault: number): number {
  return sessionOverride ?? policyDefault;
}

// ---------- multi-agency balance ----------

/** Does the sector cap still apply at `now`? It stops `balanceUntilDays` days before the session (never, if no cap). */
export function sectorCapApplies(
  now: Date,
  s: { startsAt: Date; sectorCapPercent: number | null; balanceUntilDays: number | null },
): boolean {
  if (s.sectorCapPercent == null) return false;
  if (s.balanceUntilDays == null) return true;
  return now.getTime() < s.startsAt.getTime() - s.balanceUntilDays * 24 * 3600 * 1000;
}

/** Would one more place for this sector keep it within its share of the capacity? */
export function sectorCapAllows(capacity: number, capPercent: number, placesHeldBySector: number): boolean {
  return (placesHeldBySector + 1) * 100 <= capPercent * capacity;
}

// ---------- waiting list ----------

export type QueueEntry = { id: number; waitlistedAt: Date; sector: string | null };

/** First come, first served: by the time the person joined, then by booking id for ties. */
export function waitingListOrder<T extends { id: number; waitlistedAt: Date }>(queue: readonly T[]): T[] {
  return [...queue].sort((a, b) => a.waitlistedAt.getTime() - b.waitlistedAt.getTime() || a.id - b.id);
}

/**
 * Who is offered the next free place: the earliest in the queue whose sector may take one more place
 * (people from a sector at its cap wait until someone else's turn has passed or the cap stops applying).
 */
export function nextOnWaitingList<T extends QueueEntry>(queue: readonly T[], sectorMayTake: (sector: string | null) => boolean): T | null {
  return waitingListOrder(queue).find((e) => sectorMayTake(e.sector)) ?? null;
}

/** 1-based position of a booking on the waiting list, or null if it is not on it. */
export function waitingListPosition(queue: readonly { id: number; waitlistedAt: Date }[], bookingId: number): number | null {
  const i = waitingListOrder(queue).findIndex((e) => e.id === bookingId);
  return i < 0 ? null : i + 1;
}

// ---------- approval and idempotency ----------

export type ApprovalReason = "course" | "repeat_no_show";

export function approvalReason(courseRequiresApproval: boolean, repeatNoShow: boolean): ApprovalReason | null {
  if (courseRequiresApproval) return "course";
  if (repeatNoShow) return "repeat_no_show";
  return null;
}

export const APPROVAL_REASON_TEXT: Record<ApprovalReason, string> = {
  course: "this course needs your line manager's approval before a place is confirmed",
  repeat_no_show: "you did not attend several recent sessions without cancelling, so your line manager needs to approve your next booking",
};

/** The same reasons told to the line manager who decides (the approval email and page). */
export const APPROVAL_REASON_TEXT_FOR_MANAGER: Record<ApprovalReason, string> = {
  course: "this course needs line manager approval before a place is confirmed",
  repeat_no_show: "they did not attend several recent sessions without cancelling, so their next booking needs your approval",
};

/** How long a place offered from the waiting list is held: "48 hours", "1 hour". */
export function claimWindowText(hours: number): string {
  return `${hours} ${hours === 1 ? "hour" : "hours"}`;
}

/** What people joining a waiting list are told happens next. */
export function waitingListPromise(claimWindowHours: number): string {
  return `If a place comes up we will email you and hold it for you for ${claimWindowText(claimWindowHours)}`;
}

/**
 * Why a booking can no longer be cancelled (or, with `action: "transfer"`, given to a colleague), in words for the
 * person who made it; null while it still can. Old links (the browser's back button, an earlier email) land on a
 * page that says this instead of "page not found".
 */
export function bookingClosedReason(b: { status: string; session: { startsAt: Date } }, now: Date, action: "cancel" | "transfer" = "cancel"): string | null {
  switch (b.status) {
    case "cancelled":
    case "late_cancelled":
      return "This booking has already been cancelled";
    case "transferred":
      return "You have already given this place to a colleague";
    case "declined":
      return "Your line manager declined this booking, so there is nothing to cancel";
  }
  if (b.session.startsAt.getTime() <= now.getTime()) return "This session has already started";
  if (action === "transfer" && b.status !== "confirmed") return "Only a confirmed place can be given to a colleague";
  return null;
}

/** One booking per submitted form: the form's hidden token, scoped to the person so nobody can reuse another's. */
export function idempotencyKeyFor(personId: string, formToken: string): string {
  return `${personId}:${formToken}`;
}

const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A booking reference people can read out on the phone: no 0/O or 1/I, e.g. "BK-7KQ2-M9XH". */
export function bookingReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error("need 8 random bytes");
  const chars = Array.from(randomBytes.slice(0, 8), (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]);
  return `BK-${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}
