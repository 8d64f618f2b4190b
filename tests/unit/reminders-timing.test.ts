import { describe, expect, it } from "vitest";
import { isConfirmReminder, reminderDue, reminderKey, reminderSchedule, reminderTime } from "@/lib/reminders/timing";
import { policySettingsSchema } from "@/lib/partnership/settings-schema";

const DAY = 86_400_000;
const startsAt = new Date("2026-03-12T09:30:00Z");
const at = (daysBefore: number, extraMs = 0) => new Date(startsAt.getTime() - daysBefore * DAY + extraMs);
const due = (now: Date, bookedAt = at(30), policyDays = [7, 2]) => reminderDue({ startsAt, bookedAt, now, policyDays });

describe("which reminder a booking gets", () => {
  it("sends nothing before the first reminder's time", () => {
    expect(due(at(7, -1))).toBeNull();
    expect(due(at(10))).toBeNull();
  });

  it("sends the 7-day reminder from 7 days before, and the 2-day one from 2 days before", () => {
    expect(due(at(7))).toBe(7);
    expect(due(at(3))).toBe(7);
    expect(due(at(2))).toBe(2);
    expect(due(at(0, -60_000))).toBe(2);
  });

  it("sends nothing once the session has started", () => {
    expect(due(startsAt)).toBeNull();
    expect(due(at(-1))).toBeNull();
  });

  it("after an outage sends only the latest reminder, not every missed one at once", () => {
    expect(due(at(1))).toBe(2);
  });

  it("skips a reminder whose time came before the place was booked; the next one still goes", () => {
    const bookedAt = at(5);
    expect(due(at(4), bookedAt)).toBeNull();
    expect(due(at(2), bookedAt)).toBe(2);
    expect(due(at(1), at(1, -1000))).toBeNull();
  });

  it("follows the business unit's timings", () => {
    expect(due(at(14), at(30), [14, 3])).toBe(14);
    expect(due(at(7), at(30), [14, 3])).toBe(14);
    expect(due(at(3), at(30), [3, 14])).toBe(3);
    expect(due(at(5), at(30), [])).toBeNull();
  });

  it("asks to confirm or release in the first reminder only", () => {
    expect(isConfirmReminder(7, [7, 2])).toBe(true);
    expect(isConfirmReminder(2, [7, 2])).toBe(false);
    expect(isConfirmReminder(14, [3, 14, 7])).toBe(true);
    expect(reminderSchedule([2, 7, 2])).toEqual([7, 2]);
    expect(reminderTime(startsAt, 7)).toEqual(at(7));
    expect(reminderKey(7, 42)).toBe("reminder:7:booking:42");
  });
});

describe("policy settings form", () => {
  const valid = {
    reminderDaysBefore: "2, 14",
    offerClaimWindowHours: "48",
    cancelCutoffWorkingDays: "3",
    chargeFullDayPence: "50",
    chargeHalfDayPence: "£27.50",
    chargeShortPence: "0",
    repeatNoShowCount: "2",
    repeatNoShowMonths: "12",
    membershipFeeUpTo10: "0",
    membershipFee11To50: "50",
    membershipFee51To250: "100",
    membershipFeeOver250: "200",
    membershipRenewalNoticeDays: "30, 7",
    impactFollowUpDays: "90",
    retentionMonths: "72",
  };

  it("reads days as a list (largest first) and pounds as pence", () => {
    const r = policySettingsSchema.parse(valid);
    expect(r).toMatchObject({ reminderDaysBefore: [14, 2], chargeFullDayPence: 5000, chargeHalfDayPence: 2750, chargeShortPence: 0, offerClaimWindowHours: 48 });
  });

  it.each([
    ["reminderDaysBefore", "7, 7", "Enter each number of days only once"],
    ["reminderDaysBefore", "0", "Each reminder must be between 1 and 60 days before the session"],
    ["reminderDaysBefore", "next week", "Enter the days before the session as numbers separated by commas, like 7, 2"],
    ["offerClaimWindowHours", "2", "The claim window in hours must be 6 or more"],
    ["chargeFullDayPence", "fifty", "Enter the charge for a full day in pounds, like 50 or 35.50"],
    ["repeatNoShowCount", "", "Enter the number of no-shows"],
  ])("rejects %s = %j with a clear message", (field, value, message) => {
    const r = policySettingsSchema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: [field], message });
  });
});
