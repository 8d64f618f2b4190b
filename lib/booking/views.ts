// What a person sees about a booking: the session, the cut-off, their queue position and any open offer.
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { booking, opportunity, session, waitlistOffer } from "@/db/schema";
import type { Policy } from "@/lib/partnership/policy";
import { cancellationCutoff, cutoffWorkingDays, waitingListPosition } from "./rules";
import { changedAfterCutoff } from "./session-change";

export type BookingView = {
  id: number;
  reference: string;
  status: (typeof booking.$inferSelect)["status"];
  attendance: (typeof booking.$inferSelect)["attendance"];
  personId: string;
  accessNeeds: string | null;
  dietaryNeeds: string | null;
  approvalReason: string | null;
  lineManagerEmail: string | null;
  session: { id: number; startsAt: Date; endsAt: Date; mode: "venue" | "online"; venueName: string | null; venueAddress: string | null; district: string | null };
  opportunity: { id: number; slug: string; title: string };
  /** Cancelling from this moment is late (a charge may apply). */
  cancelCutoff: Date;
  lateIfCancelledNow: boolean;
  /** Past the cut-off, but cancelling is free: the business unit changed the session after the cut-off. */
  freeBecauseSessionChanged: boolean;
  waitingListPosition: number | null;
  openOffer: { id: number; expiresAt: Date } | null;
};

const columns = {
  b: booking,
  s: {
    id: session.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    mode: session.mode,
    venueName: session.venueName,
    venueAddress: session.venueAddress,
    district: session.district,
    cancelCutoffWorkingDays: session.cancelCutoffWorkingDays,
    attendeeChangedAt: session.attendeeChangedAt,
  },
  o: { id: opportunity.id, slug: opportunity.slug, title: opportunity.title },
};

/** Bookings by id or by person, shaped for pages. */
export async function loadBookingViews(db: DbOrTx, where: { bookingIds?: number[]; personId?: string }, policy: Policy, now: Date): Promise<BookingView[]> {
  const conds = [];
  if (where.bookingIds) conds.push(inArray(booking.id, where.bookingIds.length ? where.bookingIds : [-1]));
  if (where.personId) conds.push(eq(booking.personId, where.personId));
  const rows = await db
    .select(columns)
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(and(...conds));
  const waitingSessions = [...new Set(rows.filter((r) => r.b.status === "waitlisted").map((r) => r.b.sessionId))];
  const queues = waitingSessions.length
    ? await db
        .select({ id: booking.id, sessionId: booking.sessionId, waitlistedAt: booking.waitlistedAt, createdAt: booking.createdAt })
        .from(booking)
        .where(and(inArray(booking.sessionId, waitingSessions), eq(booking.status, "waitlisted")))
    : [];
  const offeredIds = rows.filter((r) => r.b.status === "offered").map((r) => r.b.id);
  const offers = offeredIds.length
    ? await db
        .select({ id: waitlistOffer.id, bookingId: waitlistOffer.bookingId, expiresAt: waitlistOffer.expiresAt })
        .from(waitlistOffer)
        .where(and(inArray(waitlistOffer.bookingId, offeredIds), eq(waitlistOffer.status, "open")))
    : [];
  const cutoffOf = (s: (typeof rows)[number]["s"]) => cancellationCutoff(s.startsAt, cutoffWorkingDays(s.cancelCutoffWorkingDays, policy.cancelCutoffWorkingDays));
  return rows.map(({ b, s, o }) => {
    const cutoff = cutoffOf(s);
    const pastCutoffNow = b.status === "confirmed" && now.getTime() >= cutoff.getTime();
    // Only confirmed places past their cut-off can be freed by a change (lib/booking/session-change.ts), and only
    // until the session starts: after that nobody can cancel, so past training is not checked.
    const started = s.startsAt.getTime() <= now.getTime();
    const freeBecauseSessionChanged = pastCutoffNow && !started && changedAfterCutoff(s.attendeeChangedAt, b.createdAt, cutoff);
    const queue = queues.filter((q) => q.sessionId === b.sessionId).map((q) => ({ id: q.id, waitlistedAt: q.waitlistedAt ?? q.createdAt }));
    const offer = offers.find((x) => x.bookingId === b.id);
    return {
      id: b.id,
      reference: b.reference,
      status: b.status,
      attendance: b.attendance,
      personId: b.personId,
      accessNeeds: b.accessNeeds,
      dietaryNeeds: b.dietaryNeeds,
      approvalReason: b.approvalReason,
      lineManagerEmail: b.lineManagerEmail,
      session: { id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, mode: s.mode, venueName: s.venueName, venueAddress: s.venueAddress, district: s.district },
      opportunity: o,
      cancelCutoff: cutoff,
      lateIfCancelledNow: pastCutoffNow && !freeBecauseSessionChanged,
      freeBecauseSessionChanged,
      waitingListPosition: b.status === "waitlisted" ? waitingListPosition(queue, b.id) : null,
      openOffer: offer ? { id: offer.id, expiresAt: offer.expiresAt } : null,
    };
  });
}
