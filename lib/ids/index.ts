// Database ids from the outside world (URL segments, hidden form fields, query strings). Every id column is a
// PostgreSQL integer, so a number beyond 2^31-1 would make the query itself fail (a 500) instead of "not found".

export const MAX_DB_ID = 2_147_483_647;

/** Whether n can be the id of a row: a whole number from 1 to 2^31-1. */
export function isDbId(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n <= MAX_DB_ID;
}

/** An id typed as text ("12"), or null for anything else. */
export function dbIdFrom(raw: unknown): number | null {
  if (typeof raw !== "string" || !/^\d{1,10}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return isDbId(n) ? n : null;
}
