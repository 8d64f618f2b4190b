// Waiting-list offers: claim, decline, and the recurring scan that passes unclaimed places on.
import { and, eq, lte } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { booking, opportunity, person, session, waitlistOffer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { verifyLinkToken } from "@/lib/links/signed";
import { requiresRepeatNoShowApproval } from "@/lib/noshow/repeat-rule";
import { declineOfferedPlace } from "./cancel";
import { sendNoticesNow, queueNotice, type Notice } from "./notices";
import { holdPlace, lockSession, offerFreedPlace, releaseSeat } from "./places";
import { approvalReason } from "./rules";

export type ClaimResult = { ok: true; status: "confirmed" | "requested"; bookingId: number } | { ok: false; reason: "already_claimed" | "expired" | "not_found"; message: string };

const CLAIM_MESSAGES = {
  already_claimed: "You have already claimed this place",
  expired: "Sorry, this offer has ended and the place has been offered to the next person",
  not_found: "We could not find that offer",
} as const;

/** Expire one open offer inside the session lock: the booking leaves the list and its seat is freed. */
async function expireInTx(tx: Tx, offerId: number, bookingId: number, sessionId: number, now: Date, notices: Notice[]) {
  await tx.update(waitlistOffer).set({ status: "expired", decidedAt: now }).where(eq(waitlistOffer.id, offerId));
  await tx.update(booking).set({ status: "declined", cancelledAt: now, updatedAt: now }).where(eq(booking.id, bookingId));
  await releaseSeat(tx, sessionId);
  await queueNotice(tx, { kind: "offer-lapsed", bookingId }, notices);
}

async function claim(offerId: number, now: Date): Promise<ClaimResult> {
  const db = await getDb();
  const notices: Notice[] = [];
  const result = await db.transaction(async (tx): Promise<ClaimResult> => {
    const [first] = await tx.select({ sessionId: booking.sessionId }).from(waitlistOffer).innerJoin(booking, eq(booking.id, waitlistOffer.bookingId)).where(eq(waitlistOffer.id, offerId));
    if (!first) return { ok: false, reason: "not_found", message: CLAIM_MESSAGES.not_found };
    const s = await lockSession(tx, first.sessionId);
    const [row] = await tx
      .select({ offer: waitlistOffer, b: booking, requiresApproval: opportunity.requiresManagerApproval })
      .from(waitlistOffer)
      .innerJoin(booking, eq(booking.id, waitlistOffer.bookingId))
      .innerJoin(session, eq(session.id, booking.sessionId))
      .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
      .where(eq(waitlistOffer.id, offerId));
    if (!s || !row) return { ok: false, reason: "not_found", message: CLAIM_MESSAGES.not_found };
    const { offer, b } = row;
    if (offer.status === "claimed") return { ok: false, reason: "already_claimed", message: CLAIM_MESSAGES.already_claimed };
    if (offer.status !== "open" || b.status !== "offered") return { ok: false, reason: "expired", message: CLAIM_MESSAGES.expired };
    if (offer.expiresAt.getTime() <= now.getTime() || s.startsAt.getTime() <= now.getTime()) {
      await expireInTx(tx, offer.id, b.id, s.id, now, notices);
      await offerFreedPlace(tx, s.id, now, notices);
      return { ok: false, reason: "expired", message: CLAIM_MESSAGES.expired };
    }
    await tx.update(waitlistOffer).set({ status: "claimed", decidedAt: now }).where(eq(waitlistOffer.id, offer.id));
    const reason = b.lineManagerEmail ? approvalReason(row.requiresApproval, await requiresRepeatNoShowApproval(b.personId, now, tx)) : null;
    const status = await holdPlace(tx, b, reason, now, notices, "claimed");
    await recordAudit({ actorId: b.personId, action: "booking.offer_claimed", entity: "booking", entityId: b.id, details: { offerId } }, tx);
    return { ok: true, status, bookingId: b.id };
  });
  await sendNoticesNow(notices);
  return result;
}

export type OfferLinkView = {
  offerId: number;
  bookingId: number;
  status: "open" | "claimed" | "expired" | "withdrawn";
  expiresAt: Date;
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venueName: string | null;
  personName: string;
};

/** The offer named by an emailed link (or null if the link is not genuine). */
export async function getOfferByToken(token: string, now = new Date()): Promise<OfferLinkView | null> {
  // An expired link still shows the page so the person learns what happened.
  const claims = verifyLinkToken(token, "claim-offer", new Date(0));
  if (!claims) return null;
  const db = await getDb();
  const [r] = await db
    .select({ offer: waitlistOffer, title: opportunity.title, s: session, name: person.name, email: person.email })
    .from(waitlistOffer)
    .innerJoin(booking, eq(booking.id, waitlistOffer.bookingId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .innerJoin(person, eq(person.id, booking.personId))
    .where(eq(waitlistOffer.id, Number(claims.id)));
  if (!r) return null;
  const expired = r.offer.status === "open" && r.offer.expiresAt.getTime() <= now.getTime();
  return {
    offerId: r.offer.id,
    bookingId: r.offer.bookingId,
    status: expired ? "expired" : r.offer.status,
    expiresAt: r.offer.expiresAt,
    title: r.title,
    startsAt: r.s.startsAt,
    endsAt: r.s.endsAt,
    mode: r.s.mode,
    venueName: r.s.venueName,
    personName: r.name ?? r.email,
  };
}

/** "Claim my place" from the emailed link. */
export async function claimOfferByToken(token: string, now = new Date()): Promise<ClaimResult> {
  const claims = verifyLinkToken(token, "claim-offer", now);
  if (!claims) return { ok: false, reason: "expired", message: CLAIM_MESSAGES.expired };
  return claim(Number(claims.id), now);
}

/** "Decline" from the emailed link: the place goes to the next person. */
export async function declineOfferByToken(token: string, now = new Date()): Promise<{ ok: true } | { ok: false; reason: string }> {
  const claims = verifyLinkToken(token, "claim-offer", now);
  if (!claims) return { ok: false, reason: CLAIM_MESSAGES.expired };
  const db = await getDb();
  const [o] = await db.select({ bookingId: waitlistOffer.bookingId, status: waitlistOffer.status }).from(waitlistOffer).where(eq(waitlistOffer.id, Number(claims.id)));
  if (!o || o.status !== "open") return { ok: false, reason: "This offer is no longer open" };
  return declineOfferedPlace(o.bookingId, now);
}

/** Claim from "my learning" while signed in. */
export async function claimOffer(actor: Actor, bookingId: number, now = new Date()): Promise<ClaimResult> {
  const db = await getDb();
  const [r] = await db
    .select({ offerId: waitlistOffer.id, personId: booking.personId })
    .from(booking)
    .leftJoin(waitlistOffer, and(eq(waitlistOffer.bookingId, booking.id), eq(waitlistOffer.status, "open")))
    .where(eq(booking.id, bookingId));
  assertSelfOrAdmin(actor, r?.personId ?? "");
  if (!r?.offerId) return { ok: false, reason: "expired", message: CLAIM_MESSAGES.expired };
  return claim(r.offerId, now);
}

/** Recurring scan: expire open offers past their claim window and offer each place to the next person. */
export async function expireOffers(now = new Date()): Promise<number> {
  const db = await getDb();
  const due = await db
    .select({ offerId: waitlistOffer.id, bookingId: waitlistOffer.bookingId, sessionId: booking.sessionId })
    .from(waitlistOffer)
    .innerJoin(booking, eq(booking.id, waitlistOffer.bookingId))
    .where(and(eq(waitlistOffer.status, "open"), lte(waitlistOffer.expiresAt, now)))
    .limit(500);
  let expired = 0;
  for (const sessionId of new Set(due.map((d) => d.sessionId))) {
    const notices: Notice[] = [];
    await db.transaction(async (tx) => {
      await lockSession(tx, sessionId);
      for (const d of due.filter((x) => x.sessionId === sessionId)) {
        // Re-check under the lock: the person may have claimed in the meantime.
        const [o] = await tx.select({ status: waitlistOffer.status }).from(waitlistOffer).where(eq(waitlistOffer.id, d.offerId));
        if (o?.status !== "open") continue;
        await expireInTx(tx, d.offerId, d.bookingId, sessionId, now, notices);
        expired++;
      }
      await offerFreedPlace(tx, sessionId, now, notices);
    });
    await sendNoticesNow(notices);
  }
  return expired;
}
