import { describe, expect, it } from "vitest";
import { calibratedSlowdown } from "../../bench/calibrate";

describe("Lighthouse CPU slowdown calibrated to the host", () => {
  it("keeps Lighthouse's 4x on a high-end desktop and never throttles more", () => {
    expect(calibratedSlowdown(1500)).toBe(4);
    expect(calibratedSlowdown(2400)).toBe(4);
  });
  it("scales down in proportion on slower hosts, to one decimal", () => {
    expect(calibratedSlowdown(1125)).toBe(3);
    expect(calibratedSlowdown(750)).toBe(2);
    expect(calibratedSlowdown(1000)).toBe(2.7);
  });
  it("never goes below 1x, and falls back to 4x when the index is unknown", () => {
    expect(calibratedSlowdown(200)).toBe(1);
    expect(calibratedSlowdown(0)).toBe(4);
    expect(calibratedSlowdown(Number.NaN)).toBe(4);
  });
});
