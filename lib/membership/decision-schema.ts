// Client-safe: the business unit's approve / decline form.
import { z } from "zod";

export const decisionSchema = z
  .object({
    membershipId: z.coerce.number().int().positive().max(2_147_483_647),
    decision: z.enum(["approve", "decline"], { error: "Select approve or decline" }),
    reason: z.string().trim().max(1000, "Reason must be 1000 characters or fewer").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "decline" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Enter the reason for declining the application" });
  });

export type DecisionInput = z.infer<typeof decisionSchema>;
