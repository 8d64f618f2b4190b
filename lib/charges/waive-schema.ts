// Client-safe: waiving a charge needs a reason (extenuating circumstances), kept in the audit trail.
import { z } from "zod";

export const waiveChargeSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "Enter why the charge is being waived")
    .max(500, "Reason must be 500 characters or fewer"),
});
export type WaiveChargeInput = z.infer<typeof waiveChargeSchema>;
