// Capacity can change while people hold places; it must never drop below the places already taken.

export type CapacityCheck = { ok: true } | { ok: false; message: string };

export function checkCapacity(capacity: number, placesTaken: number): CapacityCheck {
  if (capacity >= placesTaken) return { ok: true };
  return {
    ok: false,
    message: `Capacity must be at least ${placesTaken}, the number of places already taken. Cancel bookings first to reduce it further`,
  };
}
