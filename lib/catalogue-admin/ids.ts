/** A database id from a URL segment or hidden field ("12"), or null when it is anything else. */
export function parseId(raw: unknown): number | null {
  return typeof raw === "string" && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}
