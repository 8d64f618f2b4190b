// The settings forms' choices, field names and order, without zod: the forms import these with the page and fetch
// their schemas (settings-schema.ts, details-schema.ts) only when the business unit starts filling them in.
import type { Policy } from "./policy";

/** Safer membership size bands (staff and volunteers); each has its own yearly fee. */
export const SIZE_BANDS = ["Up to 10", "11 to 50", "51 to 250", "Over 250"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** The policy settings form's field for each band's fee (a field name cannot hold the band's spaces). */
export const MEMBERSHIP_FEE_FIELDS = {
  "Up to 10": "membershipFeeUpTo10",
  "11 to 50": "membershipFee11To50",
  "51 to 250": "membershipFee51To250",
  "Over 250": "membershipFeeOver250",
} as const satisfies Record<SizeBand, string>;

/** The policy keys the settings form sets, in page order; the rest of the policy is kept as it is. */
export const POLICY_SETTINGS_FIELDS = [
  "reminderDaysBefore",
  "offerClaimWindowHours",
  "cancelCutoffWorkingDays",
  "chargeFullDayPence",
  "chargeHalfDayPence",
  "chargeShortPence",
  "repeatNoShowCount",
  "repeatNoShowMonths",
  "membershipFeesPence",
  "membershipRenewalNoticeDays",
  "impactFollowUpDays",
  "retentionMonths",
] as const satisfies readonly (keyof Policy)[];

/** The policy settings form's fields in page order (the error summary lists problems in this order): a fee a band. */
export const POLICY_FORM_ORDER: string[] = POLICY_SETTINGS_FIELDS.flatMap((k) => (k === "membershipFeesPence" ? SIZE_BANDS.map((b) => MEMBERSHIP_FEE_FIELDS[b]) : [k]));

/** The partnership details form's fields in page order. */
export const PARTNERSHIP_FORM_ORDER = ["name", "shortName", "helpContacts", "districts", "reportingYearStartMonth"];

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
