// Pure reminder rules: when each reminder is due, which one a booking should get now, and which asks the
// person to confirm or release their place.

const DAY_MS = 86_400_000;

/** The reminder days of a policy, largest first, without repeats: [7, 2]. */
export function reminderSchedule(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}

/** The first reminder (the most days before) asks the person to confirm or release their place. */
export function isConfirmReminder(days: number, policyDays: readonly number[]): boolean {
  return reminderSchedule(policyDays)[0] === days;
}

export function reminderTime(startsAt: Date, days: number): Date {
  return new Date(startsAt.getTime() - days * DAY_MS);
}

/**
 * The reminder a booking should be sent now, or null.
 * - Only the most recent reminder whose time has come counts: if the queue was stopped for a week, a person
 *   gets the 2-day reminder, not the 7-day and the 2-day together.
 * - A booking confirmed after that reminder's time gets nothing for it: the booking confirmation has just told
 *   them the same; they get the next reminder instead.
 * - Nothing once the session has started.
 */
export function reminderDue(input: { startsAt: Date; bookedAt: Date; now: Date; policyDays: readonly number[] }): number | null {
  const { startsAt, bookedAt, now } = input;
  if (now.getTime() >= startsAt.getTime()) return null;
  const due = reminderSchedule(input.policyDays).filter((d) => now.getTime() >= reminderTime(startsAt, d).getTime());
  if (!due.length) return null;
  const latest = due[due.length - 1];
  return bookedAt.getTime() < reminderTime(startsAt, latest).getTime() ? latest : null;
}

/** "reminder:7:booking:42": the job key and the sendOnce key of one reminder. */
export function reminderKey(days: number, bookingId: number): string {
  return `reminder:${days}:booking:${bookingId}`;
}
