// The catalogue's search: one page of opportunities with upcoming sessions, soonest first, with the total
// (counted in the same query) and pages past the end clamped to the last page; and the filter choices.
import { beforeAll, describe, expect, it } from "vitest";
import { catalogueFilterOptions, parseCatalogueQuery, searchCatalogue } from "@/lib/catalogue";
import { givenOpportunity, givenSession } from "../support/booking";
import { givenPartnership } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const run = `s${Date.now().toString(36)}`;

beforeAll(async () => {
  const db = await getDb();
  await givenPartnership(db);
  // 12 searchable opportunities, opportunity i starting in 10 + i days (two sessions each), plus ones that never show.
  for (let i = 0; i < 12; i++) {
    const o = await givenOpportunity(db, { slug: `${run}-${i}`, title: `Zebrafinch ${run} ${String(i).padStart(2, "0")}`, topic: i % 2 ? "Neglect" : "Exploitation", level: i % 3 ? "Universal" : "Specialist" });
    await givenSession(db, { opportunityId: o.id, inDays: 10 + i });
    await givenSession(db, { opportunityId: o.id, inDays: 40 + i });
  }
  const past = await givenOpportunity(db, { slug: `${run}-past`, title: `Zebrafinch ${run} past` });
  await givenSession(db, { opportunityId: past.id, inDays: -3 });
  const hidden = await givenOpportunity(db, { slug: `${run}-hidden`, title: `Zebrafinch ${run} hidden`, published: false, topic: "Hidden topic" });
  await givenSession(db, { opportunityId: hidden.id, inDays: 5 });
});

describe("catalogue search", () => {
  it("returns the first page soonest first, with the total and the number of pages", async () => {
    const r = await searchCatalogue(null, parseCatalogueQuery({ q: `Zebrafinch ${run}` }));
    expect(r.total).toBe(12);
    expect(r.pages).toBe(2);
    expect(r.page).toBe(1);
    expect(r.results.map((x) => x.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `${run}-${i}`));
    expect(r.results[0].sessions).toBe(2);
    expect(r.results[0].placesLeft).toBe(20);
    expect(r.results[0]).not.toHaveProperty("total");
  });

  it("returns the last page, and clamps a page past the end to the last page", async () => {
    const two = await searchCatalogue(null, parseCatalogueQuery({ q: `Zebrafinch ${run}`, page: "2" }));
    expect(two.results.map((x) => x.slug)).toEqual([`${run}-10`, `${run}-11`]);
    expect(two).toMatchObject({ total: 12, page: 2, pages: 2 });
    const far = await searchCatalogue(null, parseCatalogueQuery({ q: `Zebrafinch ${run}`, page: "9" }));
    expect(far.results.map((x) => x.slug)).toEqual([`${run}-10`, `${run}-11`]);
    expect(far).toMatchObject({ total: 12, page: 2, pages: 2 });
  });

  it("finds nothing without error, and filters by topic", async () => {
    const none = await searchCatalogue(null, parseCatalogueQuery({ q: `nothing-matches-${run}`, page: "3" }));
    expect(none).toMatchObject({ results: [], total: 0, page: 1, pages: 1 });
    const neglect = await searchCatalogue(null, parseCatalogueQuery({ q: `Zebrafinch ${run}`, topic: "Neglect" }));
    expect(neglect.total).toBe(6);
    expect(neglect.results.every((x) => x.topic === "Neglect")).toBe(true);
  });

  it("offers the topics, levels and audiences of published opportunities and the partnership's districts", async () => {
    const o = await catalogueFilterOptions(null);
    expect(o.topics).toEqual(expect.arrayContaining(["Exploitation", "Neglect"]));
    expect(o.topics).not.toContain("Hidden topic");
    expect(o.topics).toEqual([...o.topics].sort());
    expect(o.levels).toEqual(expect.arrayContaining(["Specialist", "Universal"]));
    expect(o.audiences.length).toBeGreaterThan(0);
    expect(o.districts).toEqual(["North", "South"]);
  });
});
