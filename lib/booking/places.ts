// Moving places between bookings. Every change to session.placesTaken happens here, inside a transaction that
// holds the session row lock (SELECT ... FOR UPDATE), so concurrent bookings, cancellations, claims and expiries
// of one session queue up instead of overtaking each other. The table's check constraint is the last guard.
import { and, count, eq, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { agency, approval, booking, session, waitlistOffer } from "@/db/schema";
import { enqueue } from "@/lib/jobs/queue";
import { getPartnership } from "@/lib/partnership";
import { queueNotice, type Notice } from "./notices";
import { nextOnWaitingList, sectorCapAllows, sectorCapApplies, type ApprovalReason } from "./rules";

export type SessionRow = typeof session.$inferSelect;
export type BookingRow = typeof booking.$inferSelect;

export const APPROVAL_CHASER_JOB = "booking:approval-chaser";
const CHASER_DELAY_MS = 3 * 24 * 3600 * 1000;

/** Lock the session row for the rest of the transaction. */
export async function lockSession(tx: DbOrTx, sessionId: number): Promise<SessionRow | null> {
  const [s] = await tx.select().from(session).where(eq(session.id, sessionId)).for("update");
  return s ?? null;
}

/** Places held on the session by people from each sector (confirmed, requested or offered). */
export async function placesHeldBySector(tx: DbOrTx, sessionId: number): Promise<Map<string | null, number>> {
  const rows = await tx
    .select({ sector: agency.sector, n: count() })
    .from(booking)
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(and(eq(booking.sessionId, sessionId), inArray(booking.status, ["confirmed", "requested", "offered"])))
    .groupBy(agency.sector);
  return new Map(rows.map((r) => [r.sector, r.n]));
}

/** May one more person from `sector` take a place now? (People without a sector are not capped.) */
export function sectorGate(s: Pick<SessionRow, "capacity" | "startsAt" | "sectorCapPercent" | "balanceUntilDays">, held: Map<string | null, number>, now: Date): (sector: string | null) => boolean {
  if (!sectorCapApplies(now, s) || s.sectorCapPercent == null) return () => true;
  const cap = s.sectorCapPercent;
  return (sector) => sector == null || sectorCapAllows(s.capacity, cap, held.get(sector) ?? 0);
}

/** Take one seat atomically: only if a seat is free. Returns false when the session is full. */
export async function takeSeat(tx: DbOrTx, sessionId: number): Promise<boolean> {
  const rows = await tx
    .update(session)
    .set({ placesTaken: sql`${session.placesTaken} + 1` })
    .where(and(eq(session.id, sessionId), lt(session.placesTaken, session.capacity)))
    .returning({ id: session.id });
  return rows.length === 1;
}

export async function releaseSeat(tx: DbOrTx, sessionId: number): Promise<void> {
  await tx
    .update(session)
    .set({ placesTaken: sql`greatest(${session.placesTaken} - 1, 0)` })
    .where(eq(session.id, sessionId));
}

/** The columns a booking gets when it comes to hold a place: confirmed, or requested when approval is needed. */
export function heldPlaceValues(reason: ApprovalReason | null, now: Date) {
  return reason
    ? { status: "requested" as const, approvalReason: reason, updatedAt: now }
    : { status: "confirmed" as const, confirmedAt: now, updatedAt: now };
}

/**
 * A booking that now holds a place becomes confirmed, or requested with an approval row, the manager's email
 * and a chaser job when approval is needed. The seat must already be taken.
 */
export async function holdPlace(...args: Parameters<typeof placeHeld>): Promise<"confirmed" | "requested"> {
  const [tx, b, reason, now] = args;
  await tx.update(booking).set(heldPlaceValues(reason, now)).where(eq(booking.id, b.id));
  return placeHeld(...args);
}

/** What follows once a booking holds its place (its columns already set by heldPlaceValues): emails, approval. */
export async function placeHeld(
  tx: DbOrTx,
  b: Pick<BookingRow, "id" | "lineManagerEmail">,
  reason: ApprovalReason | null,
  now: Date,
  notices: Notice[],
  via: "booked" | "claimed",
): Promise<"confirmed" | "requested"> {
  if (!reason) {
    await queueNotice(tx, { kind: "confirmed", bookingId: b.id, via }, notices);
    return "confirmed";
  }
  const [a] = await tx.insert(approval).values({ bookingId: b.id, managerEmail: b.lineManagerEmail!, reason }).returning({ id: approval.id });
  await queueNotice(tx, { kind: "requested", bookingId: b.id }, notices);
  await queueNotice(tx, { kind: "approval-request", bookingId: b.id, approvalId: a.id }, notices);
  await enqueue({ kind: APPROVAL_CHASER_JOB, payload: { approvalId: a.id, bookingId: b.id }, key: `approval-chaser:${a.id}`, runAt: new Date(now.getTime() + CHASER_DELAY_MS) }, tx);
  return "requested";
}

/**
 * Offer the session's free places to the waiting list, in queue order (respecting the sector cap while it
 * applies): each offered booking holds its place for the claim window. Call in the transaction that freed
 * the place. Returns the offers made.
 */
export async function offerFreedPlace(tx: Tx, sessionId: number, now = new Date(), notices?: Notice[]): Promise<{ bookingId: number; offerId: number }[]> {
  const s = await lockSession(tx, sessionId);
  if (!s || s.status !== "scheduled" || s.startsAt.getTime() <= now.getTime()) return [];
  let free = s.capacity - s.placesTaken;
  if (free <= 0) return [];
  const queue = await tx
    .select({ id: booking.id, waitlistedAt: booking.waitlistedAt, createdAt: booking.createdAt, sector: agency.sector })
    .from(booking)
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(and(eq(booking.sessionId, sessionId), eq(booking.status, "waitlisted")));
  let waiting = queue.map((q) => ({ id: q.id, waitlistedAt: q.waitlistedAt ?? q.createdAt, sector: q.sector as string | null }));
  if (!waiting.length) return [];
  const held = await placesHeldBySector(tx, sessionId);
  const { policy } = await getPartnership(tx);
  const expiresAt = new Date(now.getTime() + policy.offerClaimWindowHours * 3600 * 1000);
  const made: { bookingId: number; offerId: number }[] = [];
  while (free > 0) {
    const next = nextOnWaitingList(waiting, sectorGate(s, held, now));
    if (!next) break;
    if (!(await takeSeat(tx, sessionId))) break;
    await tx.update(booking).set({ status: "offered", updatedAt: now }).where(eq(booking.id, next.id));
    const [offer] = await tx.insert(waitlistOffer).values({ bookingId: next.id, offeredAt: now, expiresAt }).returning({ id: waitlistOffer.id });
    await queueNotice(tx, { kind: "offer", bookingId: next.id, offerId: offer.id }, notices);
    held.set(next.sector, (held.get(next.sector) ?? 0) + 1);
    waiting = waiting.filter((w) => w.id !== next.id);
    made.push({ bookingId: next.id, offerId: offer.id });
    free--;
  }
  return made;
}
