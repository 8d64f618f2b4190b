// Rules for saving a session that need more than the form: capacity can change while people hold places but
// never drop below the places already taken; a session is not added, or moved, into the past.

export type CapacityCheck = { ok: true } | { ok: false; message: string };

export function checkCapacity(capacity: number, placesTaken: number): CapacityCheck {
  if (capacity >= placesTaken) return { ok: true };
  return {
    ok: false,
    message: `Capacity must be at least ${placesTaken}, the number of places already taken. Cancel bookings first to reduce it further`,
  };
}

/** Refuses a new session, or a new date and time for one, that has already started; an old session can still be corrected. */
export function checkStart(startsAt: Date, now: Date, before?: { startsAt: Date }): CapacityCheck {
  if (startsAt.getTime() > now.getTime() || (before && before.startsAt.getTime() === startsAt.getTime())) return { ok: true };
  return { ok: false, message: "Date and start time of the session must be in the future" };
}
