// Client-safe: the three questionnaires, shared by the forms and their server actions.
import { z } from "zod";
import { IMPACT_THEMES } from "./labels";

export { CONFIDENCE_LABELS, IMPACT_THEMES, RATING_LABELS } from "./labels";

const scale = (message: string) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number({ error: message }).int(message).min(1, message).max(5, message));

const text = (required: string, max = 2000) =>
  z.string({ error: required }).trim().min(1, required).max(max, `Answer in ${max} characters or fewer`);

export const preEvaluationSchema = z.object({
  confidence: scale("Select how confident you feel about the topic"),
  hopes: text("Enter what you hope to learn"),
});
export type PreEvaluationInput = z.infer<typeof preEvaluationSchema>;

export const postEvaluationSchema = z.object({
  confidence: scale("Select how confident you feel about the topic now"),
  learned: text("Enter what you learned"),
  rating: scale("Select how you rate the course"),
});
export type PostEvaluationInput = z.infer<typeof postEvaluationSchema>;

export const impactEvaluationSchema = z.object({
  changes: text("Enter what has changed in your practice"),
  examples: text("Enter an example"),
  theme: z.enum(IMPACT_THEMES, { error: "Select the theme that fits best" }),
  // "yes" from the posted checkbox; react-hook-form gives the value (or an array of values) when it is ticked.
  askManager: z.preprocess((v) => v === "yes" || v === true || (Array.isArray(v) && v.includes("yes")), z.boolean()),
});
export type ImpactEvaluationInput = z.infer<typeof impactEvaluationSchema>;

/** The manager's co-sign form: just the signed link's token, posted back. */
export const coSignSchema = z.object({ token: z.string().min(1, "This link is not valid").max(2000, "This link is not valid") });
