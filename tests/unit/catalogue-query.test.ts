import { describe, expect, it } from "vitest";
import { catalogueQueryProblems, isRealIsoDay, parseCatalogueQuery } from "@/lib/catalogue/search-schema";

describe("the catalogue's search form", () => {
  it("takes only dates that exist", () => {
    expect(isRealIsoDay("2026-12-20")).toBe(true);
    expect(isRealIsoDay("2028-02-29")).toBe(true);
    expect(isRealIsoDay("2026-02-29")).toBe(false);
    expect(isRealIsoDay("2026-13-45")).toBe(false);
    expect(parseCatalogueQuery({ from: "2026-13-45" }).from).toBeUndefined();
  });

  it("explains what it could not use, next to the field", () => {
    expect(catalogueQueryProblems({ q: "neglect", from: "2026-12-01", to: "2027-01-31" })).toEqual({});
    expect(catalogueQueryProblems({ q: "x".repeat(101) })).toEqual({ q: "Search words must be 100 characters or fewer" });
    expect(catalogueQueryProblems({ from: "2026-13-45" })).toEqual({ from: "From date must be a real date" });
    expect(catalogueQueryProblems({ from: "2027-02-01", to: "2027-01-01" })).toEqual({ to: "To date must be the same as or after the from date" });
  });

  it("searches from the start date when the range ends before it starts, rather than finding nothing", () => {
    expect(parseCatalogueQuery({ from: "2027-02-01", to: "2027-01-01" })).toMatchObject({ from: "2027-02-01", to: undefined });
  });
});
