// The business unit manages the organisations people choose on their profile: adds one, changes its name, sector or
// district, and is told plainly when a name is taken or a district is not the partnership's. Each story posts the
// form the way its server action does (parse with the form's schema, then save). The races run real parallel
// transactions with TEST_DATABASE_URL (PostgreSQL); on PGlite (one connection) the same calls run one after another.
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { agency, auditEvent, partnership } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { addAgency, agencyDistrictChoices, agencySchema, changeAgency, getAgencyForAdmin, listAgenciesForAdmin, type AgencyInput } from "@/lib/partnership/agencies";
import { getPartnershipDetails, updatePartnershipDetails } from "@/lib/partnership/details";
import { listAgencies, saveProfile } from "@/lib/people";
import { reportFilterOptions } from "@/lib/reports";
import { parseForm } from "@/lib/ui/form-state";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { usingRealPostgres, useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
let admin: Actor;
let others: Record<string, Actor>;

beforeAll(async () => {
  process.env.REPORT_CACHE_SECONDS = "60";
  const db = await getDb();
  await givenPartnership(db);
  admin = await givenPerson(db, { roles: ["admin"] });
  others = { learner: await givenPerson(db), trainer: await givenPerson(db, { roles: ["trainer"] }), safer: await givenPerson(db, { roles: ["learner", "safer_contact"] }) };
});

beforeEach(async () => {
  const db = await getDb();
  await db.update(partnership).set({ districts: ["North", "South"] });
});

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
};

/** What addOrganisationAction does. */
async function postNew(actor: Actor, values: Record<string, string>) {
  const parsed = parseForm(agencySchema, form(values));
  if (!parsed.ok) return { ok: false as const, errors: parsed.state.errors };
  return addAgency(actor, parsed.data);
}

/** What changeOrganisationAction does. */
async function postChange(actor: Actor, agencyId: number, values: Record<string, string>) {
  const parsed = parseForm(agencySchema, form(values));
  if (!parsed.ok) return { ok: false as const, errors: parsed.state.errors };
  return changeAgency(actor, agencyId, parsed.data);
}

async function agencyRows() {
  const db = await getDb();
  return db.select({ id: agency.id, name: agency.name, sector: agency.sector, district: agency.district }).from(agency).orderBy(agency.id);
}

async function auditOf(action: string, agencyId: number) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvent)
    .where(sql`${auditEvent.action} = ${action} and ${auditEvent.entityId} = ${String(agencyId)}`)
    .orderBy(auditEvent.id);
}

let n = 0;
const unique = (name: string) => `${name} ${++n}`;

describe("adding an organisation", () => {
  it("adds it with its sector and district, audited; it is listed with nobody in it and people can choose it at once", async () => {
    const name = unique("Norfolk Youth Offending Team");
    const result = await postNew(admin, { name: `  ${name.replace(/ /g, "   ")} `, sector: "probation", district: "North" });
    expect(result).toMatchObject({ ok: true, changed: ["name", "sector", "district"] });
    if (!result.ok) return;

    expect(await getAgencyForAdmin(admin, result.id)).toEqual({ id: result.id, name, sector: "probation", district: "North" });
    expect((await listAgenciesForAdmin(admin)).find((a) => a.id === result.id)).toEqual({ id: result.id, name, sector: "probation", district: "North", people: 0 });
    const [audit] = await auditOf("agency.added", result.id);
    expect(audit).toMatchObject({ actorId: admin.id, entity: "agency", details: { name, sector: "probation", district: "North" } });

    // A learner picks it on their profile; the list counts them.
    expect((await listAgencies()).map((a) => a.name)).toContain(name);
    expect(await saveProfile(others.learner, others.learner.id, { name: "Lee Learner", jobTitle: "YOT officer", agencyId: result.id, lineManagerEmail: "boss@example.org" })).toEqual({ ok: true });
    expect((await listAgenciesForAdmin(admin)).find((a) => a.id === result.id)?.people).toBe(1);
    // The reports' organisation filter has it now, not a minute later.
    expect((await reportFilterOptions(admin)).agencies.map((a) => a.name)).toContain(name);
  });

  it("takes No district", async () => {
    const result = await postNew(admin, { name: unique("Norfolk-wide Helpline"), sector: "voluntary", district: "" });
    expect(result.ok).toBe(true);
    if (result.ok) expect((await getAgencyForAdmin(admin, result.id))?.district).toBeNull();
  });

  it("refuses a name that is taken, in any case, naming the organisation that has it; nothing is added", async () => {
    const db = await getDb();
    const existing = await givenAgency(db, "Norfolk Constabulary");
    const before = await agencyRows();
    for (const name of [existing.name, existing.name.toUpperCase(), `  ${existing.name.toLowerCase()}  `]) {
      expect(await postNew(admin, { name, sector: "police", district: "" }), name).toEqual({ ok: false, errors: { name: `An organisation called ${existing.name} already exists` } });
    }
    expect(await agencyRows()).toEqual(before);
  });

  it("refuses a district that is not the partnership's, and bad input, with a message next to each field; nothing is added", async () => {
    const before = await agencyRows();
    expect(await postNew(admin, { name: unique("Somewhere Else Trust"), sector: "health", district: "Atlantis" })).toEqual({
      ok: false,
      errors: { district: "Select one of the partnership's districts, or No district" },
    });
    expect(await postNew(admin, { name: "", sector: "", district: "" })).toEqual({ ok: false, errors: { name: "Enter the organisation's name", sector: "Select the organisation's sector" } });
    expect(await postNew(admin, { name: "N".repeat(151), sector: "health", district: "North" })).toEqual({ ok: false, errors: { name: "The organisation's name must be 150 characters or fewer" } });
    // A taken name and a bad district are both reported at once.
    const [first] = before;
    expect(await postNew(admin, { name: first.name, sector: "health", district: "Atlantis" })).toEqual({
      ok: false,
      errors: { name: `An organisation called ${first.name} already exists`, district: "Select one of the partnership's districts, or No district" },
    });
    expect(await agencyRows()).toEqual(before);
  });
});

describe("changing an organisation", () => {
  it("changes its name, sector and district; the audit records each change from and to", async () => {
    const db = await getDb();
    const a = await givenAgency(db, "Acorn Nursery", "early_years");
    const renamed = unique("Acorn Day Nursery");
    const result = await postChange(admin, a.id, { name: renamed, sector: "education", district: "South" });
    expect(result).toEqual({ ok: true, id: a.id, changed: ["name", "sector", "district"] });
    expect(await getAgencyForAdmin(admin, a.id)).toEqual({ id: a.id, name: renamed, sector: "education", district: "South" });
    const [audit] = await auditOf("agency.changed", a.id);
    expect(audit).toMatchObject({
      actorId: admin.id,
      entity: "agency",
      details: { name: { from: a.name, to: renamed }, sector: { from: "early_years", to: "education" }, district: { from: "North", to: "South" } },
    });

    // One field: only it is recorded.
    expect(await postChange(admin, a.id, { name: renamed, sector: "education", district: "" })).toEqual({ ok: true, id: a.id, changed: ["district"] });
    const audits = await auditOf("agency.changed", a.id);
    expect(audits).toHaveLength(2);
    expect(audits[1].details).toEqual({ district: { from: "South", to: null } });
  });

  it("saving it unchanged changes nothing and records nothing", async () => {
    const db = await getDb();
    const a = await givenAgency(db, "Unchanged Surgery");
    expect(await postChange(admin, a.id, { name: a.name, sector: a.sector, district: a.district ?? "" })).toEqual({ ok: true, id: a.id, changed: [] });
    expect(await auditOf("agency.changed", a.id)).toEqual([]);
  });

  it("may change only the case of its own name, but not take another organisation's name in any case", async () => {
    const db = await getDb();
    const a = await givenAgency(db, "Broadland Housing");
    const b = await givenAgency(db, "Saffron Housing");
    expect(await postChange(admin, a.id, { name: a.name.toUpperCase(), sector: "housing", district: "North" })).toMatchObject({ ok: true, changed: ["name", "sector"] });
    expect(await postChange(admin, a.id, { name: b.name.toLowerCase(), sector: "housing", district: "North" })).toEqual({ ok: false, errors: { name: `An organisation called ${b.name} already exists` } });
    expect((await getAgencyForAdmin(admin, a.id))?.name).toBe(a.name.toUpperCase());
  });

  it("refuses a district that is not the partnership's; nothing changes", async () => {
    const db = await getDb();
    const a = await givenAgency(db, "District Test Trust");
    expect(await postChange(admin, a.id, { name: a.name, sector: a.sector, district: "Atlantis" })).toEqual({
      ok: false,
      errors: { district: "Select one of the partnership's districts, or No district" },
    });
    expect((await getAgencyForAdmin(admin, a.id))?.district).toBe("North");
  });

  it("an unknown organisation is not found, never a crash", async () => {
    const before = await agencyRows();
    for (const id of [0, -1, 999_999, 2_147_483_647]) {
      expect(await getAgencyForAdmin(admin, id)).toBeNull();
      expect(await postChange(admin, id, { name: unique("Ghost"), sector: "other", district: "" })).toEqual({ ok: false, errors: {}, message: "This organisation no longer exists" });
    }
    expect(await agencyRows()).toEqual(before);
  });
});

describe("who may manage organisations", () => {
  it("only the business unit: everyone else is refused and nothing changes", async () => {
    const db = await getDb();
    const a = await givenAgency(db, "Guarded Agency");
    const before = await agencyRows();
    const input: AgencyInput = { name: unique("Hijacked"), sector: "other", district: null };
    for (const who of Object.values(others)) {
      await expect(listAgenciesForAdmin(who)).rejects.toMatchObject({ status: 403 });
      await expect(getAgencyForAdmin(who, a.id)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(agencyDistrictChoices(who)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(addAgency(who, input)).rejects.toMatchObject({ status: 403 });
      await expect(changeAgency(who, a.id, input)).rejects.toMatchObject({ status: 403 });
    }
    await expect(addAgency(null as never, input)).rejects.toMatchObject({ status: 401 });
    await expect(changeAgency(null as never, a.id, input)).rejects.toMatchObject({ status: 401 });
    expect(await agencyRows()).toEqual(before);
  });
});

describe("saves at the same moment", () => {
  const ROUNDS = usingRealPostgres() ? 20 : 3;

  it(`two adds of one name, in any case, make one organisation; the other is told it exists (${ROUNDS} rounds)`, async () => {
    const db = await getDb();
    for (let round = 1; round <= ROUNDS; round++) {
      const name = `Race Agency ${round}`;
      const typed = round % 2 ? [name, name] : [name, name.toLowerCase()];
      const results = await Promise.all(typed.map((t) => addAgency(admin, { name: t, sector: "health", district: null })));
      const added = results.filter((r) => r.ok);
      expect(added, JSON.stringify(results)).toHaveLength(1);
      const refused = results.find((r) => !r.ok);
      expect(refused).toMatchObject({ ok: false, errors: { name: expect.stringMatching(new RegExp(`^An organisation called ${name} already exists$`, "i")) } });
      const [{ n: rows }] = await db.select({ n: count() }).from(agency).where(sql`lower(${agency.name}) = lower(${name})`);
      expect(rows).toBe(1);
    }
  });

  it.runIf(usingRealPostgres())("a name committed by another transaction between the check and the insert is the same friendly refusal", async () => {
    const db = await getDb();
    const name = unique("Late Committer");
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((r) => (inserted = r));
    // Another writer (set-up, or SQL) inserts the name without taking the name lock, and commits late.
    const other = db.transaction(async (tx) => {
      await tx.insert(agency).values({ name, sector: "other" });
      inserted();
      await released;
    });
    await insertedYet;
    const adding = addAgency(admin, { name, sector: "health", district: null });
    // addAgency's check cannot see the uncommitted row; its insert waits on the unique index until the other commits.
    await new Promise((r) => setTimeout(r, 300));
    release();
    await other;
    expect(await adding).toEqual({ ok: false, errors: { name: `An organisation called ${name} already exists` } });
    const [{ n: rows }] = await db.select({ n: count() }).from(agency).where(eq(agency.name, name));
    expect(rows).toBe(1);
  });

  it(`removing a district while an organisation is saved into it never leaves it in a removed district (${ROUNDS} rounds)`, async () => {
    const db = await getDb();
    let kept = ["North", "South"];
    for (let round = 1; round <= ROUNDS; round++) {
      const district = `Agency Race ${round}`;
      await db.update(partnership).set({ districts: [...kept, district] });
      const details = await getPartnershipDetails(admin);
      const moving = await givenAgency(db, "Moving Agency");
      const [removal, added, moved] = await Promise.all([
        updatePartnershipDetails(admin, { ...details, districts: kept }),
        addAgency(admin, { name: unique("Racing Agency"), sector: "health", district }),
        changeAgency(admin, moving.id, { name: moving.name, sector: moving.sector, district }),
      ]);
      if (removal.ok) {
        for (const save of [added, moved]) expect(save).toEqual({ ok: false, errors: { district: "Select one of the partnership's districts, or No district" } });
      } else {
        // The saves that came first are counted; one that waited for the refused removal still finds the district.
        expect(removal.errors.districts).toMatch(new RegExp(`^You cannot remove ${district} because (1 organisation is|2 organisations are) in it`));
        expect(added.ok && moved.ok).toBe(true);
        kept = [...kept, district];
      }
      const [p] = await db.select({ districts: partnership.districts }).from(partnership);
      const strays = (await agencyRows()).filter((a) => a.district !== null && !p.districts.includes(a.district));
      expect(strays).toEqual([]);
    }
  });
});
