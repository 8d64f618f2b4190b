// Admins taking each other's admin role away at the same moment. The save takes every admin's row FOR UPDATE
// before it counts them (lib/people/change-roles.ts), so a second save waits for the first and sees the admins as
// they are after it: whatever the interleaving, the partnership never ends up with no admin. Real parallel
// transactions with TEST_DATABASE_URL (PostgreSQL); on PGlite (one connection) the calls run one after another,
// which checks the outcomes but not the locking.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { person } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { changePersonRoles, type RoleChangeResult } from "@/lib/people";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { usingRealPostgres, useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const ROUNDS = usingRealPostgres() ? 40 : 5;

beforeAll(async () => {
  await givenPartnership(await getDb());
});

/** A moment's pause (0–2 ms) so the calls start in a different order each round. */
const jitter = () => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 3)));

/** Exactly these people are admins (everyone else who was loses the role, directly in the database). */
async function onlyAdmins(n: number): Promise<Actor[]> {
  const db = await getDb();
  await db.update(person).set({ roles: ["learner"] }).where(sql`${person.roles} @> array['admin']::role[]`);
  return Promise.all(Array.from({ length: n }, (_, i) => givenPerson(db, { roles: ["learner", "admin"], name: `Admin ${i + 1}` })));
}

async function adminCount(): Promise<number> {
  const db = await getDb();
  const rows = await db.select({ id: person.id }).from(person).where(sql`${person.roles} @> array['admin']::role[]`);
  return rows.length;
}

type Outcome = { saved: boolean; refusal?: string };
async function demote(by: Actor, target: Actor): Promise<Outcome> {
  await jitter();
  try {
    const r: RoleChangeResult = await changePersonRoles(by, { personId: target.id, roles: [], confirmTrainerRemoval: false });
    return r.ok ? { saved: r.changed } : { saved: false, refusal: r.errors.roles };
  } catch (e) {
    if (e instanceof AuthorizationError) return { saved: false, refusal: `${e.status}` };
    throw e;
  }
}

describe("admins removing each other's admin role at the same moment", () => {
  it(`two admins, each removing the other's role: one is saved, the other refused, one admin is left (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const [a, b] = await onlyAdmins(2);
      const outcomes = await Promise.all([demote(a, b), demote(b, a)]);
      expect(outcomes.filter((o) => o.saved), `round ${round}`).toHaveLength(1);
      const refused = outcomes.find((o) => !o.saved)!;
      // The save that waited sees that the other admin is now the only one.
      expect(refused.refusal).toMatch(/^Admin [12] is the only admin\. Make someone else an admin before removing this role$/);
      expect(await adminCount(), `round ${round}`).toBe(1);
    }
  });

  it(`three admins in a ring (A removes B, B removes C, C removes A): never fewer than one admin (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const [a, b, c] = await onlyAdmins(3);
      const outcomes = await Promise.all([demote(a, b), demote(b, c), demote(c, a)]);
      const saved = outcomes.filter((o) => o.saved).length;
      expect(saved).toBeGreaterThanOrEqual(1);
      // Whoever lost the role before their own save ran was refused (no longer an admin: 403, or the last one).
      for (const o of outcomes.filter((x) => !x.saved)) expect(o.refusal).toMatch(/^403$|is the only admin/);
      const left = await adminCount();
      expect(left, `round ${round}`).toBeGreaterThanOrEqual(1);
      expect(left + saved).toBe(3);
    }
  });
});
