import { describe, expect, it } from "vitest";
import { venueLine } from "@/lib/catalogue/venue";

describe("a venue in one line", () => {
  it("writes the name, then the address", () => {
    expect(venueLine("County Hall", "Martineau Lane, Norwich NR1 2DH")).toBe("County Hall, Martineau Lane, Norwich NR1 2DH");
  });
  it("does not repeat a name the address already starts with, whatever its case", () => {
    expect(venueLine("County Hall", "County Hall, Martineau Lane, Norwich NR1 2DH")).toBe("County Hall, Martineau Lane, Norwich NR1 2DH");
    expect(venueLine("The Forum ", "the forum, Millennium Plain")).toBe("the forum, Millennium Plain");
  });
  it("copes with either part missing", () => {
    expect(venueLine("County Hall", null)).toBe("County Hall");
    expect(venueLine(null, "Martineau Lane")).toBe("Martineau Lane");
    expect(venueLine(null, undefined)).toBe("");
  });
});
