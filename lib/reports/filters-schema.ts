// Client-safe: the report filter form (GET) and the CSV route read filters with this one schema.
import { z } from "zod";
import { isIsoDate } from "./period";

export const SECTORS = [
  "childrens_services",
  "police",
  "health",
  "education",
  "early_years",
  "voluntary",
  "probation",
  "housing",
  "district_council",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  childrens_services: "Children's services",
  police: "Police",
  health: "Health",
  education: "Education",
  early_years: "Early years",
  voluntary: "Voluntary sector",
  probation: "Probation",
  housing: "Housing",
  district_council: "District council",
  other: "Other",
};

/** Which learning opportunities a report covers: every type, one type, or the multi-agency courses. */
export const OPPORTUNITY_SCOPES = [
  "course",
  "multi_agency_course",
  "e_learning",
  "webinar",
  "briefing",
  "conference",
  "best_practice_event",
  "safer_workshop",
] as const;
export type OpportunityScope = (typeof OPPORTUNITY_SCOPES)[number];

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const optionalId = (what: string) => z.preprocess(blankToUndefined, z.coerce.number({ error: `Select a ${what} from the list` }).int().positive(`Select a ${what} from the list`).max(2_147_483_647, `Select a ${what} from the list`).optional());
const optionalDate = (what: string) =>
  z.preprocess(blankToUndefined, z.string().refine(isIsoDate, `Enter the ${what} as a real date, like 2021-07-01`).optional());

export const reportFiltersSchema = z
  .object({
    from: optionalDate("start date"),
    to: optionalDate("end date"),
    opportunityId: optionalId("learning opportunity"),
    sessionId: optionalId("session"),
    agencyId: optionalId("organisation"),
    sector: z.preprocess(blankToUndefined, z.enum(SECTORS, { error: "Select a sector from the list" }).optional()),
    district: z.preprocess(blankToUndefined, z.string().max(100, "Select a district from the list").optional()),
    scope: z.preprocess(blankToUndefined, z.enum(OPPORTUNITY_SCOPES, { error: "Select a type from the list" }).optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "The end date must be the same as or after the start date" });

export type ReportFilters = z.infer<typeof reportFiltersSchema>;
export const REPORT_FILTER_KEYS = ["from", "to", "opportunityId", "sessionId", "agencyId", "sector", "district", "scope"] as const;

type Params = Record<string, string | string[] | undefined>;

/**
 * Filters from a query string. A bad value is reported and left out (the report still shows, without it),
 * so a mistyped address never becomes an error page.
 */
export function parseReportFilters(params: Params): { filters: ReportFilters; errors: Partial<Record<string, string>> } {
  const raw: Record<string, string | undefined> = {};
  for (const k of REPORT_FILTER_KEYS) {
    const v = params[k];
    raw[k] = Array.isArray(v) ? v[0] : v;
  }
  const whole = reportFiltersSchema.safeParse(raw);
  if (whole.success) return { filters: whole.data, errors: {} };
  const errors: Partial<Record<string, string>> = {};
  for (const issue of whole.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const kept = { ...raw };
  for (const k of Object.keys(errors)) delete kept[k];
  const retry = reportFiltersSchema.safeParse(kept);
  return { filters: retry.success ? retry.data : {}, errors };
}

/** The filters as a query string (for CSV links and pagination), leaving out empty ones. */
export function filtersQuery(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const k of REPORT_FILTER_KEYS) {
    const v = filters[k];
    if (v !== undefined && v !== "") q.set(k, String(v));
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
