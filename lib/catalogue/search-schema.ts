// Client-safe: the catalogue's GET search form. Unknown or bad values are dropped, never an error page; what a
// person typed that cannot be used is explained next to the field (catalogueQueryProblems).
import { z } from "zod";

export const OPPORTUNITY_TYPES = ["course", "e_learning", "webinar", "briefing", "conference", "best_practice_event", "safer_workshop"] as const;

const SEARCH_MAX = 100;

const optionalText = z
  .string()
  .trim()
  .max(SEARCH_MAX)
  .optional()
  .catch(undefined)
  .transform((v) => (v ? v : undefined));
/** "2026-12-20" naming a day that exists (not "2026-13-45"). */
export function isRealIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const isoDay = z.string().refine(isRealIsoDay).optional().catch(undefined);

export const catalogueQuerySchema = z.object({
  q: optionalText,
  type: z.enum(OPPORTUNITY_TYPES).optional().catch(undefined),
  topic: optionalText,
  level: optionalText,
  audience: optionalText,
  from: isoDay,
  to: isoDay,
  mode: z.enum(["venue", "online"]).optional().catch(undefined),
  district: optionalText,
  available: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => v === "yes"),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined).transform((v) => v ?? 1),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** Search params (first value of each) → a valid query. */
export function parseCatalogueQuery(params: Record<string, string | string[] | undefined>): CatalogueQuery {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string" && first !== "") flat[k] = first;
  }
  const q = catalogueQuerySchema.parse(flat);
  // A range that ends before it starts finds nothing: search from the start date and say why (problems below).
  if (q.from && q.to && q.to < q.from) q.to = undefined;
  return q;
}

/** Words for the search form's fields a person filled in but the search could not use, by field id. */
export function catalogueQueryProblems(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const first = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  const problems: Record<string, string> = {};
  if (first("q").length > SEARCH_MAX) problems.q = `Search words must be ${SEARCH_MAX} characters or fewer`;
  const from = first("from");
  const to = first("to");
  if (from && !isRealIsoDay(from)) problems.from = "From date must be a real date";
  if (to && !isRealIsoDay(to)) problems.to = "To date must be a real date";
  else if (to && isRealIsoDay(from) && to < from) problems.to = "To date must be the same as or after the from date";
  return problems;
}

/** The same query as a URL search string (for pagination links), without empty values. */
export function catalogueQueryString(q: CatalogueQuery, page?: number): string {
  const out = new URLSearchParams();
  for (const key of ["q", "type", "topic", "level", "audience", "from", "to", "mode", "district"] as const) {
    const v = q[key];
    if (v) out.set(key, v);
  }
  if (q.available) out.set("available", "yes");
  const p = page ?? q.page;
  if (p > 1) out.set("page", String(p));
  const s = out.toString();
  return s ? `?${s}` : "";
}
