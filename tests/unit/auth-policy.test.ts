import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, assertSelfOrAdmin, assertTrainerOf, can } from "@/lib/auth/policy";
import { AuthorizationError } from "@/lib/auth/errors";
import type { Role } from "@/lib/auth/roles";

const actor = (id: string, ...roles: Role[]): Actor => ({
  id,
  email: `${id}@example.org`,
  name: id,
  jobTitle: null,
  agencyId: 1,
  lineManagerEmail: null,
  roles,
  profileComplete: true,
});

describe("authorization policy", () => {
  it("lets only business unit admins manage the catalogue, reports, charges and memberships", () => {
    for (const p of ["catalogue:manage", "reports:view", "charges:manage", "membership:manage", "audit:view", "people:manage"] as const) {
      expect(can(actor("a", "admin"), p)).toBe(true);
      expect(can(actor("l", "learner"), p)).toBe(false);
      expect(can(actor("t", "trainer"), p)).toBe(false);
      expect(can(actor("s", "safer_contact"), p)).toBe(false);
      expect(can(null, p)).toBe(false);
    }
  });

  it("refuses anonymous callers with 401 and the wrong role with 403", () => {
    expect(() => assertCan(null, "reports:view")).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => assertCan(actor("l", "learner"), "reports:view")).toThrow(AuthorizationError);
    expect(() => assertCan(actor("l", "learner"), "reports:view")).toThrow(expect.objectContaining({ status: 403 }));
  });

  it("lets people touch their own records only, unless they are an admin", () => {
    expect(() => assertSelfOrAdmin(actor("me", "learner"), "me")).not.toThrow();
    expect(() => assertSelfOrAdmin(actor("me", "learner"), "someone-else")).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => assertSelfOrAdmin(actor("boss", "admin"), "someone-else")).not.toThrow();
  });

  it("lets only a session's own trainers take its register", () => {
    expect(() => assertTrainerOf(actor("t1", "trainer"), ["t1", "t2"])).not.toThrow();
    expect(() => assertTrainerOf(actor("t3", "trainer"), ["t1", "t2"])).toThrow(AuthorizationError);
    expect(() => assertTrainerOf(actor("t1", "learner"), ["t1"])).toThrow(AuthorizationError);
    expect(() => assertTrainerOf(actor("a", "admin"), ["t1"])).not.toThrow();
  });
});
