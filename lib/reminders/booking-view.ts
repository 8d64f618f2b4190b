// The facts a reminder and the confirm/release pages show about one booking.
import { and, count, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { booking, opportunity, person, session } from "@/db/schema";
import { chargeAmountPence } from "@/lib/charges/calculate";
import { cancellationCutoff, cutoffWorkingDays } from "@/lib/booking/rules";
import type { Policy } from "@/lib/partnership/policy";

export async function loadReminderBooking(bookingId: number, db?: DbOrTx) {
  const d = db ?? (await getDb());
  const [row] = await d
    .select({
      id: booking.id,
      reference: booking.reference,
      status: booking.status,
      attendanceConfirmedAt: booking.attendanceConfirmedAt,
      bookedAt: booking.confirmedAt,
      createdAt: booking.createdAt,
      personName: person.name,
      email: person.email,
      anonymisedAt: person.anonymisedAt,
      sessionId: session.id,
      sessionStatus: session.status,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      mode: session.mode,
      venueName: session.venueName,
      venueAddress: session.venueAddress,
      onlineUrl: session.onlineUrl,
      sessionCutoffDays: session.cancelCutoffWorkingDays,
      title: opportunity.title,
      duration: opportunity.duration,
    })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .innerJoin(person, eq(person.id, booking.personId))
    .where(eq(booking.id, bookingId))
    .limit(1);
  return row ?? null;
}

export type ReminderBooking = NonNullable<Awaited<ReturnType<typeof loadReminderBooking>>>;

/** Is the place still one a reminder is about: booked, the session on and not yet started? */
export function placeIsLive(b: ReminderBooking, now = new Date()): boolean {
  return b.status === "confirmed" && b.sessionStatus === "scheduled" && b.startsAt.getTime() > now.getTime() && !b.anonymisedAt;
}

export async function waitingCount(sessionId: number, db?: DbOrTx): Promise<number> {
  const d = db ?? (await getDb());
  const [{ n }] = await d.select({ n: count() }).from(booking).where(and(eq(booking.sessionId, sessionId), eq(booking.status, "waitlisted")));
  return n;
}

/** What a missed place costs, and until when releasing it is free (after that it is a late cancellation). */
export function missedPlaceTerms(b: Pick<ReminderBooking, "duration" | "startsAt" | "sessionCutoffDays">, policy: Policy) {
  return {
    chargePence: chargeAmountPence(b.duration, policy),
    freeReleaseUntil: cancellationCutoff(b.startsAt, cutoffWorkingDays(b.sessionCutoffDays, policy.cancelCutoffWorkingDays)),
  };
}
