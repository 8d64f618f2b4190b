// Line-manager approval through an emailed signed link: approve confirms the held place; decline frees it for
// the waiting list. A chaser job re-sends the request if it is still pending after three days.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { approval, booking, opportunity, person, session } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { verifyLinkToken } from "@/lib/links/signed";
import { sendNotice, sendNoticesNow, queueNotice, type Notice } from "./notices";
import { lockSession, offerFreedPlace, releaseSeat } from "./places";
import { APPROVAL_REASON_TEXT_FOR_MANAGER, type ApprovalReason } from "./rules";

export type ApprovalLinkView = {
  approvalId: number;
  status: "pending" | "approved" | "declined";
  /** False when the learner cancelled or the session has passed: nothing left to decide. */
  open: boolean;
  learnerId: string;
  learnerName: string;
  learnerEmail: string;
  managerEmail: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
};

/** The approval named by an emailed link, or null if the link is not genuine or has expired. */
export async function getApprovalByToken(token: string, now = new Date()): Promise<ApprovalLinkView | null> {
  const claims = verifyLinkToken(token, "approve-booking", now);
  if (!claims) return null;
  const db = await getDb();
  const [r] = await db
    .select({ a: approval, bStatus: booking.status, personId: booking.personId, name: person.name, email: person.email, title: opportunity.title, startsAt: session.startsAt, endsAt: session.endsAt })
    .from(approval)
    .innerJoin(booking, eq(booking.id, approval.bookingId))
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(approval.id, Number(claims.id)));
  if (!r) return null;
  return {
    approvalId: r.a.id,
    status: r.a.status,
    open: r.a.status === "pending" && r.bStatus === "requested" && r.startsAt.getTime() > now.getTime(),
    learnerId: r.personId,
    learnerName: r.name ?? r.email,
    learnerEmail: r.email,
    managerEmail: r.a.managerEmail,
    title: r.title,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    reason: APPROVAL_REASON_TEXT_FOR_MANAGER[r.a.reason as ApprovalReason] ?? r.a.reason,
  };
}

export type DecisionResult = { ok: true; decision: "approved" | "declined" } | { ok: false; reason: string };

export const OWN_APPROVAL_REFUSED = "You cannot approve your own booking. Your line manager approves it from the link in their email";

/**
 * Approve or decline from the emailed link (POST). Deciding twice changes nothing. The link is the manager's
 * authority (they may have no account); `deciderId`, the person signed in if any, stops a learner who has seen the
 * link approving their own place.
 */
export async function decideApprovalByToken(token: string, decision: "approve" | "decline", now = new Date(), deciderId: string | null = null): Promise<DecisionResult> {
  const claims = verifyLinkToken(token, "approve-booking", now);
  if (!claims) return { ok: false, reason: "This link has expired" };
  const approvalId = Number(claims.id);
  const db = await getDb();
  const notices: Notice[] = [];
  const result = await db.transaction(async (tx): Promise<DecisionResult> => {
    const [first] = await tx.select({ sessionId: booking.sessionId }).from(approval).innerJoin(booking, eq(booking.id, approval.bookingId)).where(eq(approval.id, approvalId));
    if (!first) return { ok: false, reason: "We could not find that booking" };
    const s = await lockSession(tx, first.sessionId);
    const [r] = await tx.select({ a: approval, b: booking }).from(approval).innerJoin(booking, eq(booking.id, approval.bookingId)).where(eq(approval.id, approvalId));
    if (!s || !r) return { ok: false, reason: "We could not find that booking" };
    if (r.a.status !== "pending" || r.b.status !== "requested") return { ok: false, reason: "This booking has already been decided or cancelled" };
    if (s.startsAt.getTime() <= now.getTime()) return { ok: false, reason: "This session has already started" };
    if (decision === "approve" && deciderId === r.b.personId) return { ok: false, reason: OWN_APPROVAL_REFUSED };
    if (decision === "approve") {
      await tx.update(approval).set({ status: "approved", decidedAt: now }).where(eq(approval.id, approvalId));
      await tx.update(booking).set({ status: "confirmed", confirmedAt: now, updatedAt: now }).where(eq(booking.id, r.b.id));
      await queueNotice(tx, { kind: "confirmed", bookingId: r.b.id, via: "approved" }, notices);
    } else {
      await tx.update(approval).set({ status: "declined", decidedAt: now }).where(eq(approval.id, approvalId));
      await tx.update(booking).set({ status: "declined", cancelledAt: now, updatedAt: now }).where(eq(booking.id, r.b.id));
      await releaseSeat(tx, s.id);
      await offerFreedPlace(tx, s.id, now, notices);
      await queueNotice(tx, { kind: "approval-declined", bookingId: r.b.id }, notices);
    }
    const outcome = decision === "approve" ? "approved" : "declined";
    await recordAudit({ actorId: null, action: `approval.${outcome}`, entity: "booking", entityId: r.b.id, details: { approvalId, by: r.a.managerEmail } }, tx);
    return { ok: true, decision: outcome };
  });
  await sendNoticesNow(notices);
  return result;
}

/** Job: three days on, remind the manager if the approval is still pending. */
export async function chaseApproval(approvalId: number, now = new Date()): Promise<void> {
  const db = await getDb();
  const [r] = await db
    .select({ status: approval.status, bookingId: approval.bookingId, bStatus: booking.status, startsAt: session.startsAt })
    .from(approval)
    .innerJoin(booking, eq(booking.id, approval.bookingId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .where(eq(approval.id, approvalId));
  if (!r || r.status !== "pending" || r.bStatus !== "requested" || r.startsAt.getTime() <= now.getTime()) return;
  await sendNotice({ kind: "approval-request", bookingId: r.bookingId, approvalId, reminder: true }, db);
}
