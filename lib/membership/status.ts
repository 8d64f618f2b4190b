// Is a person a contact of an organisation with an active Safer membership today?
import { and, eq, gt, inArray, lte } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { membership, organisationContact } from "@/db/schema";

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Membership periods are [startsOn, endsOn); approved periods have status active or lapsed. */
export async function activeOrganisationIdsFor(personId: string, on = new Date(), db?: DbOrTx): Promise<number[]> {
  const d = db ?? (await getDb());
  const day = isoDate(on);
  const rows = await d
    .selectDistinct({ id: membership.organisationId })
    .from(membership)
    .innerJoin(organisationContact, eq(organisationContact.organisationId, membership.organisationId))
    .where(
      and(
        eq(organisationContact.personId, personId),
        inArray(membership.status, ["active", "lapsed"]),
        lte(membership.startsOn, day),
        gt(membership.endsOn, day),
      ),
    );
  return rows.map((r) => r.id);
}

export async function personHasActiveMembership(personId: string, on = new Date(), db?: DbOrTx): Promise<boolean> {
  return (await activeOrganisationIdsFor(personId, on, db)).length > 0;
}
