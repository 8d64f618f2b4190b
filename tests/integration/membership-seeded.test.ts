// Safer member counts against the seeded demo partnership: 581 members on 30 June 2022, 492 a year before.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import { memberCountSeries, memberCountsOn, membersOn } from "@/lib/membership";
import { SEED_NOW } from "../support/reports";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  await seed(await getDb(), { now: SEED_NOW });
}, 600_000);

describe("seeded Safer membership", () => {
  it("has 581 members at the end of the 2021–22 reporting year, 89 more than the year before", async () => {
    expect(await membersOn("2022-06-30")).toBe(581);
    expect(await membersOn("2021-06-30")).toBe(492);
    const counts = await memberCountsOn("2022-06-30");
    expect(counts.byDistrict.reduce((s, d) => s + d.members, 0)).toBe(581);
    expect(counts.byType.reduce((s, d) => s + d.members, 0)).toBe(581);
    const series = await memberCountSeries(SEED_NOW);
    expect(series.find((p) => p.on === "2022-06-30")).toEqual({ on: "2022-06-30", members: 581, change: 89 });
  });
});
