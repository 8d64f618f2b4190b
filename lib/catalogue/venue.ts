// How a session's venue is written in one line, everywhere it is shown (pages, emails, calendar files).

/**
 * The venue's name, then its address, unless the address already starts with the name: people (and the seed) often
 * type the building into the address, which showed "County Hall, County Hall, Martineau Lane".
 */
export function venueLine(name: string | null | undefined, address: string | null | undefined): string {
  const n = name?.trim() ?? "";
  const a = address?.trim() ?? "";
  if (n && a.toLowerCase().startsWith(n.toLowerCase())) return a;
  return [n, a].filter(Boolean).join(", ");
}
