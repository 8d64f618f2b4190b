// The session form (add and edit): shared by react-hook-form on the client and the server action.
// Dates follow the GOV.UK date input pattern; times are London wall-clock times, stored as UTC.
import { z } from "zod";
import { checkboxValues } from "./opportunity-schema";
import { existsInLondon, parseDateParts, parseTimeOfDay, sessionTimes } from "./session-time";

/** An optional whole number typed into a box: "" → null. */
const optionalWhole = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || /^\d+$/.test(s), `${label} must be a whole number`)
    .transform((s) => (s === "" ? null : Number(s)))
    .refine((n) => n == null || (n >= min && n <= max), `${label} must be between ${min} and ${max}`);

const base = z.object({
  day: z.string(),
  month: z.string(),
  year: z.string(),
  startTime: z.string().trim(),
  endTime: z.string().trim(),
  mode: z.enum(["venue", "online"], { error: "Select whether the session is at a venue or online" }),
  venueName: z.string().trim().max(200, "Venue name must be 200 characters or fewer"),
  venueAddress: z.string().trim().max(500, "Venue address must be 500 characters or fewer"),
  district: z.string().trim(),
  onlineUrl: z.string().trim().max(500, "Online joining link must be 500 characters or fewer"),
  capacity: z
    .string()
    .trim()
    .min(1, "Enter the number of places")
    .regex(/^\d+$/, "Number of places must be a whole number, like 20")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, "Number of places must be between 1 and 1000"),
  trainerIds: checkboxValues,
  sectorCapPercent: optionalWhole("Sector cap", 1, 100),
  balanceUntilDays: optionalWhole("Days before the session", 0, 365),
  cancelCutoffWorkingDays: optionalWhole("Cancellation cut-off", 0, 30),
});

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

export const sessionSchema = base
  .superRefine((raw, ctx) => {
    const v = raw as unknown as Raw;
    const parts = { day: str(v.day), month: str(v.month), year: str(v.year) };
    if (!parts.day && !parts.month && !parts.year) ctx.addIssue({ code: "custom", path: ["date"], message: "Enter the date of the session" });
    else if (!parts.day) ctx.addIssue({ code: "custom", path: ["date"], message: "Date of the session must include a day" });
    else if (!parts.month) ctx.addIssue({ code: "custom", path: ["date"], message: "Date of the session must include a month" });
    else if (!parts.year) ctx.addIssue({ code: "custom", path: ["date"], message: "Date of the session must include a year" });
    else if (!parseDateParts(parts)) ctx.addIssue({ code: "custom", path: ["date"], message: "Date of the session must be a real date, like 27 3 2027" });

    const start = str(v.startTime);
    const end = str(v.endTime);
    if (!start) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Enter the start time" });
    else if (parseTimeOfDay(start) == null) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Enter the start time like 9:30 or 9:30am" });
    if (!end) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Enter the end time" });
    else if (parseTimeOfDay(end) == null) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Enter the end time like 16:30 or 4:30pm" });
    else {
      const times = sessionTimes(parts, start, end);
      const date = parseDateParts(parts);
      const skipped = (t: string) => {
        const m = parseTimeOfDay(t);
        return date != null && m != null && !existsInLondon(date, m);
      };
      if (skipped(start)) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Start time does not exist on that day because the clocks go forward at 1am: enter a time from 2am" });
      else if (skipped(end)) ctx.addIssue({ code: "custom", path: ["endTime"], message: "End time does not exist on that day because the clocks go forward at 1am: enter a time from 2am" });
      else if (times && times.endsAt <= times.startsAt) ctx.addIssue({ code: "custom", path: ["endTime"], message: "End time must be after the start time" });
    }

    if (v.mode === "venue") {
      if (!str(v.venueName)) ctx.addIssue({ code: "custom", path: ["venueName"], message: "Enter the venue name" });
      if (!str(v.venueAddress)) ctx.addIssue({ code: "custom", path: ["venueAddress"], message: "Enter the venue address" });
      if (!str(v.district)) ctx.addIssue({ code: "custom", path: ["district"], message: "Select the district" });
    }
    if (v.mode === "online") {
      const url = str(v.onlineUrl);
      if (!url) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Enter the online joining link" });
      else if (!/^https:\/\/[^\s/]+\.[^\s]+$/i.test(url)) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Enter the online joining link in the correct format, like https://meet.example.org/abc" });
    }

    // Parsed answers are numbers (or null when empty); answers that failed to parse are still strings.
    const filled = (x: unknown) => typeof x === "number" || str(x) !== "";
    const cap = filled(v.sectorCapPercent);
    const until = filled(v.balanceUntilDays);
    if (cap && !until) ctx.addIssue({ code: "custom", path: ["balanceUntilDays"], message: "Enter how many days before the session the sector cap lifts" });
    if (until && !cap) ctx.addIssue({ code: "custom", path: ["sectorCapPercent"], message: "Enter the sector cap, or leave both balance answers empty" });
  }, { when: () => true })
  .transform((v) => {
    const times = sessionTimes(v, v.startTime, v.endTime)!;
    const venue = v.mode === "venue";
    return {
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      mode: v.mode,
      venueName: venue ? v.venueName : null,
      venueAddress: venue ? v.venueAddress : null,
      district: venue ? v.district : null,
      onlineUrl: venue ? null : v.onlineUrl,
      capacity: v.capacity,
      trainerIds: [...new Set(v.trainerIds)],
      sectorCapPercent: v.sectorCapPercent,
      balanceUntilDays: v.sectorCapPercent == null ? null : v.balanceUntilDays,
      cancelCutoffWorkingDays: v.cancelCutoffWorkingDays,
    };
  });

export type SessionInput = z.output<typeof sessionSchema>;

export const SESSION_MULTI_FIELDS = ["trainerIds"] as const;

export { SESSION_FIELD_ORDER } from "./labels";
