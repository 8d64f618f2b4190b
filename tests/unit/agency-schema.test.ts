// The business unit's organisation form: a name (tidied, required, up to 150 characters, never read as a spreadsheet
// formula), a sector from the list and a district or "No district". Whether the name is free and the district is the
// partnership's is the database's to say (tests/integration/organisations-admin.test.ts).
import { describe, expect, it } from "vitest";
import { agencySchema, agencyValues, SECTOR_CHOICES } from "@/lib/partnership/agency-schema";
import { SECTORS } from "@/lib/reports/filters-schema";
import { parseForm } from "@/lib/ui/form-state";

const fd = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
};
const good = { name: "Norfolk Constabulary", sector: "police", district: "Norwich" };
const errorsOf = (values: Record<string, string>) => {
  const r = parseForm(agencySchema, fd(values));
  return r.ok ? {} : r.state.errors;
};

describe("organisation form", () => {
  it("reads a name, a sector and a district", () => {
    expect(agencySchema.parse(good)).toEqual({ name: "Norfolk Constabulary", sector: "police", district: "Norwich" });
  });

  it("tidies the name's spaces and keeps its case", () => {
    expect(agencySchema.parse({ ...good, name: "  Norfolk   and Norwich \t University Hospital  " }).name).toBe("Norfolk and Norwich University Hospital");
  });

  it("reads No district (an empty choice) as none", () => {
    expect(agencySchema.parse({ ...good, district: "" }).district).toBeNull();
    expect(agencySchema.parse({ ...good, district: "   " }).district).toBeNull();
  });

  it("asks for a name, with the message next to the field", () => {
    expect(errorsOf({ ...good, name: "" })).toEqual({ name: "Enter the organisation's name" });
    expect(errorsOf({ ...good, name: "    " })).toEqual({ name: "Enter the organisation's name" });
    expect(errorsOf({ sector: "police", district: "" })).toEqual({ name: "Enter the organisation's name" });
  });

  it("takes names up to 150 characters", () => {
    expect(agencySchema.parse({ ...good, name: "N".repeat(150) }).name).toHaveLength(150);
    expect(errorsOf({ ...good, name: "N".repeat(151) })).toEqual({ name: "The organisation's name must be 150 characters or fewer" });
    // Spaces tidied away do not count.
    expect(agencySchema.parse({ ...good, name: ` ${"N".repeat(150)}   ` }).name).toHaveLength(150);
  });

  it("refuses a name a spreadsheet would run as a formula", () => {
    for (const name of ["=HYPERLINK(\"http://evil.example\")", "+44 Services", "-Minus", "@Home"]) {
      expect(errorsOf({ ...good, name }), name).toEqual({ name: "Start the organisation's name with a letter or number" });
    }
    expect(agencySchema.parse({ ...good, name: "4Children" }).name).toBe("4Children");
    expect(agencySchema.parse({ ...good, name: "Église St Jean" }).name).toBe("Église St Jean");
  });

  it("asks for a sector from the list", () => {
    for (const sector of ["", "Police", "space_agency", "__proto__"]) expect(errorsOf({ ...good, sector }), sector).toEqual({ sector: "Select the organisation's sector" });
    expect(errorsOf({ name: "X", district: "" })).toEqual({ sector: "Select the organisation's sector" });
    for (const s of SECTORS) expect(agencySchema.parse({ ...good, sector: s }).sector).toBe(s);
  });

  it("refuses a district longer than any district can be (the list itself is checked when saving)", () => {
    expect(Object.keys(errorsOf({ ...good, district: "D".repeat(101) }))).toEqual(["district"]);
    expect(errorsOf({ name: "X", sector: "police" })).toEqual({ district: "Select one of the partnership's districts, or No district" });
  });

  it("lists every problem at once", () => {
    expect(Object.keys(errorsOf({ name: "", sector: "", district: "D".repeat(200) }))).toEqual(["name", "sector", "district"]);
  });

  it("offers every sector with its label, and fills the form from an organisation", () => {
    expect(SECTOR_CHOICES.map((c) => c.value)).toEqual([...SECTORS]);
    expect(SECTOR_CHOICES.find((c) => c.value === "childrens_services")?.label).toBe("Children's services");
    expect(agencyValues({ name: "A", sector: "health", district: null })).toEqual({ name: "A", sector: "health", district: "" });
    const back = parseForm(agencySchema, fd(agencyValues({ name: "A", sector: "health", district: "Norwich" })));
    expect(back.ok && back.data).toEqual({ name: "A", sector: "health", district: "Norwich" });
  });
});
