// Pure register rules: who is on the register, what must be marked before it closes, when self check-in is open.
import { randomInt } from "node:crypto";

export const ATTENDANCE_MARKS = ["attended", "partial", "no_show"] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export const ATTENDANCE_LABELS: Record<AttendanceMark, string> = {
  attended: "Attended",
  partial: "Partly attended",
  no_show: "Did not attend",
};

/** Booking statuses that put a person on the register: a held place, or an offer still open on the day. */
export const REGISTER_STATUSES = ["confirmed", "offered"] as const;

export type RegisterEntry = { bookingId: number; status: string; attendance: AttendanceMark | null };

/**
 * Confirmed bookings with no mark. The register cannot close while any remain: closing decides who is charged,
 * so "not marked" must never silently mean "attended" or "did not attend". Open offers may stay unmarked.
 */
export function unmarkedBookings(entries: RegisterEntry[]): number[] {
  return entries.filter((e) => e.status === "confirmed" && !e.attendance).map((e) => e.bookingId);
}

export type CloseCheck = { ok: true } | { ok: false; reason: "closed" } | { ok: false; reason: "unmarked"; bookingIds: number[] };

export function canCloseRegister(entries: RegisterEntry[], registerClosedAt: Date | null): CloseCheck {
  if (registerClosedAt) return { ok: false, reason: "closed" };
  const bookingIds = unmarkedBookings(entries);
  return bookingIds.length ? { ok: false, reason: "unmarked", bookingIds } : { ok: true };
}

/**
 * "Mark all present": every confirmed booking not yet marked becomes attended; marks the trainer already made
 * are kept, and open offers are left alone (the person may never have claimed the place).
 */
export function markAllPresent<T extends RegisterEntry>(entries: T[]): T[] {
  return entries.map((e) => (e.status === "confirmed" && !e.attendance ? { ...e, attendance: "attended" as const } : e));
}

/**
 * When the register may be marked and closed. Nothing is marked before the session starts: a mark before then
 * is a guess, and closing a register that has not happened charges people and tells their managers they missed
 * it. Self check-in (below) opens an hour earlier because it is the person themselves, in the room.
 *
 * Closing is allowed from the start, not only from the end: sessions finish early or are cut short, and a
 * register that can only close later is a register nobody comes back to. But closing a running session more
 * than an hour before its booked end is usually premature (late arrivals would be charged and check-in stops),
 * so then the trainer has to say the session has finished early.
 */
export const CLOSE_WITHOUT_CONFIRMING_MINUTES_BEFORE_END = 60;

type Times = { startsAt: Date; endsAt: Date };

export function hasSessionStarted(now: Date, s: Pick<Times, "startsAt">): boolean {
  return now >= s.startsAt;
}

/** True while closing needs the trainer to confirm the session finished early. */
export function closingNeedsFinishedEarly(now: Date, s: Times): boolean {
  return now.getTime() < s.endsAt.getTime() - CLOSE_WITHOUT_CONFIRMING_MINUTES_BEFORE_END * 60_000;
}

export type CloseTimeCheck = { ok: true } | { ok: false; reason: "not_started" | "not_finished" };

export function canCloseRegisterAt(now: Date, s: Times, finishedEarly: boolean): CloseTimeCheck {
  if (!hasSessionStarted(now, s)) return { ok: false, reason: "not_started" };
  if (closingNeedsFinishedEarly(now, s) && !finishedEarly) return { ok: false, reason: "not_finished" };
  return { ok: true };
}

/** Self check-in opens an hour before the start (people arrive early) and closes when the session ends. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 60;

export function checkInWindow(s: { startsAt: Date; endsAt: Date }): { opensAt: Date; closesAt: Date } {
  return { opensAt: new Date(s.startsAt.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000), closesAt: s.endsAt };
}

export function isCheckInOpen(now: Date, s: { startsAt: Date; endsAt: Date }): boolean {
  const w = checkInWindow(s);
  return now >= w.opensAt && now <= w.closesAt;
}

/** Wrong check-in codes allowed per person in the window before check-in is refused (stops guessing 6 digits). */
export const CHECK_IN_MAX_WRONG_CODES = 5;
export const CHECK_IN_WRONG_CODE_WINDOW_MINUTES = 15;

export function checkInLocked(wrongCodesInWindow: number): boolean {
  return wrongCodesInWindow >= CHECK_IN_MAX_WRONG_CODES;
}

/** A 6-digit code, leading zeros kept. */
export function generateCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** People type codes with spaces ("482 913"): compare digits only. */
export function normaliseCheckInCode(input: string): string {
  return input.replace(/\s+/g, "");
}
