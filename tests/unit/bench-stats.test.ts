import { describe, expect, it } from "vitest";
import { medianRun } from "../../bench/stats";

describe("bench rounds", () => {
  it("reports the round with the median p95 and lists every round's p95 in the order run", () => {
    const runs = [
      { name: "a", p95: 240, rps: 120 },
      { name: "b", p95: 150, rps: 190 },
      { name: "c", p95: 180, rps: 160 },
    ];
    expect(medianRun(runs)).toEqual({ name: "c", p95: 180, rps: 160, roundsP95: [240, 150, 180] });
  });

  it("takes the lower middle of an even count, and a single run as it is", () => {
    expect(medianRun([{ p95: 3 }, { p95: 1 }, { p95: 4 }, { p95: 2 }]).p95).toBe(2);
    const one = { p95: 7 };
    expect(medianRun([one])).toBe(one);
    expect(() => medianRun([])).toThrow();
  });
});
