import { describe, expect, it } from "vitest";
import { formatChange, formatPercent, formatScore, formatUplift, rate, uplift } from "@/lib/reports/rates";
import { withRates, ZERO_COUNTS } from "@/lib/reports/attendance";
import { barLengths, niceMax, ticks, truncateLabel } from "@/lib/ui/chart";

describe("rates", () => {
  it("divides, with nothing to divide by giving no rate", () => {
    expect(rate(114, 559)).toBeCloseTo(0.2039, 4);
    expect(formatPercent(rate(114, 559))).toBe("20%");
    expect(rate(3, 0)).toBeNull();
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(0.12345, 1)).toBe("12.3%");
  });

  it("computes fill rate from places and no-show rate from marked sign-ups", () => {
    const row = withRates("x", "X", { ...ZERO_COUNTS, signUps: 18, noShows: 3, attended: 15 }, 20);
    expect(row.fillRate).toBeCloseTo(0.9);
    expect(row.noShowRate).toBeCloseTo(1 / 6);
    expect(withRates("x", "X", ZERO_COUNTS, null)).toMatchObject({ fillRate: null, noShowRate: null });
  });

  it("takes the no-show rate over sign-ups whose attendance is marked, with no rate where nothing is", () => {
    // The QA walk's current year: 757 sign-ups, 306 not yet marked, 71 no-shows among the 451 marked.
    const year = withRates("all", "All", { ...ZERO_COUNTS, signUps: 757, attended: 350, partial: 30, noShows: 71, notMarked: 306 }, null);
    expect(year.marked).toBe(451);
    expect(year.noShowRate).toBeCloseTo(71 / 451);
    expect(formatPercent(year.noShowRate, 1)).toBe("15.7%");
    // A month still to come, or an organisation with no register taken: sign-ups but no rate (not 0%).
    const future = withRates("2027-01", "Jan 2027", { ...ZERO_COUNTS, signUps: 40, notMarked: 40 }, 60);
    expect(future.noShowRate).toBeNull();
    expect(formatPercent(future.noShowRate)).toBe("–");
    // Everything marked: the same as over all sign-ups (the published 2021–22 figure).
    expect(withRates("y", "2021–22", { ...ZERO_COUNTS, signUps: 559, attended: 420, partial: 25, noShows: 114 }, null).noShowRate).toBeCloseTo(114 / 559);
  });

  it("shows confidence uplift as after minus before", () => {
    expect(uplift(2.5, 3.75)).toBeCloseTo(1.25);
    expect(uplift(null, 4)).toBeNull();
    expect(formatUplift(1.25)).toBe("+1.3");
    expect(formatUplift(-0.24)).toBe("-0.2");
    expect(formatUplift(0)).toBe("0.0");
    expect(formatScore(3.456)).toBe("3.5");
    expect(formatChange(89)).toBe("+89");
    expect(formatChange(-4)).toBe("-4");
  });
});

describe("chart scaling", () => {
  it("rounds the axis up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(10)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(42)).toBe(50);
    expect(niceMax(559)).toBe(1000);
    expect(ticks(42)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(116)).toEqual([0, 50, 100, 150, 200]);
    expect(ticks(559)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(ticks(0)).toEqual([0, 1]);
  });

  it("scales bars to the axis so the longest fits", () => {
    expect(barLengths([50, 25, 0, -3], 400)).toEqual([400, 200, 0, 0]);
    const l = barLengths([42, 21], 500);
    expect(l[0]).toBeCloseTo(420);
    expect(l[1]).toBeCloseTo(210);
  });

  it("shortens long labels", () => {
    expect(truncateLabel("Norfolk County Council Children's Services", 20)).toBe("Norfolk County Coun…");
    expect(truncateLabel("Police", 20)).toBe("Police");
  });
});
