// Several contacts per organisation: a contact invites a colleague by email with a signed link; the colleague
// accepts while signed in as that email address.
import * as React from "react";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisation, organisationContact, organisationInvite, person } from "@/db/schema";
import { MembershipInviteEmail } from "@/emails/membership-invite";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/auth/config";
import { AuthorizationError } from "@/lib/auth/errors";
import { createLinkToken, verifyLinkToken } from "@/lib/links/signed";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import type { InviteInput } from "./invite-schema";
import { assertContactOf, grantSaferContactRole } from "./organisations";

export const INVITE_DAYS = 14;

export type InviteResult = { ok: true; inviteId: number } | { ok: false; errors: { email: string } };

export async function inviteColleague(actor: Actor | null, organisationId: number, input: InviteInput, now = new Date()): Promise<InviteResult> {
  await assertContactOf(actor, organisationId);
  const email = input.email.toLowerCase();
  if (email === actor!.email.toLowerCase()) return { ok: false, errors: { email: "Enter your colleague's email address, not your own" } };
  const db = await getDb();
  const [already] = await db
    .select({ id: organisationContact.personId })
    .from(organisationContact)
    .innerJoin(person, eq(person.id, organisationContact.personId))
    .where(and(eq(organisationContact.organisationId, organisationId), sql`lower(${person.email}) = ${email}`));
  if (already) return { ok: false, errors: { email: "This person is already a contact for your organisation" } };
  const [org] = await db.select().from(organisation).where(eq(organisation.id, organisationId));
  const p = await getPartnership(db);
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  const [invite] = await db.insert(organisationInvite).values({ organisationId, email, invitedBy: actor!.id, expiresAt }).returning({ id: organisationInvite.id });
  const url = `${appUrl()}/safer/invite?token=${encodeURIComponent(createLinkToken("invite", invite.id, expiresAt))}`;
  const mail = await renderEmail(
    `Join ${org.name} on Safer`,
    React.createElement(MembershipInviteEmail, { partnershipName: p.name, organisationName: org.name, invitedBy: actor!.name ?? actor!.email, url, days: INVITE_DAYS }),
  );
  await sendOnce({ key: `invite:${invite.id}`, to: email, template: "membership-invite", email: mail });
  await recordAudit({ actorId: actor!.id, action: "organisation.invited", entity: "organisation", entityId: organisationId, details: { inviteId: invite.id } });
  return { ok: true, inviteId: invite.id };
}

/** What the invitation page shows, if the token is genuine and the invitation still open. */
export async function readInvite(token: string | undefined, now = new Date()) {
  const claims = verifyLinkToken(token, "invite", now);
  if (!claims) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: organisationInvite.id, email: organisationInvite.email, organisationId: organisation.id, organisationName: organisation.name })
    .from(organisationInvite)
    .innerJoin(organisation, eq(organisation.id, organisationInvite.organisationId))
    .where(and(eq(organisationInvite.id, Number(claims.id)), isNull(organisationInvite.acceptedAt), gt(organisationInvite.expiresAt, now)));
  return row ?? null;
}

export type AcceptResult = { ok: true; organisationId: number } | { ok: false; message: string };

/** Authorised by the signed link and by being signed in as the invited address. */
export async function acceptInvite(actor: Actor | null, token: string, now = new Date()): Promise<AcceptResult> {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  const invite = await readInvite(token, now);
  if (!invite) return { ok: false, message: "This invitation has expired or has already been used. Ask your colleague to invite you again." };
  if (invite.email.toLowerCase() !== actor.email.toLowerCase()) {
    return { ok: false, message: `This invitation was sent to ${invite.email}. Sign in with that email address to accept it.` };
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(organisationInvite)
      .set({ acceptedAt: now })
      .where(and(eq(organisationInvite.id, invite.id), isNull(organisationInvite.acceptedAt)))
      .returning({ id: organisationInvite.id });
    if (!done) return { ok: false as const, message: "This invitation has already been used." };
    await tx.insert(organisationContact).values({ organisationId: invite.organisationId, personId: actor.id, isLead: false }).onConflictDoNothing();
    await grantSaferContactRole(actor.id, tx);
    await recordAudit({ actorId: actor.id, action: "organisation.contact_added", entity: "organisation", entityId: invite.organisationId, details: { inviteId: invite.id } }, tx);
    return { ok: true as const, organisationId: invite.organisationId };
  });
}
