// The business unit's policy settings form (client-safe: no database). Money is entered in pounds and kept in pence.
import { z } from "zod";
import { MEMBERSHIP_FEE_FIELDS, POLICY_SETTINGS_FIELDS, SIZE_BANDS, type SizeBand } from "./labels";
import { MAX_REPEAT_NO_SHOW_MONTHS, type Policy } from "./policy";

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .regex(/^\d+$/, `Enter ${what} as a whole number, like ${min}`)
    .transform(Number)
    .pipe(z.number().min(min, `${capitalise(what)} must be ${min} or more`).max(max, `${capitalise(what)} must be ${max} or less`));

const pounds = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .regex(/^£?\d{1,4}(\.\d{1,2})?$/, `Enter ${what} in pounds, like 50 or 35.50`)
    .transform((v) => Math.round(Number(v.replace("£", "")) * 100));

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "7, 2" → [7, 2]: one to four different numbers of days between 1 and `max`, largest first. */
const dayList = (m: { enter: string; format: string; range: string; tooMany: string; max: number }) =>
  z
    .string({ error: m.enter })
    .trim()
    .min(1, m.enter)
    .regex(/^\d+(\s*,\s*\d+)*$/, m.format)
    .transform((v) => v.split(",").map((d) => Number(d.trim())))
    .refine((days) => days.every((d) => d >= 1 && d <= m.max), m.range)
    .refine((days) => new Set(days).size === days.length, "Enter each number of days only once")
    .refine((days) => days.length <= 4, m.tooMany)
    .transform((days) => [...days].sort((a, b) => b - a));

/** "the yearly fee for 11 to 50 staff and volunteers" */
const feeFor = (band: SizeBand) => `the yearly fee for ${band.toLowerCase()} staff and volunteers`;

export { POLICY_SETTINGS_FIELDS };

export type PolicySettingsInput = Pick<Policy, (typeof POLICY_SETTINGS_FIELDS)[number]>;

export const policySettingsSchema = z
  .object({
    reminderDaysBefore: dayList({
      enter: "Enter when reminders are sent",
      format: "Enter the days before the session as numbers separated by commas, like 7, 2",
      range: "Each reminder must be between 1 and 60 days before the session",
      tooMany: "Enter no more than 4 reminders",
      max: 60,
    }),
    offerClaimWindowHours: wholeNumber("the claim window in hours", 6, 336),
    cancelCutoffWorkingDays: wholeNumber("the cancellation cut-off in working days", 0, 30),
    chargeFullDayPence: pounds("the charge for a full day"),
    chargeHalfDayPence: pounds("the charge for a half day"),
    chargeShortPence: pounds("the charge for a short session"),
    repeatNoShowCount: wholeNumber("the number of no-shows", 1, 20),
    repeatNoShowMonths: wholeNumber("the number of months", 1, MAX_REPEAT_NO_SHOW_MONTHS),
    membershipFeeUpTo10: pounds(feeFor("Up to 10")),
    membershipFee11To50: pounds(feeFor("11 to 50")),
    membershipFee51To250: pounds(feeFor("51 to 250")),
    membershipFeeOver250: pounds(feeFor("Over 250")),
    // Renewal opens 90 days before the end (lib/membership/rules RENEWAL_OPENS_DAYS): an earlier notice could not be acted on.
    membershipRenewalNoticeDays: dayList({
      enter: "Enter when renewal notices are sent",
      format: "Enter the days before the membership ends as numbers separated by commas, like 30, 7",
      range: "Each renewal notice must be between 1 and 90 days before the membership ends",
      tooMany: "Enter no more than 4 renewal notices",
      max: 90,
    }),
    impactFollowUpDays: wholeNumber("the number of days before the impact follow-up", 7, 365),
    retentionMonths: wholeNumber("the retention period in months", 12, 240),
  })
  .transform(({ membershipFeeUpTo10, membershipFee11To50, membershipFee51To250, membershipFeeOver250, ...rest }): PolicySettingsInput => ({
    ...rest,
    membershipFeesPence: { "Up to 10": membershipFeeUpTo10, "11 to 50": membershipFee11To50, "51 to 250": membershipFee51To250, "Over 250": membershipFeeOver250 },
  }));

const asPounds = (pence: number) => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2));

/** The form's values for the current policy (pence shown as pounds). */
export function policySettingsValues(p: PolicySettingsInput): Record<string, string> {
  return {
    reminderDaysBefore: p.reminderDaysBefore.join(", "),
    offerClaimWindowHours: String(p.offerClaimWindowHours),
    cancelCutoffWorkingDays: String(p.cancelCutoffWorkingDays),
    chargeFullDayPence: asPounds(p.chargeFullDayPence),
    chargeHalfDayPence: asPounds(p.chargeHalfDayPence),
    chargeShortPence: asPounds(p.chargeShortPence),
    repeatNoShowCount: String(p.repeatNoShowCount),
    repeatNoShowMonths: String(p.repeatNoShowMonths),
    ...Object.fromEntries(SIZE_BANDS.map((b) => [MEMBERSHIP_FEE_FIELDS[b], asPounds(p.membershipFeesPence[b] ?? 0)])),
    membershipRenewalNoticeDays: p.membershipRenewalNoticeDays.join(", "),
    impactFollowUpDays: String(p.impactFollowUpDays),
    retentionMonths: String(p.retentionMonths),
  };
}
