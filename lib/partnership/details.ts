// The business unit changes the partnership's own details: its name and short name (header, page titles, emails),
// the help contacts (footer and /help), the districts (session venues, Safer organisations, report filters) and the
// month its reporting year starts in. Every change is audited.
import { count, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agency, organisation, partnership, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { clearReportCaches } from "@/lib/reports";
import { changedFields, fromTo } from "./changes";
import { districtsInUseMessage, removedDistricts, type DistrictUse } from "./districts";
import { PARTNERSHIP_DETAILS_FIELDS, type PartnershipDetailsInput } from "./details-schema";

export { partnershipDetailsSchema, partnershipDetailsValues, type PartnershipDetailsInput } from "./details-schema";

export async function getPartnershipDetails(actor: Actor): Promise<PartnershipDetailsInput> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  const [row] = await db.select().from(partnership).limit(1);
  if (!row) throw new Error("No partnership configured");
  return Object.fromEntries(PARTNERSHIP_DETAILS_FIELDS.map((k) => [k, row[k]])) as PartnershipDetailsInput;
}

export type DetailsResult = { ok: true; changed: string[] } | { ok: false; errors: Partial<Record<keyof PartnershipDetailsInput, string>> };

/**
 * Save the details; returns the names of the fields that changed. A district that sessions or organisations are in
 * cannot be removed (their district would no longer be one of the partnership's, and editing them would fail): the
 * form says which and why, and nothing is saved. The row is taken FOR UPDATE and the use is counted in the same
 * transaction, while every save that checks a district against the list holds the row FOR SHARE
 * (getPartnershipForSave): a session or Safer organisation saved at the same moment is either counted here (and the
 * removal refused) or sees the new list (and is refused), never saved with a district that no longer exists.
 */
export async function updatePartnershipDetails(actor: Actor, input: PartnershipDetailsInput): Promise<DetailsResult> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<DetailsResult> => {
    const [row] = await tx.select().from(partnership).limit(1).for("update");
    if (!row) throw new Error("No partnership configured");
    const removed = removedDistricts(row.districts, input.districts);
    const inUse = await districtsInUse(tx, removed);
    if (inUse.length) return { ok: false, errors: { districts: districtsInUseMessage(inUse) } };
    const changed = changedFields(PARTNERSHIP_DETAILS_FIELDS, row, input);
    if (!changed.length) return { ok: true, changed };
    await tx
      .update(partnership)
      .set(Object.fromEntries(changed.map((k) => [k, input[k]])))
      .where(eq(partnership.id, row.id));
    await recordAudit(
      {
        actorId: actor.id,
        action: "partnership.details-updated",
        entity: "partnership",
        entityId: row.id,
        details: fromTo(changed, row, input),
      },
      tx,
    );
    return { ok: true, changed };
  });
  // Report filter choices keep the districts and the reporting year for a minute (lib/reports/cache): this instance
  // forgets them at once; other instances within REPORT_CACHE_SECONDS.
  if (result.ok && result.changed.length) clearReportCaches();
  return result;
}

/** Of `districts`, those that sessions, organisations (agencies) or Safer organisations are in, with how many. */
async function districtsInUse(db: DbOrTx, districts: string[]): Promise<DistrictUse[]> {
  if (!districts.length) return [];
  const [sessions, agencies, saferOrganisations] = await Promise.all([
    db.select({ district: session.district, n: count() }).from(session).where(inArray(session.district, districts)).groupBy(session.district),
    db.select({ district: agency.district, n: count() }).from(agency).where(inArray(agency.district, districts)).groupBy(agency.district),
    db.select({ district: organisation.district, n: count() }).from(organisation).where(inArray(organisation.district, districts)).groupBy(organisation.district),
  ]);
  const n = (rows: { district: string | null; n: number }[], d: string) => rows.find((r) => r.district === d)?.n ?? 0;
  return districts
    .map((district) => ({ district, sessions: n(sessions, district), agencies: n(agencies, district), saferOrganisations: n(saferOrganisations, district) }))
    .filter((u) => u.sessions + u.agencies + u.saferOrganisations > 0);
}
