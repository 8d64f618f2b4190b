// Keeping policies up to date: when a template gets a new version, every contact of each active member
// organisation that downloaded an older version is told (one email per contact, keyed so retries never repeat).
import * as React from "react";
import { and, eq, gt, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { download, membership, organisation, organisationContact, person, resource, resourceVersion } from "@/db/schema";
import { MembershipPolicyUpdateEmail } from "@/emails/membership-policy-update";
import { appUrl } from "@/lib/auth/config";
import { renderEmail, sendOnce } from "@/lib/mail";
import { londonToday } from "@/lib/membership/rules";
import { getPartnership } from "@/lib/partnership";

/** Job "resources:version-published". Returns how many emails were sent this time. */
export async function notifyVersionUpdate(versionId: number, now = new Date()): Promise<number> {
  const db = await getDb();
  const [v] = await db
    .select({ id: resourceVersion.id, resourceId: resourceVersion.resourceId, version: resourceVersion.version, changeSummary: resourceVersion.changeSummary, organisationId: resourceVersion.organisationId, title: resource.title })
    .from(resourceVersion)
    .innerJoin(resource, eq(resource.id, resourceVersion.resourceId))
    .where(eq(resourceVersion.id, versionId));
  if (!v || v.organisationId != null) return 0;
  const today = londonToday(now);
  const olderDownloaders = db
    .selectDistinct({ organisationId: download.organisationId })
    .from(download)
    .innerJoin(resourceVersion, eq(resourceVersion.id, download.resourceVersionId))
    .where(and(eq(resourceVersion.resourceId, v.resourceId), isNull(resourceVersion.organisationId), lt(resourceVersion.version, v.version)));
  const activeMembers = db
    .selectDistinct({ organisationId: membership.organisationId })
    .from(membership)
    .where(and(inArray(membership.status, ["active", "lapsed"]), lte(membership.startsOn, today), gt(membership.endsOn, today)));
  const recipients = await db
    .select({ organisationId: organisation.id, organisationName: organisation.name, personId: person.id, email: person.email })
    .from(organisationContact)
    .innerJoin(organisation, eq(organisation.id, organisationContact.organisationId))
    .innerJoin(person, eq(person.id, organisationContact.personId))
    .where(and(inArray(organisationContact.organisationId, olderDownloaders), inArray(organisationContact.organisationId, activeMembers), sql`${person.anonymisedAt} is null`));
  const p = await getPartnership(db);
  let sent = 0;
  for (const r of recipients) {
    const email = await renderEmail(
      `Policy template updated: ${v.title}`,
      React.createElement(MembershipPolicyUpdateEmail, { partnershipName: p.name, organisationName: r.organisationName, resourceTitle: v.title, version: v.version, changeSummary: v.changeSummary, url: `${appUrl()}/safer/library` }),
    );
    if ((await sendOnce({ key: `resource-update:${v.id}:${r.organisationId}:${r.personId}`, to: r.email, template: "membership-policy-update", email })) === "sent") sent++;
  }
  return sent;
}
