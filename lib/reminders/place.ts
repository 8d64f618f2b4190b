// Confirming or releasing a place from the reminder's signed links. No sign-in: the token names the
// booking and the action and expires when the session starts. Pages show the booking; only a POST acts.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { releasePlaceByLink } from "@/lib/booking";
import { verifyLinkToken, type LinkPurpose } from "@/lib/links/signed";
import { getPartnership } from "@/lib/partnership";
import { loadReminderBooking, missedPlaceTerms, placeIsLive, waitingCount, type ReminderBooking } from "./booking-view";

export type PlaceLinkPurpose = Extract<LinkPurpose, "confirm-place" | "release-place">;

export type PlaceFromLink = {
  booking: ReminderBooking;
  /** Still booked, and the session is on and has not started. */
  live: boolean;
  /** Releasing now counts as a late cancellation. */
  lateRelease: boolean;
  chargePence: number;
  waitingCount: number;
};

/** The booking a signed link is for, or null if the link is not genuine, is for another action, or has expired. */
export async function placeFromLink(token: string | null | undefined, purpose: PlaceLinkPurpose, now = new Date()): Promise<PlaceFromLink | null> {
  const claims = verifyLinkToken(token, purpose, now);
  if (!claims || typeof claims.id !== "number") return null;
  const b = await loadReminderBooking(claims.id);
  if (!b) return null;
  const { policy } = await getPartnership();
  const terms = missedPlaceTerms(b, policy);
  return {
    booking: b,
    live: placeIsLive(b, now),
    lateRelease: now.getTime() >= terms.freeReleaseUntil.getTime(),
    chargePence: terms.chargePence,
    waitingCount: await waitingCount(b.sessionId),
  };
}

export type PlaceActionResult = { ok: true; bookingId: number } | { ok: false; reason: "invalid-link" | "not-booked" | string };

/** "Yes, I will attend": record it for the trainer's register (idempotent). */
export async function confirmPlaceByLink(token: string, now = new Date()): Promise<PlaceActionResult> {
  const claims = verifyLinkToken(token, "confirm-place", now);
  if (!claims || typeof claims.id !== "number") return { ok: false, reason: "invalid-link" };
  const bookingId = claims.id;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const b = await loadReminderBooking(bookingId, tx);
    if (!b || !placeIsLive(b, now)) return { ok: false, reason: "not-booked" };
    const updated = await tx
      .update(booking)
      .set({ attendanceConfirmedAt: now, updatedAt: now })
      .where(and(eq(booking.id, bookingId), eq(booking.status, "confirmed"), isNull(booking.attendanceConfirmedAt)))
      .returning({ id: booking.id });
    if (updated.length) {
      await recordAudit({ actorId: null, action: "booking.attendance-confirmed", entity: "booking", entityId: bookingId, details: { via: "reminder link" } }, tx);
    }
    return { ok: true, bookingId };
  });
}

/** "No, release my place": frees it at once and offers it to the waiting list (lib/booking does both). */
export async function releasePlaceFromReminder(token: string, now = new Date()): Promise<PlaceActionResult> {
  const claims = verifyLinkToken(token, "release-place", now);
  if (!claims || typeof claims.id !== "number") return { ok: false, reason: "invalid-link" };
  const b = await loadReminderBooking(claims.id);
  if (!b || !placeIsLive(b, now)) return { ok: false, reason: "not-booked" };
  const result = await releasePlaceByLink(claims.id);
  return result.ok ? { ok: true, bookingId: claims.id } : result;
}
