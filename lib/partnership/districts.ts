// Pure rules for the partnership's districts: which a change removes, and what to say when one is in use.

/** How much of the data is in a district. */
export type DistrictUse = { district: string; sessions: number; agencies: number; saferOrganisations: number };

/** The districts of `before` that `after` no longer has (names are compared exactly: data holds them exactly). */
export function removedDistricts(before: readonly string[], after: readonly string[]): string[] {
  return before.filter((d) => !after.includes(d));
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c" */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "You cannot remove Norwich because 12 sessions and 3 Safer organisations are in it. Keep it in the list" */
export function districtsInUseMessage(inUse: DistrictUse[]): string {
  const uses = (u: DistrictUse) =>
    listed(
      [
        u.sessions ? plural(u.sessions, "session", "sessions") : "",
        u.agencies ? plural(u.agencies, "organisation", "organisations") : "",
        u.saferOrganisations ? plural(u.saferOrganisations, "Safer organisation", "Safer organisations") : "",
      ].filter(Boolean),
    );
  if (inUse.length === 1) {
    const [u] = inUse;
    const total = u.sessions + u.agencies + u.saferOrganisations;
    return `You cannot remove ${u.district} because ${uses(u)} ${total === 1 ? "is" : "are"} in it. Keep it in the list`;
  }
  return `You cannot remove ${listed(inUse.map((u) => u.district))} because sessions or organisations are in them (${inUse
    .map((u) => `${u.district}: ${uses(u)}`)
    .join("; ")}). Keep them in the list`;
}
