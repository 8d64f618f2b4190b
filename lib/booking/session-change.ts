// When the business unit changes what people booked (the time, the place, the joining link), the people booked
// did not choose the new arrangement. If that happens at or after the cancellation cut-off they have had no free
// way out of it, so cancelling is free for them until the session starts (no late cancellation, no charge).
// A change before the cut-off leaves the normal rule: they still have until the cut-off to cancel free, and the
// "Session changed" email says until when.
//
// The record of changes is the session's `attendee_changed_at`: the session edit sets it, in the same statement,
// whenever one of ATTENDEE_SESSION_FIELDS actually changes (lib/catalogue-admin/sessions.ts); migration 0002
// filled it in from the audit log for edits made before the column existed.

/** The session columns people booked on it rely on: a change to any of them is news to them. */
export const ATTENDEE_SESSION_FIELDS = ["startsAt", "endsAt", "mode", "venueName", "venueAddress", "district", "onlineUrl"] as const;
export type AttendeeSessionField = (typeof ATTENDEE_SESSION_FIELDS)[number];

export function isAttendeeSessionField(field: string): field is AttendeeSessionField {
  return (ATTENDEE_SESSION_FIELDS as readonly string[]).includes(field);
}

/**
 * Is cancelling free because of a change? True when the session was changed after the booking was made and at or
 * after the cut-off. Pure.
 *
 * Only the latest change time is kept (`attendeeChangedAt`), and that is enough: the rule asks for *some* change
 * at/after the cut-off and after the booking, and if any change meets both, the latest (no earlier) does too.
 */
export function changedAfterCutoff(attendeeChangedAt: Date | null, bookedAt: Date, cutoff: Date): boolean {
  if (!attendeeChangedAt) return false;
  const at = attendeeChangedAt.getTime();
  return at >= cutoff.getTime() && at > bookedAt.getTime();
}
