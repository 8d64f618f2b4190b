// The business unit's policy settings form (client-safe: no database). Money is entered in pounds and kept in pence.
import { z } from "zod";
import { MAX_REPEAT_NO_SHOW_MONTHS } from "./policy";

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

/** "7, 2" → [7, 2]: one to four different numbers of days between 1 and 60. */
const reminderDays = z
  .string({ error: "Enter when reminders are sent" })
  .trim()
  .min(1, "Enter when reminders are sent")
  .regex(/^\d+(\s*,\s*\d+)*$/, "Enter the days before the session as numbers separated by commas, like 7, 2")
  .transform((v) => v.split(",").map((d) => Number(d.trim())))
  .refine((days) => days.every((d) => d >= 1 && d <= 60), "Each reminder must be between 1 and 60 days before the session")
  .refine((days) => new Set(days).size === days.length, "Enter each number of days only once")
  .refine((days) => days.length <= 4, "Enter no more than 4 reminders")
  .transform((days) => [...days].sort((a, b) => b - a));

export const policySettingsSchema = z.object({
  reminderDaysBefore: reminderDays,
  offerClaimWindowHours: wholeNumber("the claim window in hours", 6, 336),
  cancelCutoffWorkingDays: wholeNumber("the cancellation cut-off in working days", 0, 30),
  chargeFullDayPence: pounds("the charge for a full day"),
  chargeHalfDayPence: pounds("the charge for a half day"),
  chargeShortPence: pounds("the charge for a short session"),
  repeatNoShowCount: wholeNumber("the number of no-shows", 1, 20),
  repeatNoShowMonths: wholeNumber("the number of months", 1, MAX_REPEAT_NO_SHOW_MONTHS),
});

export type PolicySettingsInput = z.output<typeof policySettingsSchema>;
export const POLICY_SETTINGS_FIELDS = Object.keys(policySettingsSchema.shape) as (keyof PolicySettingsInput)[];

/** The form's values for the current policy (pence shown as pounds). */
export function policySettingsValues(p: PolicySettingsInput): Record<string, string> {
  const pounds = (pence: number) => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2));
  return {
    reminderDaysBefore: p.reminderDaysBefore.join(", "),
    offerClaimWindowHours: String(p.offerClaimWindowHours),
    cancelCutoffWorkingDays: String(p.cancelCutoffWorkingDays),
    chargeFullDayPence: pounds(p.chargeFullDayPence),
    chargeHalfDayPence: pounds(p.chargeHalfDayPence),
    chargeShortPence: pounds(p.chargeShortPence),
    repeatNoShowCount: String(p.repeatNoShowCount),
    repeatNoShowMonths: String(p.repeatNoShowMonths),
  };
}
