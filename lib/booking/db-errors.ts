// Recognise the database's own guards (unique indexes, check constraints) in errors from either driver.
type PgLike = { code?: string; constraint?: string; constraint_name?: string; message?: string; cause?: unknown };

function pgError(err: unknown): PgLike | null {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const p = e as PgLike;
    if (typeof p.code === "string" && /^[0-9A-Z]{5}$/.test(p.code)) return p;
    e = p.cause;
  }
  return null;
}

/** The name of the violated unique index or check constraint, or null if the error is something else. */
export function violatedConstraint(err: unknown): string | null {
  const p = pgError(err);
  if (!p || (p.code !== "23505" && p.code !== "23514")) return null;
  const name = p.constraint ?? p.constraint_name;
  if (name) return name;
  const m = /constraint "([^"]+)"/.exec(p.message ?? "");
  return m ? m[1] : "unknown";
}
