import { describe, expect, it } from "vitest";
import { signInSchema, safeCallbackPath } from "@/lib/auth/sign-in-schema";
import { profileSchema } from "@/lib/people/profile-schema";
import { formDataToObject, parseForm } from "@/lib/ui/form-state";

const fd = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("form parsing", () => {
  it("keeps every value of multi-value fields and drops Next's action fields", () => {
    expect(formDataToObject(fd([["a", "1"], ["t", "x"], ["t", "y"], ["$ACTION_ID_1", ""]]), ["t", "u"])).toEqual({ a: "1", t: ["x", "y"], u: [] });
  });

  it("gives a GOV.UK style message per field for bad sign-in input", () => {
    const empty = parseForm(signInSchema, fd([["email", " "]]));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.state.errors.email).toBe("Enter your work email address");
    const bad = parseForm(signInSchema, fd([["email", "not-an-email"]]));
    if (!bad.ok) expect(bad.state.errors.email).toMatch(/correct format/);
    const good = parseForm(signInSchema, fd([["email", "  Person@Example.org "]]));
    expect(good.ok && good.data.email).toBe("Person@Example.org");
  });

  it("requires every profile answer", () => {
    const r = profileSchema.safeParse({ name: "", jobTitle: "", agencyId: "", lineManagerEmail: "x" });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["name", "jobTitle", "agencyId", "lineManagerEmail"]));
  });

  it("only returns to same-site paths after sign-in", () => {
    expect(safeCallbackPath("/catalogue/x")).toBe("/catalogue/x");
    expect(safeCallbackPath("https://evil.example")).toBe("/welcome");
    expect(safeCallbackPath("//evil.example")).toBe("/welcome");
    expect(safeCallbackPath("/\\evil.example")).toBe("/welcome");
    expect(safeCallbackPath(undefined)).toBe("/welcome");
  });
});
