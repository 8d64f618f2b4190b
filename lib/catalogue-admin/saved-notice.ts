// The business unit's confirmation after saving a session: how many people were told about the change.

/** `told`: people emailed about the change (from updateSession's `notified`); null when not known (a new session). */
export function sessionSavedNotice(told: number | null): string {
  if (told == null) return "Session saved.";
  if (told === 0) return "Session saved. Nobody needed to be emailed: no one is booked or waiting, or the change does not affect them.";
  return `Session saved. ${told === 1 ? "1 person" : `${told} people`} booked on it or waiting for a place ${told === 1 ? "is" : "are"} being emailed about the change.`;
}
