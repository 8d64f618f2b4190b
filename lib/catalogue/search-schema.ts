// Client-safe: the catalogue's GET search form. Unknown or bad values are dropped, never an error page.
import { z } from "zod";

export const OPPORTUNITY_TYPES = ["course", "e_learning", "webinar", "briefing", "conference", "best_practice_event", "safer_workshop"] as const;

const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .catch(undefined)
  .transform((v) => (v ? v : undefined));
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

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
  return catalogueQuerySchema.parse(flat);
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
