// The partnership's configurable policy. Defaults follow ../shared/practice.md; each partnership can change them.
import { z } from "zod";

export { SIZE_BANDS, type SizeBand } from "./labels";

/** The longest repeat no-show window a partnership can set (booking reads no-shows this far back, in one go). */
export const MAX_REPEAT_NO_SHOW_MONTHS = 60;

export const policySchema = z.object({
  /** Self-cancel online until this many working days before the session; after it a cancellation is late. */
  cancelCutoffWorkingDays: z.number().int().min(0).max(30).default(3),
  /** How long a waiting-list offer stays open. */
  offerClaimWindowHours: z.number().int().min(6).max(336).default(48),
  /** Charge for a no-show or late cancellation, by session length (pence). Substitutes are free. */
  chargeFullDayPence: z.number().int().min(0).default(5000),
  chargeHalfDayPence: z.number().int().min(0).default(2500),
  chargeShortPence: z.number().int().min(0).default(0),
  /** Reminders before a session, in days; the first asks the person to confirm or release their place. */
  reminderDaysBefore: z.array(z.number().int().min(1).max(60)).default([7, 2]),
  /** Repeat no-show rule: this many no-shows within this many months means the next booking needs approval. */
  repeatNoShowCount: z.number().int().min(1).default(2),
  repeatNoShowMonths: z.number().int().min(1).max(MAX_REPEAT_NO_SHOW_MONTHS).default(12),
  /** Days after the course for the impact follow-up. */
  impactFollowUpDays: z.number().int().min(7).default(90),
  /** Safer membership: fees by size band (pence; 0 = free) and renewal notices (days before expiry). */
  membershipFeesPence: z
    .record(z.string(), z.number().int().min(0))
    .default({ "Up to 10": 0, "11 to 50": 5000, "51 to 250": 10000, "Over 250": 20000 }),
  membershipRenewalNoticeDays: z.array(z.number().int().min(1)).default([30, 7]),
  /** Personal data of people inactive this long is anonymised. */
  retentionMonths: z.number().int().min(12).default(72),
});

export type Policy = z.infer<typeof policySchema>;

export function parsePolicy(raw: unknown): Policy {
  return policySchema.parse(raw ?? {});
}

export const DEFAULT_POLICY: Policy = parsePolicy({});
