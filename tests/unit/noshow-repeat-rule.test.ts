import { describe, expect, it } from "vitest";
import { noShowsInPolicyWindow, repeatRuleApplies, windowStart } from "@/lib/noshow/repeat-rule";
import { MAX_REPEAT_NO_SHOW_MONTHS, policySchema } from "@/lib/partnership/policy";

describe("repeat no-show rule", () => {
  it("applies from the configured number of no-shows (default 2)", () => {
    expect(repeatRuleApplies(1, { repeatNoShowCount: 2 })).toBe(false);
    expect(repeatRuleApplies(2, { repeatNoShowCount: 2 })).toBe(true);
    expect(repeatRuleApplies(2, { repeatNoShowCount: 3 })).toBe(false);
  });

  it("looks back the configured number of months", () => {
    expect(windowStart(new Date("2026-11-25T10:00:00Z"), 12).toISOString()).toBe("2025-11-25T10:00:00.000Z");
    expect(windowStart(new Date("2026-11-25T10:00:00Z"), 6).toISOString()).toBe("2026-05-25T10:00:00.000Z");
  });

  it("counts the no-shows booking read (the longest window any policy allows) inside this policy's window", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const starts = ["2026-10-01T09:00:00Z", "2026-05-25T10:00:00Z", "2026-05-25T09:59:59Z", "2023-01-10T09:00:00Z"].map((d) => new Date(d));
    expect(noShowsInPolicyWindow(starts, now, { repeatNoShowMonths: 6 })).toBe(2); // the window's first instant counts
    expect(noShowsInPolicyWindow(starts, now, { repeatNoShowMonths: 12 })).toBe(3);
    expect(noShowsInPolicyWindow(starts, now, { repeatNoShowMonths: MAX_REPEAT_NO_SHOW_MONTHS })).toBe(4);
    expect(noShowsInPolicyWindow([], now, { repeatNoShowMonths: 12 })).toBe(0);
  });

  it("keeps every policy's window within what booking reads", () => {
    expect(policySchema.safeParse({ repeatNoShowMonths: MAX_REPEAT_NO_SHOW_MONTHS }).success).toBe(true);
    expect(policySchema.safeParse({ repeatNoShowMonths: MAX_REPEAT_NO_SHOW_MONTHS + 1 }).success).toBe(false);
  });
});
