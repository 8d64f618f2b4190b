// The People and roles search box (pure): what was typed, tidied, and whether it is long enough to search with.
import { MAX_SEARCH_LENGTH, MIN_SEARCH_LENGTH } from "./labels";

export type PeopleSearch = { q: string; term: string | null; error: string | null };

/** `?q=` as typed (a repeated parameter counts once): blank lists the trainers and admins; 1 character is too few. */
export function parsePeopleSearch(raw: unknown): PeopleSearch {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const q = typeof first === "string" ? first.replace(/\s+/g, " ").trim() : "";
  if (!q) return { q, term: null, error: null };
  if (q.length < MIN_SEARCH_LENGTH) return { q, term: null, error: `Enter at least ${MIN_SEARCH_LENGTH} characters of a name or email address` };
  if (q.length > MAX_SEARCH_LENGTH) return { q: q.slice(0, MAX_SEARCH_LENGTH), term: null, error: `Search must be ${MAX_SEARCH_LENGTH} characters or fewer` };
  return { q, term: q, error: null };
}

/** A LIKE pattern that finds `term` anywhere, with LIKE's own wildcards (% and _) and its escape taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
