import { describe, expect, it } from "vitest";
import { repeatRuleApplies, windowStart } from "@/lib/noshow/repeat-rule";

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
});
