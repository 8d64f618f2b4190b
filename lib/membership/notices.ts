// Membership emails run by jobs: the decision, renewal notices before the end date, and lapsing after it.
// Each send has a unique key, so a scan that runs twice (or on two instances) mails once.
import * as React from "react";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { membership, organisation, organisationContact, person } from "@/db/schema";
import { MembershipDecisionEmail } from "@/emails/membership-decision";
import { MembershipRenewalEmail } from "@/emails/membership-renewal";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/auth/config";
import { formatDate, parseLondonDate } from "@/lib/dates";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { addDaysIso, daysBetween, dueRenewalNotice, formatFee, londonToday, RENEWAL_GRACE_DAYS, shouldLapse } from "./rules";

const showDay = (iso: string) => formatDate(parseLondonDate(iso)!);

/** The organisation's lead contact (the first lead), or the safeguarding lead named on the application. */
export async function primaryLeadEmail(organisationId: number, db?: DbOrTx): Promise<string | null> {
  const d = db ?? (await getDb());
  const [lead] = await d
    .select({ email: person.email })
    .from(organisationContact)
    .innerJoin(person, eq(person.id, organisationContact.personId))
    .where(and(eq(organisationContact.organisationId, organisationId), sql`${person.anonymisedAt} is null`))
    .orderBy(sql`${organisationContact.isLead} desc`, asc(organisationContact.createdAt))
    .limit(1);
  if (lead) return lead.email;
  const [org] = await d.select({ email: organisation.leadEmail }).from(organisation).where(eq(organisation.id, organisationId));
  return org?.email ?? null;
}

/** Job "membership:decision-email": tell the lead contact the application was approved or declined. */
export async function sendDecisionEmail(membershipId: number): Promise<void> {
  const db = await getDb();
  const [row] = await db.select({ m: membership, org: organisation }).from(membership).innerJoin(organisation, eq(organisation.id, membership.organisationId)).where(eq(membership.id, membershipId));
  if (!row || (row.m.status !== "active" && row.m.status !== "declined")) return;
  const to = await primaryLeadEmail(row.org.id, db);
  if (!to) return;
  const p = await getPartnership(db);
  const approved = row.m.status === "active";
  const email = await renderEmail(
    approved ? `Safer membership approved: ${row.org.name}` : `Safer membership application: ${row.org.name}`,
    React.createElement(MembershipDecisionEmail, {
      partnershipName: p.name,
      organisationName: row.org.name,
      approved,
      period: approved ? `${showDay(row.m.startsOn!)} to ${showDay(row.m.endsOn!)}` : undefined,
      fee: approved ? formatFee(row.m.feePence) : undefined,
      reason: row.m.declineReason ?? undefined,
      url: `${appUrl()}/safer`,
    }),
  );
  await sendOnce({ key: `membership-decision:${membershipId}`, to, template: "membership-decision", email });
}

/** Approved periods of `m`'s organisation that continue after it (a renewal). */
const renewedLater = sql`exists (select 1 from ${membership} m2 where m2.organisation_id = ${membership.organisationId}
  and m2.id <> ${membership.id} and m2.status in ('active','lapsed') and m2.starts_on >= ${membership.endsOn})`;

export type RenewalScanResult = { noticesSent: number; lapsed: number };

/** Recurring scan: renewal notices policy.membershipRenewalNoticeDays before the end; lapse when it has passed. */
export async function runRenewalScan(now = new Date()): Promise<RenewalScanResult> {
  const db = await getDb();
  const p = await getPartnership(db);
  const today = londonToday(now);
  const noticeDays = p.policy.membershipRenewalNoticeDays;
  const horizon = addDaysIso(today, Math.max(0, ...noticeDays));
  let noticesSent = 0;
  let lapsed = 0;

  const ending = await db
    .select({ id: membership.id, organisationId: membership.organisationId, endsOn: membership.endsOn, name: organisation.name })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.status, "active"), gt(membership.endsOn, today), lte(membership.endsOn, horizon), sql`not ${renewedLater}`));
  for (const m of ending) {
    const days = dueRenewalNotice(m.endsOn!, today, noticeDays);
    if (days == null) continue;
    const to = await primaryLeadEmail(m.organisationId, db);
    if (!to) continue;
    const email = await renderEmail(
      `Renew your Safer membership: ${m.name}`,
      React.createElement(MembershipRenewalEmail, { partnershipName: p.name, organisationName: m.name, endsOn: showDay(m.endsOn!), daysLeft: daysBetween(today, m.endsOn!), url: `${appUrl()}/safer` }),
    );
    if ((await sendOnce({ key: `renewal:${m.id}:${days}`, to, template: "membership-renewal", email })) === "sent") noticesSent++;
  }

  const ended = await db
    .select({ id: membership.id, organisationId: membership.organisationId, status: membership.status, endsOn: membership.endsOn, name: organisation.name, renewed: sql<boolean>`${renewedLater}` })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.status, "active"), lte(membership.endsOn, today)));
  for (const m of ended) {
    if (!shouldLapse(m, today, m.renewed)) continue;
    await db.transaction(async (tx) => {
      const [done] = await tx
        .update(membership)
        .set({ status: "lapsed" })
        .where(and(eq(membership.id, m.id), eq(membership.status, "active")))
        .returning({ id: membership.id });
      if (!done) return;
      lapsed++;
      await recordAudit({ actorId: null, action: "membership.lapsed", entity: "membership", entityId: m.id, details: { organisationId: m.organisationId } }, tx);
      // Old history (e.g. a first start on an imported database) lapses quietly: a notice months late helps no one.
      if (daysBetween(m.endsOn!, today) > RENEWAL_GRACE_DAYS) return;
      const to = await primaryLeadEmail(m.organisationId, tx);
      if (!to) return;
      const email = await renderEmail(
        `Your Safer membership has lapsed: ${m.name}`,
        React.createElement(MembershipRenewalEmail, { partnershipName: p.name, organisationName: m.name, endsOn: showDay(m.endsOn!), daysLeft: null, url: `${appUrl()}/safer` }),
      );
      await sendOnce({ key: `lapsed:${m.id}`, to, template: "membership-lapsed", email, db: tx });
    });
  }
  return { noticesSent, lapsed };
}
