// The opportunity form (create and edit): shared by react-hook-form on the client and the server action.
import { z } from "zod";
import { DURATIONS, OPPORTUNITY_SETTINGS, OPPORTUNITY_TYPES } from "./labels";

/** Checkbox groups arrive as an array (FormData, several boxes), one value, or false (react-hook-form, none ticked). */
export const checkboxValues = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []),
  z.array(z.string()),
);

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}`).max(max, `${label[0].toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`);

export const opportunitySchema = z.object({
  title: text("a title", 200),
  type: z.enum(OPPORTUNITY_TYPES, { error: "Select the type of opportunity" }),
  topic: text("the topic or priority", 100),
  level: text("the level", 100),
  audience: text("who it is for", 500),
  summary: text("a summary", 300),
  description: text("a description", 10_000),
  outcomes: z
    .string()
    .max(5_000, "Learning outcomes must be 5000 characters or fewer")
    .transform((s) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)),
  prerequisites: z
    .string()
    .trim()
    .max(2_000, "Prerequisites must be 2000 characters or fewer")
    .transform((s) => s || null),
  prerequisiteOpportunityIds: checkboxValues.pipe(
    z.array(z.string().regex(/^[1-9]\d{0,9}$/, "Select prerequisite opportunities from the list").transform(Number)),
  ),
  duration: z.enum(DURATIONS, { error: "Select how long it lasts" }),
  settings: checkboxValues.pipe(z.array(z.enum(OPPORTUNITY_SETTINGS, { error: "Select settings from the list" }))),
});

export type OpportunityFormInput = z.input<typeof opportunitySchema>;
export type OpportunityInput = z.output<typeof opportunitySchema>;

/** Field names for FormData parsing of checkbox groups. */
export const OPPORTUNITY_MULTI_FIELDS = ["prerequisiteOpportunityIds", "settings"] as const;

export { OPPORTUNITY_FIELD_ORDER } from "./labels";
