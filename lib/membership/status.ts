// Is a person a contact of an organisation with an active Safer membership today?
import { and, eq, gt, inArray, lte } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { membership, organisationContact } from "@/db/schema";
import { londonToday } from "./rules";

/**
 * Membership periods are [startsOn, endsOn) in London days, as the Safer page shows them; approved periods have
 * status active or lapsed.
 */
export async function activeOrganisationIdsFor(personId: string, on = new Date(), db?: DbOrTx): Promise<number[]> {
  const d = db ?? (await getDb());
  // London, not UTC: at 00:30 on the first day of a membership (British Summer Time) it has begun.
  const day = londonToday(on);
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
