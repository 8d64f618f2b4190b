// Sending a colleague instead: the place passes to someone from the same agency who meets the prerequisites.
// No seat changes hands in the count, so placesTaken stays as it is; substitutes are never charged.
import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, LIVE_BOOKING_STATUSES, opportunity, person, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { personHasActiveMembership } from "@/lib/membership/status";
import { violatedConstraint } from "./db-errors";
import { sendNoticesNow, queueNotice, type Notice } from "./notices";
import { lockSession } from "./places";
import { missingPrerequisites } from "./prerequisites";
import { bookingReference } from "./rules";

export type TransferResult = { ok: true; newBookingId: number; colleagueName: string } | { ok: false; message: string };

const NO_COLLEAGUE = "We could not find a colleague from your organisation with that email address who has finished setting up their account";

export async function transferBooking(actor: Actor, bookingId: number, colleagueEmail: string, now = new Date()): Promise<TransferResult> {
  const db = await getDb();
  const [owner] = await db.select({ personId: booking.personId }).from(booking).where(eq(booking.id, bookingId));
  assertSelfOrAdmin(actor, owner?.personId ?? "");
  const notices: Notice[] = [];
  try {
    const result = await db.transaction(async (tx): Promise<TransferResult> => {
      const [first] = await tx.select({ sessionId: booking.sessionId }).from(booking).where(eq(booking.id, bookingId));
      const s = first ? await lockSession(tx, first.sessionId) : null;
      const [b] = await tx.select().from(booking).where(eq(booking.id, bookingId));
      if (!s || !b) return { ok: false, message: "We could not find that booking" };
      if (b.status !== "confirmed") return { ok: false, message: "Only a confirmed place can be given to a colleague" };
      if (s.startsAt.getTime() <= now.getTime() || s.status !== "scheduled") return { ok: false, message: "This session has already started" };
      const [original] = await tx.select({ agencyId: person.agencyId }).from(person).where(eq(person.id, b.personId));
      const agencyId = b.agencyId ?? original?.agencyId ?? null;
      const [c] = await tx
        .select()
        .from(person)
        .where(and(sql`lower(${person.email}) = ${colleagueEmail.trim().toLowerCase()}`, isNull(person.anonymisedAt)));
      if (!c || !c.profileCompletedAt || agencyId == null || c.agencyId !== agencyId) return { ok: false, message: NO_COLLEAGUE };
      if (c.id === b.personId) return { ok: false, message: "Enter a colleague's email address, not your own" };
      const colleagueName = c.name ?? c.email;
      const [live] = await tx
        .select({ id: booking.id })
        .from(booking)
        .where(and(eq(booking.sessionId, s.id), eq(booking.personId, c.id), inArray(booking.status, [...LIVE_BOOKING_STATUSES])));
      if (live) return { ok: false, message: `${colleagueName} already has a booking or a waiting-list place for this session` };
      const [o] = await tx.select().from(opportunity).where(eq(opportunity.id, s.opportunityId));
      if ((await missingPrerequisites(tx, c.id, o.prerequisiteOpportunityIds)).length) {
        return { ok: false, message: `${colleagueName} has not yet completed the training this course requires, so they cannot take your place` };
      }
      if (o.membersOnly && !(await personHasActiveMembership(c.id, now, tx))) {
        return { ok: false, message: `${colleagueName} is not a contact of a Safer member organisation, so they cannot take a place on this workshop` };
      }
      await tx.update(booking).set({ status: "transferred", cancelledAt: now, updatedAt: now }).where(eq(booking.id, b.id));
      const [nb] = await tx
        .insert(booking)
        .values({
          reference: bookingReference(randomBytes(8)),
          sessionId: s.id,
          personId: c.id,
          agencyId: c.agencyId,
          status: "confirmed",
          confirmedAt: now,
          lineManagerEmail: c.lineManagerEmail,
          substituteForBookingId: b.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: booking.id });
      await queueNotice(tx, { kind: "transferred", bookingId: b.id, colleagueName }, notices);
      await queueNotice(tx, { kind: "confirmed", bookingId: nb.id, via: "substitute" }, notices);
      await recordAudit({ actorId: actor.id, action: "booking.transferred", entity: "booking", entityId: b.id, details: { to: c.id, newBookingId: nb.id } }, tx);
      return { ok: true, newBookingId: nb.id, colleagueName };
    });
    await sendNoticesNow(notices);
    return result;
  } catch (err) {
    if (violatedConstraint(err) === "booking_one_live_per_person_uq") return { ok: false, message: "Your colleague already has a booking for this session" };
    throw err;
  }
}
