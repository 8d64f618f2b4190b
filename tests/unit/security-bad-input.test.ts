// Bad input for every form's schema: each zod schema of lib/**/*-schema.ts (one per form) is fed empty fields,
// 10,000-character strings, script tags, SQL-looking text, negative numbers, impossible dates (31/02/2026),
// unknown ids and values of the wrong type, exactly the way a server action parses a POST (parseForm). Nothing
// may throw (a throw would be a 500), form schemas must refuse it with field errors, and the GET query parsers
// (catalogue search, report filters, statement period) must drop or flag it.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseForm } from "@/lib/ui/form-state";
import { parsePeriod } from "@/lib/charges/period";
import { parseReportFilters } from "@/lib/reports/filters-schema";
import { marksFromForm } from "@/lib/attendance/register-schema";
import { safeCallbackPath } from "@/lib/auth/sign-in-schema";

const LONG = "<script>alert(1)</script>'; DROP TABLE booking;-- ".repeat(200).slice(0, 10_000);
const GARBAGE: Record<string, string> = {
  empty: "",
  spaces: "    ",
  long: LONG,
  script: "<script>alert(1)</script>",
  sql: "' OR 1=1; --",
  negative: "-5",
  huge: "99999999999999999999",
  notANumber: "NaN",
  impossibleDate: "2026-02-31",
  ukImpossibleDate: "31/02/2026",
  unknownId: "999999999",
  proto: "__proto__",
};

type AnySchema = { safeParse: (v: unknown) => { success: boolean }; shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } };
function isSchema(v: unknown): v is AnySchema {
  return Boolean(v && typeof v === "object" && typeof (v as AnySchema).safeParse === "function");
}
/** The field names of an object schema, through refinements, pipes and transforms. */
function keysOf(s: unknown, depth = 0): string[] {
  if (!s || typeof s !== "object" || depth > 5) return [];
  const shape = (s as AnySchema).shape;
  if (shape && typeof shape === "object") return Object.keys(shape);
  const def = (s as AnySchema)._zod?.def ?? {};
  for (const k of ["in", "innerType", "schema", "left"]) {
    const keys = keysOf(def[k], depth + 1);
    if (keys.length) return keys;
  }
  return [];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/(-schema|^schemas)\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const QUERY_SCHEMAS = new Set(["catalogueQuerySchema", "reportFiltersSchema"]); // GET filters: drop bad values by design
/** Forms whose every field may be blank, with the reason. */
const BLANK_ALLOWED: Record<string, string> = {
  bookingNeedsSchema: "access and dietary needs are optional",
  coSignSchema: "a hidden token field; a blank or forged token fails the signature check (security-authz-matrix)",
};

async function loadSchemas(): Promise<{ name: string; file: string; schema: AnySchema; keys: string[] }[]> {
  const out = [];
  for (const file of walk("lib")) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!isSchema(value)) continue;
      const keys = keysOf(value);
      if (keys.length) out.push({ name, file, schema: value, keys });
    }
  }
  return out;
}

function fdWith(keys: string[], value: string | ((k: string) => string)): FormData {
  const fd = new FormData();
  for (const k of keys) fd.append(k, typeof value === "string" ? value : value(k));
  return fd;
}

describe("every form schema survives bad input", () => {
  it("finds the forms' schemas", async () => {
    const schemas = await loadSchemas();
    expect(schemas.length).toBeGreaterThanOrEqual(20);
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining(["signInSchema", "profileSchema", "opportunitySchema", "sessionSchema", "walkInSchema", "applySchema", "policySettingsSchema", "partnershipDetailsSchema", "agencySchema"]));
  });

  it("never throws, and refuses empty, 10k-character and wrong-typed input with field errors", async () => {
    const problems: string[] = [];
    for (const { name, file, schema, keys } of await loadSchemas()) {
      const query = QUERY_SCHEMAS.has(name);
      for (const [label, value] of Object.entries(GARBAGE)) {
        let parsed;
        try {
          parsed = parseForm(schema as never, fdWith(keys, value));
        } catch (e) {
          problems.push(`${file} ${name} threw on ${label}: ${(e as Error).message}`);
          continue;
        }
        if (query) continue;
        if ((label === "long" || ((label === "empty" || label === "spaces") && !BLANK_ALLOWED[name])) && parsed.ok) problems.push(`${file} ${name} accepted ${label} input`);
        if (!parsed.ok && Object.keys(parsed.state.errors).length === 0) problems.push(`${file} ${name}: ${label} refused without a field error`);
      }
      // Wrong types straight into the schema (a crafted request body): arrays, objects, numbers, null.
      for (const wrong of [[], {}, 42, null, true, ["a", "b"]]) {
        try {
          const r = schema.safeParse(Object.fromEntries(keys.map((k) => [k, wrong])));
          if (!query && r.success && wrong !== null) problems.push(`${file} ${name} accepted ${JSON.stringify(wrong)} for every field`);
        } catch (e) {
          problems.push(`${file} ${name} threw on ${JSON.stringify(wrong)}: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps only safe values from a garbage catalogue search and report filter query", async () => {
    const { catalogueQuerySchema } = await import("@/lib/catalogue/search-schema");
    const q = catalogueQuerySchema.parse({ q: LONG, from: "2026-02-31x", to: "31/02/2026", type: "__proto__", mode: "<script>", available: "maybe", page: "-3" }) as Record<string, unknown>;
    expect(q.q).toBeUndefined(); // longer than the 100-character limit: dropped
    expect(q.type).toBeUndefined();
    expect(q.from).toBeUndefined();
    expect(q.to).toBeUndefined();
    expect(q.mode).toBeUndefined();

    for (const params of [
      { from: "2026-02-31", to: "2026-13-01" },
      { from: LONG, agencyId: "abc", sessionId: "-1", opportunityId: "1e309" },
      { sector: "<script>", scope: "__proto__", district: LONG },
      { from: "2026-12-01", to: "2026-01-01" },
    ]) {
      const { filters, errors } = parseReportFilters(params);
      const leaked = JSON.stringify(filters);
      expect(leaked).not.toContain("<script>");
      expect(leaked.length).toBeLessThan(1000);
      expect(Object.keys(errors).length + Object.keys(filters).length).toBeGreaterThanOrEqual(0);
      if (params.from === "2026-02-31") expect(Object.keys(errors).length, JSON.stringify(params)).toBeGreaterThan(0);
    }
  });

  it("refuses impossible statement periods and register marks, and keeps sign-in return paths on this site", () => {
    for (const p of ["", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "-2026-01", "31/02/2026", LONG, "2026-02-31"]) expect(parsePeriod(p), p).toBeNull();
    expect(parsePeriod("2026-11")).not.toBeNull();
    const { errors } = marksFromForm({ "attendance-1": "<script>", "note-1": LONG, "attendance-abc": "attended" });
    expect(Object.keys(errors).length).toBeGreaterThan(0);
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", LONG]) {
      const safe = safeCallbackPath(bad);
      expect(safe.startsWith("/") && !safe.startsWith("//") && !safe.startsWith("/\\"), bad.slice(0, 40)).toBe(true);
    }
  });
});

describe("ids beyond PostgreSQL's integer range are stopped at the edge", () => {
  it("isDbId / dbIdFrom accept 1..2^31-1 only, and the server sends oversized path ids to not-found", async () => {
    const { isDbId, dbIdFrom, MAX_DB_ID } = await import("@/lib/ids");
    const { hasOversizedId } = await import("@/lib/security/headers");
    expect(isDbId(1) && isDbId(MAX_DB_ID)).toBe(true);
    for (const n of [0, -1, 1.5, MAX_DB_ID + 1, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, "12"]) expect(isDbId(n), String(n)).toBe(false);
    expect(dbIdFrom("12")).toBe(12);
    for (const s of ["", "abc", "-1", "1e3", "2147483648", "99999999999999999999", " 1 2"]) expect(dbIdFrom(s), s).toBeNull();
    expect(hasOversizedId("/admin/safer/2147483648")).toBe(true);
    expect(hasOversizedId("/trainer/sessions/99999999999999999999/walk-in")).toBe(true);
    expect(hasOversizedId("/admin/safer/2147483647")).toBe(false);
    expect(hasOversizedId("/catalogue/some-course-2026")).toBe(false);
  });

  it("the forms' id fields refuse an id beyond the integer range", async () => {
    const { decisionSchema } = await import("@/lib/membership/decision-schema");
    const { reviewSchema } = await import("@/lib/resources/resource-schema");
    const { checkInSchema } = await import("@/lib/attendance/check-in-schema");
    const { parseReportFilters: filters } = await import("@/lib/reports/filters-schema");
    expect(decisionSchema.safeParse({ membershipId: "2147483648", decision: "approve" }).success).toBe(false);
    expect(reviewSchema.safeParse({ resourceId: "2147483648", "reviewedOn-day": "1", "reviewedOn-month": "1", "reviewedOn-year": "2026" }).success).toBe(false);
    expect(checkInSchema.safeParse({ code: "ABC123", session: "2147483648" }).success).toBe(false);
    expect(filters({ agencyId: "2147483648", sessionId: "99999999999", opportunityId: "1" }).filters).toEqual({ opportunityId: 1 });
  });
});

describe("names that are Object.prototype keys are not mistaken for known values", () => {
  it("refuses an upload named like an inherited property", async () => {
    const { checkUpload } = await import("@/lib/resources/rules");
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    for (const name of ["policy.constructor", "policy.__proto__", "policy.toString", "policy.hasOwnProperty"]) {
      expect(checkUpload(name, zip).ok, name).toBe(false);
    }
    expect(checkUpload("policy.docx", zip).ok).toBe(true);
  });
});
