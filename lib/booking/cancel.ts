// Cancelling a place: before the cut-off "cancelled", after it "late_cancelled" (the attendance domain raises the
// charge when the register closes), unless the business unit changed the session after the cut-off
// (session-change.ts). Leaving the waiting list or turning down an offer goes the same way.
import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { booking, waitlistOffer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { getPartnership } from "@/lib/partnership";
import { sendNoticesNow, queueNotice, type Notice } from "./notices";
import { lockSession, offerFreedPlace, releaseSeat } from "./places";
import { cancellationCutoff, cutoffWorkingDays, isLateCancellation } from "./rules";
import { changedAfterCutoff } from "./session-change";

export type CancelResult = { ok: true; status: "cancelled" | "late_cancelled" | "declined" } | { ok: false; reason: string };

/** Cancel inside a transaction: frees the place (if held) and offers it to the waiting list. */
type LiveStatus = "confirmed" | "requested" | "waitlisted" | "offered";
const LIVE: LiveStatus[] = ["confirmed", "requested", "waitlisted", "offered"];

async function cancelInTx(tx: Tx, bookingId: number, actorId: string | null, now: Date, notices: Notice[], allowed: LiveStatus[]): Promise<CancelResult> {
  const [first] = await tx.select({ sessionId: booking.sessionId }).from(booking).where(eq(booking.id, bookingId));
  if (!first) return { ok: false, reason: "We could not find that booking" };
  const s = await lockSession(tx, first.sessionId);
  const [b] = await tx.select().from(booking).where(eq(booking.id, bookingId));
  if (!s || !b) return { ok: false, reason: "We could not find that booking" };
  if (!(allowed as string[]).includes(b.status)) return { ok: false, reason: "This booking has already been cancelled or changed" };
  if (s.startsAt.getTime() <= now.getTime()) return { ok: false, reason: "This session has already started, so the booking can no longer be cancelled online" };

  let status: "cancelled" | "late_cancelled" | "declined" = "cancelled";
  let freeBecauseSessionChanged = false;
  if (b.status === "confirmed") {
    const { policy } = await getPartnership(tx);
    const workingDays = cutoffWorkingDays(s.cancelCutoffWorkingDays, policy.cancelCutoffWorkingDays);
    if (isLateCancellation(now, s.startsAt, workingDays)) {
      // Not late when the business unit changed the session's time or place after the cut-off (session-change.ts).
      freeBecauseSessionChanged = changedAfterCutoff(s.attendeeChangedAt, b.createdAt, cancellationCutoff(s.startsAt, workingDays));
      if (!freeBecauseSessionChanged) status = "late_cancelled";
    }
  }
  if (b.status === "offered") {
    status = "declined";
    await tx.update(waitlistOffer).set({ status: "withdrawn", decidedAt: now }).where(and(eq(waitlistOffer.bookingId, b.id), eq(waitlistOffer.status, "open")));
  }
  await tx.update(booking).set({ status, cancelledAt: now, updatedAt: now }).where(eq(booking.id, b.id));
  if (b.status !== "waitlisted") {
    await releaseSeat(tx, s.id);
    await offerFreedPlace(tx, s.id, now, notices);
  }
  if (b.status !== "offered") await queueNotice(tx, { kind: "cancelled", bookingId: b.id, late: status === "late_cancelled" }, notices);
  await recordAudit(
    { actorId, action: `booking.${status}`, entity: "booking", entityId: b.id, details: { from: b.status, sessionId: s.id, ...(freeBecauseSessionChanged ? { freeBecauseSessionChanged } : {}) } },
    tx,
  );
  return { ok: true, status };
}

async function run(bookingId: number, actorId: string | null, now: Date, allowed: LiveStatus[] = LIVE): Promise<CancelResult> {
  const db = await getDb();
  const notices: Notice[] = [];
  const result = await db.transaction((tx) => cancelInTx(tx, bookingId, actorId, now, notices, allowed));
  await sendNoticesNow(notices);
  return result;
}

/** The person cancels their own booking (or leaves the waiting list, or turns down an offer). */
export async function cancelBooking(actor: Actor, bookingId: number, now = new Date()): Promise<CancelResult> {
  const db = await getDb();
  const [b] = await db.select({ personId: booking.personId }).from(booking).where(eq(booking.id, bookingId));
  assertSelfOrAdmin(actor, b?.personId ?? "");
  return run(bookingId, actor.id, now);
}

/** "Release my place" from a reminder email: authorised by the signed link the caller has already checked. */
export async function releasePlaceByLink(bookingId: number, now = new Date()): Promise<{ ok: true } | { ok: false; reason: string }> {
  const r = await run(bookingId, null, now);
  return r.ok ? { ok: true } : r;
}

/** "Decline" on an emailed offer: only while the booking is still an open offer (a claimed place stays claimed). */
export async function declineOfferedPlace(bookingId: number, now = new Date()): Promise<{ ok: true } | { ok: false; reason: string }> {
  const r = await run(bookingId, null, now, ["offered"]);
  return r.ok ? { ok: true } : r;
}
