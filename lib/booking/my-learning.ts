// "My learning": a person's own bookings, upcoming and past. Everything here checks it is the person's own.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";
import { getPartnership } from "@/lib/partnership";
import { loadBookingViews, type BookingView } from "./views";

export type MyLearning = {
  upcoming: BookingView[];
  awaitingApproval: BookingView[];
  waiting: BookingView[];
  offers: BookingView[];
  history: BookingView[];
};

export async function getMyLearning(actor: Actor, personId: string, now = new Date()): Promise<MyLearning> {
  assertSelfOrAdmin(actor, personId);
  const db = await getDb();
  const { policy } = await getPartnership(db);
  const all = await loadBookingViews(db, { personId }, policy, now);
  const future = (v: BookingView) => v.session.startsAt.getTime() > now.getTime();
  const soonest = (a: BookingView, b: BookingView) => a.session.startsAt.getTime() - b.session.startsAt.getTime();
  return {
    upcoming: all.filter((v) => v.status === "confirmed" && future(v)).sort(soonest),
    awaitingApproval: all.filter((v) => v.status === "requested" && future(v)).sort(soonest),
    waiting: all.filter((v) => v.status === "waitlisted" && future(v)).sort(soonest),
    offers: all.filter((v) => v.status === "offered" && future(v)).sort(soonest),
    history: all
      .filter((v) => !future(v) || !["confirmed", "requested", "waitlisted", "offered"].includes(v.status))
      .sort((a, b) => -soonest(a, b))
      .slice(0, 100),
  };
}

/** One of the person's own bookings (404 for anyone else's). */
export async function getMyBooking(actor: Actor, bookingId: number, now = new Date()): Promise<BookingView | null> {
  const db = await getDb();
  const [b] = await db.select({ personId: booking.personId }).from(booking).where(eq(booking.id, bookingId));
  if (!b) return null;
  assertSelfOrAdmin(actor, b.personId);
  const { policy } = await getPartnership(db);
  const [v] = await loadBookingViews(db, { bookingIds: [bookingId] }, policy, now);
  return v ?? null;
}
