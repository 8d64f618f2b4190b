// Removing a district while a session or a Safer application using it is being saved. The removal takes the
// partnership row FOR UPDATE and counts what is in the district; every save that checks a district against the
// list holds the row FOR SHARE until it commits. Whatever the interleaving, either the removal is refused (the save
// came first and is counted) or the save is refused (it sees the new list): never a session or organisation in a
// district the partnership no longer has. Real parallel transactions with TEST_DATABASE_URL (PostgreSQL); on
// PGlite (one connection) the same calls run one after another, which checks the outcomes but not the locking.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisation, partnership, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createSession, updateSession } from "@/lib/catalogue-admin";
import { applyForMembership } from "@/lib/membership";
import { getPartnershipDetails, updatePartnershipDetails } from "@/lib/partnership/details";
import { givenOpportunity, givenSession, sessionAnswers } from "../support/catalogue-admin";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { usingRealPostgres, useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const ROUNDS = usingRealPostgres() ? 40 : 5;
let admin: Actor;

beforeAll(async () => {
  const db = await getDb();
  await givenPartnership(db);
  admin = await givenPerson(db, { roles: ["admin"] });
});

/** A moment's pause (0–2 ms) so the calls start in a different order each round. */
const jitter = () => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 3)));

const application = (district: string, n: number) => ({
  name: `Race Juniors ${n}`,
  charityNumber: "",
  companyNumber: "",
  orgType: "Sports club" as const,
  district,
  sizeBand: "11 to 50" as const,
  leadName: "Sam Lead",
  leadEmail: `lead${n}@example.org`,
  leadPhone: "01632 960 001",
});

describe("removing a district while sessions and applications are saved with it", () => {
  it(`never leaves a session or Safer organisation in a removed district (${ROUNDS} rounds)`, async () => {
    const db = await getDb();
    const opp = await givenOpportunity(db);
    const outcomes = { removed: 0, refused: 0 };
    // Districts a refused removal kept (sessions are in them now).
    let kept = ["North", "South"];
    for (let round = 1; round <= ROUNDS; round++) {
      const district = `Race ${round}`;
      await db.update(partnership).set({ districts: [...kept, district] });
      const details = await getPartnershipDetails(admin);
      const moving = await givenSession(db, opp.id, { district: "North" });
      const applicant = await givenPerson(db);

      const [removal, created, moved, applied] = await Promise.all([
        jitter().then(() => updatePartnershipDetails(admin, { ...details, districts: kept })),
        jitter().then(() => createSession(admin, opp.id, sessionAnswers({ district }))),
        jitter().then(() => updateSession(admin, moving.id, sessionAnswers({ district }))),
        jitter().then(() => applyForMembership(applicant, application(district, round))),
      ]);
      const saves = [created, moved, applied];

      if (removal.ok) {
        outcomes.removed++;
        // Every save came after the removal, saw the new list and was refused with the form's own message.
        expect(created).toEqual({ ok: false, errors: { district: "Select the district" } });
        expect(moved).toEqual({ ok: false, errors: { district: "Select the district" } });
        expect(applied).toEqual({ ok: false, errors: { district: "Select the district your organisation is based in" } });
      } else {
        outcomes.refused++;
        expect(removal.errors.districts).toMatch(new RegExp(`^You cannot remove ${district} because .* in it\\. Keep it in the list$`));
        for (const s of saves) expect(s.ok).toBe(true);
      }

      const [p] = await db.select({ districts: partnership.districts }).from(partnership);
      expect(p.districts).toEqual(removal.ok ? kept : [...kept, district]);
      if (!removal.ok) kept = p.districts;
      const inDistrict = [
        ...(await db.select({ id: session.id }).from(session).where(eq(session.district, district))),
        ...(await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.district, district))),
      ];
      expect(inDistrict.length).toBe(removal.ok ? 0 : saves.length);
    }

    // Nothing anywhere is in a district the partnership does not have.
    const [p] = await db.select({ districts: partnership.districts }).from(partnership);
    const strays = [
      ...(await db.select({ d: session.district }).from(session)),
      ...(await db.select({ d: organisation.district }).from(organisation)),
    ].filter((r) => r.d != null && !p.districts.includes(r.d));
    expect(strays).toEqual([]);
    expect(outcomes.removed + outcomes.refused).toBe(ROUNDS);
  });
});
