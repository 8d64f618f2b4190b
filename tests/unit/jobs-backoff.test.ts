import { describe, expect, it } from "vitest";
import { backoffSeconds, retryAt } from "@/lib/jobs/queue";

describe("retry back-off", () => {
  it("doubles from 30 seconds and stops at an hour", () => {
    expect([1, 2, 3, 4, 5].map(backoffSeconds)).toEqual([30, 60, 120, 240, 480]);
    expect(backoffSeconds(8)).toBe(3600);
    expect(backoffSeconds(50)).toBe(3600);
    expect(backoffSeconds(0)).toBe(30);
  });

  it("adds up to 20% jitter so jobs that failed together do not retry together", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(retryAt(now, 1, () => 0).getTime() - now.getTime()).toBe(30_000);
    expect(retryAt(now, 1, () => 0.999).getTime() - now.getTime()).toBe(35_994);
    expect(retryAt(now, 3, () => 0.5).getTime() - now.getTime()).toBe(132_000);
  });
});
