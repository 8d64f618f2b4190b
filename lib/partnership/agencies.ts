// The organisations people choose on their profile (agencies), as the business unit manages them: the list with how
// many people are in each, adding one, and changing one's name, sector or district. Reports, charges and no-show
// figures are grouped by them. None is ever removed: bookings, charges and the reports refer to them. Every add and
// change is audited ("agency.added", "agency.changed": "organisation.*" is the Safer organisations' audit trail).
import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { agency, person } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { violatedConstraint } from "@/lib/booking/db-errors";
import { clearReportCaches } from "@/lib/reports";
import type { Sector } from "@/lib/reports/filters-schema";
import { AGENCY_FIELDS, SELECT_DISTRICT, type AgencyInput } from "./agency-schema";
import { changedFields, fromTo } from "./changes";
import { getPartnership, getPartnershipForSave } from "./index";

export { agencySchema, agencyValues, SECTOR_CHOICES, type AgencyInput } from "./agency-schema";

export type AgencyListRow = { id: number; name: string; sector: Sector; district: string | null; people: number };

/** Every organisation, by name, with the number of people in it (anonymised people are no longer counted). */
export async function listAgenciesForAdmin(actor: Actor): Promise<AgencyListRow[]> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db
    .select({ id: agency.id, name: agency.name, sector: agency.sector, district: agency.district, people: count(person.id) })
    .from(agency)
    .leftJoin(person, and(eq(person.agencyId, agency.id), isNull(person.anonymisedAt)))
    .groupBy(agency.id)
    .orderBy(asc(agency.name), asc(agency.id));
}

/** One organisation as the form shows it, or null. */
export async function getAgencyForAdmin(actor: Actor, agencyId: number): Promise<(AgencyInput & { id: number }) | null> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  const [row] = await db.select({ id: agency.id, name: agency.name, sector: agency.sector, district: agency.district }).from(agency).where(eq(agency.id, agencyId));
  return row ?? null;
}

/** The partnership's districts, the choices for an organisation's district. */
export async function agencyDistrictChoices(actor: Actor): Promise<string[]> {
  assertCan(actor, "settings:manage");
  return (await getPartnership()).districts;
}

/** `changed`: the fields that changed (all of them for a new organisation; none when a change changed nothing). */
export type AgencySaveResult = { ok: true; id: number; changed: (keyof AgencyInput)[] } | { ok: false; errors: Partial<Record<keyof AgencyInput, string>>; message?: string };

const nameTaken = (name: string) => `An organisation called ${name} already exists`;

// The first half of the advisory lock key taken by saves of an organisation's name (the second is the name's hash).
const AGENCY_NAME_LOCK = 0x4147; // "AG"

/**
 * What the data says about a save: the name is not another organisation's (in any case: "norfolk police" is the
 * same organisation to someone choosing theirs), and the district is one of the partnership's. The unique index is
 * on the exact name, so saves of one name in any case take turns on an advisory lock: two at the same moment cannot
 * both find it free. The partnership row is read FOR SHARE (held until the save commits), so the district cannot
 * be removed between this check and the save (getPartnershipForSave).
 */
async function problemsWith(tx: Tx, input: AgencyInput, agencyId?: number): Promise<Partial<Record<keyof AgencyInput, string>>> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AGENCY_NAME_LOCK}, hashtext(lower(${input.name})))`);
  const [taken] = await tx
    .select({ name: agency.name })
    .from(agency)
    .where(and(sql`lower(${agency.name}) = lower(${input.name})`, agencyId ? ne(agency.id, agencyId) : undefined))
    .limit(1);
  const errors: Partial<Record<keyof AgencyInput, string>> = {};
  if (taken) errors.name = nameTaken(taken.name);
  if (input.district !== null && !(await getPartnershipForSave(tx)).districts.includes(input.district)) errors.district = SELECT_DISTRICT;
  return errors;
}

/**
 * Run a save; a name taken by a save that committed after this one checked (the unique index caught it) is the
 * same friendly refusal as one found by the check.
 */
async function saving(input: AgencyInput, save: () => Promise<AgencySaveResult>): Promise<AgencySaveResult> {
  let result: AgencySaveResult;
  try {
    result = await save();
  } catch (e) {
    if (violatedConstraint(e) === "agency_name_uq") return { ok: false, errors: { name: nameTaken(input.name) } };
    throw e;
  }
  // The reports' organisation filter and their tables keep names for a minute (lib/reports/cache): this instance
  // forgets them at once; other instances within REPORT_CACHE_SECONDS.
  if (result.ok && result.changed.length) clearReportCaches();
  return result;
}

export async function addAgency(actor: Actor, input: AgencyInput): Promise<AgencySaveResult> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return saving(input, () =>
    db.transaction(async (tx): Promise<AgencySaveResult> => {
      const errors = await problemsWith(tx, input);
      if (Object.keys(errors).length) return { ok: false, errors };
      const [row] = await tx.insert(agency).values({ name: input.name, sector: input.sector, district: input.district }).returning({ id: agency.id });
      await recordAudit({ actorId: actor.id, action: "agency.added", entity: "agency", entityId: row.id, details: { name: input.name, sector: input.sector, district: input.district } }, tx);
      return { ok: true, id: row.id, changed: [...AGENCY_FIELDS] };
    }),
  );
}

/** Change an organisation's name, sector or district; saving it unchanged records nothing. */
export async function changeAgency(actor: Actor, agencyId: number, input: AgencyInput): Promise<AgencySaveResult> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return saving(input, () =>
    db.transaction(async (tx): Promise<AgencySaveResult> => {
      const [before] = await tx.select({ name: agency.name, sector: agency.sector, district: agency.district }).from(agency).where(eq(agency.id, agencyId)).for("update");
      if (!before) return { ok: false, errors: {}, message: "This organisation no longer exists" };
      const changed = changedFields(AGENCY_FIELDS, before, input);
      if (!changed.length) return { ok: true, id: agencyId, changed };
      const errors = await problemsWith(tx, input, agencyId);
      if (Object.keys(errors).length) return { ok: false, errors };
      await tx
        .update(agency)
        .set(Object.fromEntries(changed.map((k) => [k, input[k]])))
        .where(eq(agency.id, agencyId));
      await recordAudit({ actorId: actor.id, action: "agency.changed", entity: "agency", entityId: agencyId, details: fromTo(changed, before, input) }, tx);
      return { ok: true, id: agencyId, changed };
    }),
  );
}
