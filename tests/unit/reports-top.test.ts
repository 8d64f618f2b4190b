// The overview's "top 10" of a report table: most sign-ups first, ties by name, the cached table left alone.
import { describe, expect, it } from "vitest";
import { topBySignUps, withRates, ZERO_COUNTS } from "@/lib/reports/attendance";

const row = (label: string, signUps: number) => withRates(label, label, { ...ZERO_COUNTS, signUps }, null);

describe("topBySignUps", () => {
  it("takes the rows with most sign-ups, ties by label, without changing the (frozen) table", () => {
    const table = Object.freeze([row("Beta", 5), row("Alpha", 5), row("Gamma", 9), row("Delta", 1)]);
    expect(topBySignUps(table, 3).map((r) => r.label)).toEqual(["Gamma", "Alpha", "Beta"]);
    expect(table.map((r) => r.label)).toEqual(["Beta", "Alpha", "Gamma", "Delta"]);
    expect(topBySignUps(table, 10)).toHaveLength(4);
    expect(topBySignUps([], 10)).toEqual([]);
  });
});
