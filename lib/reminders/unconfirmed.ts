// Places nobody has confirmed: booked, asked by the first reminder, no answer yet. The trainer's register
// flags them so the trainer (or the business unit) can chase them or offer the place on.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, person, sentMessage, sessionTrainer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertTrainerOf } from "@/lib/auth/policy";
import { REMINDER_TEMPLATES } from "./compose";

export type UnconfirmedBooking = { bookingId: number; reference: string; personName: string | null; email: string; askedAt: Date };

/** Confirmed bookings of the session whose first reminder went out and who have not confirmed they will come. */
export async function unconfirmedBookings(actor: Actor, sessionId: number): Promise<UnconfirmedBooking[]> {
  const db = await getDb();
  const trainers = await db.select({ id: sessionTrainer.personId }).from(sessionTrainer).where(eq(sessionTrainer.sessionId, sessionId));
  assertTrainerOf(actor, trainers.map((t) => t.id));
  return db
    .select({ bookingId: booking.id, reference: booking.reference, personName: person.name, email: person.email, askedAt: sentMessage.sentAt })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(
      sentMessage,
      and(eq(sentMessage.template, REMINDER_TEMPLATES.confirm), sql`${sentMessage.key} like 'reminder:%:booking:' || ${booking.id}`),
    )
    .where(and(eq(booking.sessionId, sessionId), eq(booking.status, "confirmed"), isNull(booking.attendanceConfirmedAt)))
    .orderBy(asc(person.name));
}
