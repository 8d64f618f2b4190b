// The business unit gives and takes away the trainer and admin roles (People and roles), and adds people who have
// not signed in yet so they can be chosen as trainers at once.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, person, sessionTrainer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { getAuthOptions } from "@/lib/auth/options";
import { listTrainers } from "@/lib/catalogue-admin";
import { addPerson, changePersonRoles, findPeople, getPersonForAdmin } from "@/lib/people";
import { PEOPLE_LIST_LIMIT } from "@/lib/people/labels";
import { givenOpportunity, givenSession } from "../support/catalogue-admin";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
let admin: Actor;

beforeAll(async () => {
  const db = await getDb();
  await givenPartnership(db);
  admin = await givenPerson(db, { roles: ["learner", "admin"], name: "Alex Admin" });
});

const roles = (input: { personId: string; roles?: ("trainer" | "admin")[]; confirm?: boolean }) => ({
  personId: input.personId,
  roles: input.roles ?? [],
  confirmTrainerRemoval: input.confirm ?? false,
});

async function rolesOf(id: string) {
  const db = await getDb();
  const [p] = await db.select({ roles: person.roles }).from(person).where(eq(person.id, id));
  return p.roles;
}

async function auditFor(id: string) {
  const db = await getDb();
  return db.select().from(auditEvent).where(and(eq(auditEvent.entityId, id), eq(auditEvent.action, "person.roles-changed")));
}

describe("giving and taking away roles", () => {
  it("makes a learner a trainer (they appear among sessions' trainers at once) and takes it away again, audited", async () => {
    const db = await getDb();
    const jo = await givenPerson(db, { name: "Jo Newtrainer" });
    expect((await listTrainers(admin)).map((t) => t.id)).not.toContain(jo.id);

    const granted = await changePersonRoles(admin, roles({ personId: jo.id, roles: ["trainer"] }));
    expect(granted).toEqual({ ok: true, changed: true, before: ["learner"], after: ["learner", "trainer"], trainerSessionsKept: 0 });
    expect(await rolesOf(jo.id)).toEqual(["learner", "trainer"]);
    expect((await listTrainers(admin)).map((t) => t.id)).toContain(jo.id);

    const revoked = await changePersonRoles(admin, roles({ personId: jo.id }));
    expect(revoked).toMatchObject({ ok: true, changed: true, after: ["learner"] });
    expect((await listTrainers(admin)).map((t) => t.id)).not.toContain(jo.id);

    const audit = await auditFor(jo.id);
    expect(audit.map((a) => [a.actorId, a.details])).toEqual([
      [admin.id, { before: ["learner"], after: ["learner", "trainer"] }],
      [admin.id, { before: ["learner", "trainer"], after: ["learner"] }],
    ]);
  });

  it("makes someone an admin and lets another admin take it away; a save that changes nothing is not audited", async () => {
    const db = await getDb();
    const bea = await givenPerson(db, { name: "Bea Second" });
    expect(await changePersonRoles(admin, roles({ personId: bea.id, roles: ["admin"] }))).toMatchObject({ ok: true, changed: true, after: ["learner", "admin"] });
    expect(await changePersonRoles(admin, roles({ personId: bea.id, roles: ["admin"] }))).toMatchObject({ ok: true, changed: false });
    expect(await auditFor(bea.id)).toHaveLength(1);
    const beaActor = { ...bea, roles: ["learner", "admin"] } as Actor;
    // Bea may take Alex's admin role away (Bea stays), then Alex gets it back from Bea.
    expect(await changePersonRoles(beaActor, roles({ personId: admin.id }))).toMatchObject({ ok: true, after: ["learner"] });
    expect(await changePersonRoles(beaActor, roles({ personId: admin.id, roles: ["admin"] }))).toMatchObject({ ok: true, after: ["learner", "admin"] });
    expect(await changePersonRoles(admin, roles({ personId: bea.id }))).toMatchObject({ ok: true, after: ["learner"] });
  });

  it("keeps learner and a Safer contact's role whatever is ticked", async () => {
    const db = await getDb();
    const contact = await givenPerson(db, { roles: ["safer_contact", "learner"] });
    expect(await changePersonRoles(admin, roles({ personId: contact.id, roles: ["trainer"] }))).toMatchObject({ ok: true, after: ["learner", "trainer", "safer_contact"] });
    expect(await changePersonRoles(admin, roles({ personId: contact.id }))).toMatchObject({ ok: true, after: ["learner", "safer_contact"] });
  });

  it("refuses an admin removing their own admin role, and changes nothing", async () => {
    const r = await changePersonRoles(admin, roles({ personId: admin.id, roles: ["trainer"] }));
    expect(r).toEqual({ ok: false, errors: { roles: "You cannot remove your own admin role. Another admin can remove it if you no longer need it" } });
    expect(await rolesOf(admin.id)).toEqual(["learner", "admin"]);
  });

  it("refuses to take the role from the last admin (a caller whose own admin role went a moment ago)", async () => {
    const db = await getDb();
    // Everyone else who is an admin in this file's database has lost the role by now: Alex is the only one.
    const stale = await givenPerson(db, { name: "Was An Admin", roles: ["learner"] });
    const r = await changePersonRoles({ ...stale, roles: ["learner", "admin"] }, roles({ personId: admin.id }));
    expect(r).toEqual({ ok: false, errors: { roles: "Alex Admin is the only admin. Make someone else an admin before removing this role" } });
    expect(await rolesOf(admin.id)).toEqual(["learner", "admin"]);
    // And with the last-admin rule passed, a caller who is no longer an admin may change nobody's roles.
    const jo = await givenPerson(db);
    await expect(changePersonRoles({ ...stale, roles: ["learner", "admin"] }, roles({ personId: jo.id, roles: ["trainer"] }))).rejects.toMatchObject({ status: 403 });
    expect(await rolesOf(jo.id)).toEqual(["learner"]);
  });

  it("asks before a trainer of sessions still to come loses the role, then keeps them listed on those sessions", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["learner", "trainer"], name: "Tess Trainer" });
    const opp = await givenOpportunity(db, { title: "Working together" });
    const upcoming = await givenSession(db, opp.id);
    const long = new Date(Date.now() - 40 * 86_400_000);
    const done = await givenSession(db, opp.id, { startsAt: long, endsAt: new Date(long.getTime() + 3_600_000), registerClosedAt: new Date(long.getTime() + 7_200_000) });
    const unclosed = await givenSession(db, opp.id, { startsAt: long, endsAt: new Date(long.getTime() + 3_600_000) });
    const cancelled = await givenSession(db, opp.id, { status: "cancelled" });
    await db.insert(sessionTrainer).values([upcoming, done, unclosed, cancelled].map((s) => ({ sessionId: s.id, personId: trainer.id })));

    const page = await getPersonForAdmin(admin, trainer.id);
    expect(page?.trainerSessions.map((s) => s.sessionId)).toEqual([unclosed.id, upcoming.id]);
    expect(page?.trainerSessions[0].title).toBe("Working together");

    const asked = await changePersonRoles(admin, roles({ personId: trainer.id }));
    expect(asked).toEqual({
      ok: false,
      errors: { confirmTrainerRemoval: "Tess Trainer is a trainer of 2 sessions still to run or with an open register. Select “Remove the trainer role anyway” or keep Trainer selected" },
    });
    expect(await rolesOf(trainer.id)).toEqual(["learner", "trainer"]);

    const confirmed = await changePersonRoles(admin, roles({ personId: trainer.id, confirm: true }));
    expect(confirmed).toMatchObject({ ok: true, changed: true, after: ["learner"], trainerSessionsKept: 2 });
    const still = await db.select().from(sessionTrainer).where(eq(sessionTrainer.personId, trainer.id));
    expect(still).toHaveLength(4);
    expect((await auditFor(trainer.id))[0].details).toEqual({ before: ["learner", "trainer"], after: ["learner"], trainerSessionsKept: 2 });
  });

  it("refuses everyone but an admin, and answers not found for an unknown or anonymised person", async () => {
    const db = await getDb();
    const learner = await givenPerson(db);
    const trainer = await givenPerson(db, { roles: ["learner", "trainer"] });
    for (const caller of [learner, trainer, { ...learner, roles: ["learner", "safer_contact"] } as Actor]) {
      await expect(changePersonRoles(caller, roles({ personId: caller.id, roles: ["admin"] }))).rejects.toMatchObject({ status: 403 });
      await expect(addPerson(caller, { email: "sneaky@example.org", name: "Sneaky", roles: ["admin"] })).rejects.toBeInstanceOf(AuthorizationError);
      await expect(findPeople(caller, null)).rejects.toMatchObject({ status: 403 });
      await expect(getPersonForAdmin(caller, learner.id)).rejects.toMatchObject({ status: 403 });
    }
    await expect(changePersonRoles(null as never, roles({ personId: learner.id, roles: ["admin"] }))).rejects.toMatchObject({ status: 401 });
    expect(await rolesOf(learner.id)).toEqual(["learner"]);
    expect(await rolesOf(trainer.id)).toEqual(["learner", "trainer"]);

    const gone = await givenPerson(db);
    await db.update(person).set({ anonymisedAt: new Date() }).where(eq(person.id, gone.id));
    for (const id of ["no-such-person", gone.id, "x".repeat(5000), ""]) {
      await expect(changePersonRoles(admin, roles({ personId: id, roles: ["trainer"] }))).rejects.toMatchObject({ status: 404 });
      expect(await getPersonForAdmin(admin, id)).toBeNull();
    }
    expect(await rolesOf(gone.id)).toEqual(["learner"]);
  });
});

describe("adding a person who has not signed in yet", () => {
  it("creates them with their roles, in lower case, so they are a trainer now and sign-in finds this row", async () => {
    const db = await getDb();
    const r = await addPerson(admin, { email: "Nia.Newcomer@Police.Example.org", name: "Nia Newcomer", roles: ["trainer"] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [p] = await db.select().from(person).where(eq(person.id, r.personId));
    expect(p).toMatchObject({ email: "nia.newcomer@police.example.org", name: "Nia Newcomer", roles: ["learner", "trainer"], profileCompletedAt: null, emailVerified: null });
    expect((await listTrainers(admin)).find((t) => t.id === r.personId)).toEqual({ id: r.personId, name: "Nia Newcomer", email: "nia.newcomer@police.example.org" });
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.entityId, r.personId), eq(auditEvent.action, "person.added")));
    expect(audit).toMatchObject({ actorId: admin.id, details: { email: "nia.newcomer@police.example.org", name: "Nia Newcomer", roles: ["learner", "trainer"] } });

    // next-auth redeems the magic link for the address our sign-in stored (lower case) and looks the person up by it.
    const adapter = (await getAuthOptions()).adapter!;
    const user = await adapter.getUserByEmail!("nia.newcomer@police.example.org");
    expect(user?.id).toBe(r.personId);

    const page = await getPersonForAdmin(admin, r.personId);
    expect(page).toMatchObject({ roles: ["learner", "trainer"], profileComplete: false, signedIn: false, organisation: null });
  });

  it("refuses an address someone already has, in any case, and names them", async () => {
    const db = await getDb();
    const agency = await givenAgency(db, "Norfolk Police");
    const existing = await givenPerson(db, { email: "priya.shah@example.org", name: "Priya Shah", agencyId: agency.id });
    const before = await db.select({ id: person.id }).from(person);
    const r = await addPerson(admin, { email: "Priya.Shah@EXAMPLE.org", name: "Someone Else", roles: ["admin"] });
    expect(r).toEqual({ ok: false, errors: { email: "Priya Shah already has this email address" }, existing: { id: existing.id, name: "Priya Shah" } });
    expect(await db.select({ id: person.id }).from(person)).toHaveLength(before.length);
    expect(await rolesOf(existing.id)).toEqual(["learner"]);
  });

  it("two adds of one address at the same moment make one person", async () => {
    const results = await Promise.all([
      addPerson(admin, { email: "twin@example.org", name: "Twin One", roles: ["trainer"] }),
      addPerson(admin, { email: "TWIN@example.org", name: "Twin Two", roles: [] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, errors: { email: expect.stringMatching(/^Twin (One|Two) already has this email address$/) } });
  });
});

describe("finding people", () => {
  it("lists trainers and admins by default, searches name and email in any case, and never lists anonymised people", async () => {
    const db = await getDb();
    const agency = await givenAgency(db, "Broadland Primary");
    const ravi = await givenPerson(db, { name: "Ravi O'Neill-Zed", email: "ravi.zed@broadland.example.org", agencyId: agency.id });
    const gone = await givenPerson(db, { name: "Ravi Gone", email: "ravi.gone@example.org", roles: ["learner", "trainer"] });
    await db.update(person).set({ anonymisedAt: new Date() }).where(eq(person.id, gone.id));

    const byDefault = await findPeople(admin, null);
    expect(byDefault.rows.every((r) => r.roles.includes("trainer") || r.roles.includes("admin"))).toBe(true);
    expect(byDefault.rows.map((r) => r.id)).toContain(admin.id);
    expect(byDefault.rows.map((r) => r.id)).not.toContain(ravi.id);
    expect(byDefault.rows.map((r) => r.id)).not.toContain(gone.id);

    const byName = await findPeople(admin, "o'neill");
    expect(byName.rows).toEqual([{ id: ravi.id, name: "Ravi O'Neill-Zed", email: "ravi.zed@broadland.example.org", organisation: agency.name, roles: ["learner"] }]);
    expect((await findPeople(admin, "BROADLAND.EXAMPLE")).rows.map((r) => r.id)).toEqual([ravi.id]);
    expect((await findPeople(admin, "ravi")).rows.map((r) => r.id)).toEqual([ravi.id]);
    expect((await findPeople(admin, "%")).rows).toEqual([]);
  });

  it(`lists at most ${PEOPLE_LIST_LIMIT} and says there are more`, async () => {
    const db = await getDb();
    for (let i = 0; i < PEOPLE_LIST_LIMIT + 1; i++) await givenPerson(db, { name: `Manyname ${String(i).padStart(2, "0")}` });
    const r = await findPeople(admin, "manyname");
    expect(r.rows).toHaveLength(PEOPLE_LIST_LIMIT);
    expect(r.more).toBe(true);
    expect(r.rows[0].name).toBe("Manyname 00");
  });
});
