// What a save of a settings form changed: for "Nothing was changed" and for the audit log.
/**
 * Whether two settings values (numbers, strings, arrays, plain objects) are the same. Object keys are compared as
 * a set: jsonb does not keep key order, so fees read back from the database may list the bands in another order.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

/** Of `fields`, those whose value differs between `before` and `after`, in the order of `fields`. */
export function changedFields<K extends string>(fields: readonly K[], before: Record<K, unknown>, after: Record<K, unknown>): K[] {
  return fields.filter((k) => !sameValue(before[k], after[k]));
}

/** What the audit log records for a save: each changed field, what it was and what it became. */
export function fromTo<K extends string>(changed: readonly K[], before: Record<K, unknown>, after: Record<K, unknown>): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }]));
}
