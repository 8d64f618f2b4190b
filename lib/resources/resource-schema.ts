// Client-safe form schemas of the policy library.
import { z } from "zod";
import { londonToday } from "@/lib/membership/rules";

import { RESOURCE_CATEGORIES } from "./labels";

export { RESOURCE_CATEGORIES };

export const resourceSchema = z.object({
  title: z.string().trim().min(1, "Enter the title of the template").max(150, "Title must be 150 characters or fewer"),
  category: z.enum(RESOURCE_CATEGORIES, { error: "Select a category" }),
  description: z.string().trim().min(1, "Enter a short description").max(1000, "Description must be 1000 characters or fewer"),
});
export type ResourceInput = z.infer<typeof resourceSchema>;

/** The file itself is checked on the server (type, size, first bytes); the form checks the summary. */
export const versionSchema = z.object({
  changeSummary: z.string().trim().min(1, "Enter a summary of what changed").max(2000, "Summary must be 2000 characters or fewer"),
});
export type VersionInput = z.infer<typeof versionSchema>;

/** GOV.UK date input (day, month, year) for the day the organisation reviewed its policy; not in the future. */
export const reviewSchema = z
  .object({
    resourceId: z.coerce.number().int().positive().max(2_147_483_647),
    "reviewedOn-day": z.string().trim(),
    "reviewedOn-month": z.string().trim(),
    "reviewedOn-year": z.string().trim(),
    notes: z.string().trim().max(2000, "Notes must be 2000 characters or fewer").optional().default(""),
  })
  .transform((v, ctx) => {
    const [d, m, y] = [v["reviewedOn-day"], v["reviewedOn-month"], v["reviewedOn-year"]];
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", path: ["reviewedOn"], message });
      return z.NEVER;
    };
    if (!d && !m && !y) return fail("Enter the date you reviewed your policy");
    const missing = [!d && "day", !m && "month", !y && "year"].filter(Boolean);
    if (missing.length) return fail(`Date of review must include a ${missing.join(" and ")}`);
    if (![d, m, y].every((p) => /^\d+$/.test(p)) || y.length !== 4) return fail("Date of review must be a real date, like 27 3 2026");
    const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return fail("Date of review must be a real date, like 27 3 2026");
    if (iso > londonToday()) return fail("Date of review must be today or in the past");
    return { resourceId: v.resourceId, reviewedOn: iso, notes: v.notes };
  });
export type ReviewInput = z.output<typeof reviewSchema>;
