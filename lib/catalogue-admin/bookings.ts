// A session's bookings as the business unit sees them: the list, the waiting list in order, cancelling a booking
// on someone's behalf, and the CSV export.
import { stringify } from "csv-stringify/sync";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agency, booking, person, session, waitlistOffer } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { queueNotice, sendNoticesNow, type Notice } from "@/lib/booking/notices";
import { offerFreedPlace, releaseSeat } from "@/lib/booking/places";
import { ATTENDANCE_NAMES, BOOKING_STATUS_NAMES } from "./labels";

/** Statuses that hold one of the session's places (counted in session.placesTaken). */
const HOLDS_PLACE = new Set(["requested", "confirmed", "offered"]);

export type AdminBookingRow = {
  id: number;
  reference: string;
  personName: string | null;
  email: string;
  agencyName: string | null;
  status: (typeof booking.$inferSelect)["status"];
  attendance: (typeof booking.$inferSelect)["attendance"];
  accessNeeds: string | null;
  dietaryNeeds: string | null;
  createdAt: Date;
  waitlistedAt: Date | null;
};

/** Every booking of a session (oldest first) and the waiting list in the order places will be offered. */
export async function listSessionBookings(actor: Actor, sessionId: number): Promise<{ bookings: AdminBookingRow[]; waitingList: AdminBookingRow[] }> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const rows = await db
    .select({
      id: booking.id,
      reference: booking.reference,
      personName: person.name,
      email: person.email,
      agencyName: agency.name,
      status: booking.status,
      attendance: booking.attendance,
      accessNeeds: booking.accessNeeds,
      dietaryNeeds: booking.dietaryNeeds,
      createdAt: booking.createdAt,
      waitlistedAt: booking.waitlistedAt,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(eq(booking.sessionId, sessionId))
    .orderBy(asc(booking.createdAt), asc(booking.id));
  const waitingList = rows
    .filter((r) => r.status === "waitlisted")
    .sort((a, b) => (a.waitlistedAt ?? a.createdAt).getTime() - (b.waitlistedAt ?? b.createdAt).getTime() || a.id - b.id);
  return { bookings: rows, waitingList };
}

export type CancelBookingResult = { ok: true; sessionId: number } | { ok: false; message: string };

/**
 * Cancel a booking for the person (e.g. they phoned the business unit): recorded as an ordinary cancellation,
 * the person is told, and a freed place goes to the waiting list in the same transaction.
 */
export async function cancelBookingOnBehalf(actor: Actor, bookingId: number, now = new Date()): Promise<CancelBookingResult> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const notices: Notice[] = [];
  const result = await db.transaction(async (tx): Promise<CancelBookingResult> => {
    const [found] = await tx.select({ sessionId: booking.sessionId }).from(booking).where(eq(booking.id, bookingId));
    if (!found) return { ok: false, message: "This booking no longer exists" };
    // Session first, then booking: the same lock order as lib/booking, so the two never deadlock.
    await tx.select({ id: session.id }).from(session).where(eq(session.id, found.sessionId)).for("update");
    const [b] = await tx.select().from(booking).where(eq(booking.id, bookingId)).for("update");
    if (!["requested", "confirmed", "waitlisted", "offered"].includes(b.status)) {
      return { ok: false, message: "This booking has already ended and cannot be cancelled" };
    }
    await tx.update(booking).set({ status: "cancelled", cancelledAt: now, updatedAt: now }).where(eq(booking.id, bookingId));
    await tx.update(waitlistOffer).set({ status: "withdrawn", decidedAt: now }).where(and(eq(waitlistOffer.bookingId, bookingId), eq(waitlistOffer.status, "open")));
    const freed = HOLDS_PLACE.has(b.status);
    if (freed) {
      await releaseSeat(tx, b.sessionId);
      await offerFreedPlace(tx, b.sessionId, now, notices);
    }
    await queueNotice(tx, { kind: "cancelled", bookingId, late: false }, notices);
    await recordAudit(
      { actorId: actor.id, action: "booking.cancelled_by_admin", entity: "booking", entityId: bookingId, details: { sessionId: b.sessionId, previousStatus: b.status, placeFreed: freed } },
      tx,
    );
    return { ok: true, sessionId: b.sessionId };
  });
  await sendNoticesNow(notices);
  return result;
}

/** The session's bookings as CSV (a spreadsheet for the venue or the trainer), waiting-list position included. */
export async function sessionBookingsCsv(actor: Actor, sessionId: number): Promise<string> {
  const { bookings, waitingList } = await listSessionBookings(actor, sessionId);
  const position = new Map(waitingList.map((b, i) => [b.id, i + 1]));
  return stringify(
    bookings.map((b) => [
      b.reference,
      b.personName ?? "",
      b.email,
      b.agencyName ?? "",
      BOOKING_STATUS_NAMES[b.status] ?? b.status,
      position.get(b.id) ?? "",
      b.attendance ? ATTENDANCE_NAMES[b.attendance] : "",
      b.accessNeeds ?? "",
      b.dietaryNeeds ?? "",
      b.createdAt.toISOString(),
    ]),
    {
      header: true,
      // Free text typed by bookers must not run as a spreadsheet formula when the file is opened.
      cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) },
      columns: ["Reference", "Name", "Email", "Organisation", "Status", "Waiting list position", "Attendance", "Access needs", "Dietary needs", "Booked at (UTC)"],
    },
  );
}

/** One booking with its person and session, for the "cancel this booking" page. */
export async function getBookingForAdmin(actor: Actor, bookingId: number) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const [row] = await db
    .select({
      id: booking.id,
      reference: booking.reference,
      status: booking.status,
      sessionId: booking.sessionId,
      personName: person.name,
      email: person.email,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .where(eq(booking.id, bookingId));
  return row ?? null;
}
