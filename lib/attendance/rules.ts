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
