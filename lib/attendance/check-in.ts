// Self check-in: a signed-in attendee enters the code the trainer shows (or opens the QR link). Only people
// with a confirmed place, only while the session is on (from an hour before), and wrong codes are rate limited.
import { and, count, eq, gt, isNotNull } from "drizzle-orm";
import QRCode from "qrcode";
import { getDb } from "@/db/client";
import { auditEvent, booking, opportunity, session } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/auth/config";
import { AuthorizationError } from "@/lib/auth/errors";
import { checkInLocked, CHECK_IN_WRONG_CODE_WINDOW_MINUTES, isCheckInOpen, normaliseCheckInCode } from "./rules";

export type CheckInRefusal = "locked" | "wrong_code" | "not_booked" | "not_open" | "closed";
export type CheckInResult = { ok: true; sessionId: number; title: string; alreadyCheckedIn: boolean } | { ok: false; reason: CheckInRefusal; message: string };

export const CHECK_IN_MESSAGES: Record<CheckInRefusal, string> = {
  locked: `Too many wrong codes. Wait ${CHECK_IN_WRONG_CODE_WINDOW_MINUTES} minutes and try again, or ask the trainer to mark you on the register`,
  wrong_code: "The check-in code is not right. Check the code the trainer is showing and try again",
  not_booked: "You do not have a confirmed place on this session. Ask the trainer to add you to the register",
  not_open: "You can check in on the day, from 1 hour before the session starts until it ends",
  closed: "The register for this session is closed. Ask the trainer or the business unit to mark you",
};

// Wrong codes are audit events (who tried, when): the rate limit counts them, so no extra table is needed.
const WRONG_CODE_ACTION = "check_in.wrong_code";

async function wrongCodesRecently(personId: string, now: Date): Promise<number> {
  const db = await getDb();
  const since = new Date(now.getTime() - CHECK_IN_WRONG_CODE_WINDOW_MINUTES * 60_000);
  const [{ n }] = await db
    .select({ n: count() })
    .from(auditEvent)
    .where(and(eq(auditEvent.entity, "person"), eq(auditEvent.entityId, personId), eq(auditEvent.action, WRONG_CODE_ACTION), gt(auditEvent.at, since)));
  return n;
}

function refuse(reason: CheckInRefusal): CheckInResult {
  return { ok: false, reason, message: CHECK_IN_MESSAGES[reason] };
}

/**
 * Check the actor in. With a session (from the QR link) the code must be that session's; without one, the code
 * is matched against the actor's sessions running now, so people only need to type six digits.
 */
export async function checkIn(actor: Actor, input: { code: string; sessionId?: number }, now = new Date()): Promise<CheckInResult> {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (checkInLocked(await wrongCodesRecently(actor.id, now))) return refuse("locked");
  const db = await getDb();
  const code = normaliseCheckInCode(input.code);
  const mine = await db
    .select({
      bookingId: booking.id,
      sessionId: session.id,
      title: opportunity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      checkInCode: session.checkInCode,
      checkedInAt: booking.checkedInAt,
    })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(
      and(
        eq(booking.personId, actor.id),
        eq(booking.status, "confirmed"),
        eq(session.status, "scheduled"),
        input.sessionId ? eq(session.id, input.sessionId) : undefined,
      ),
    );
  if (!mine.length) return refuse("not_booked");
  const running = mine.filter((b) => isCheckInOpen(now, b));
  if (!running.length) return refuse("not_open");
  const match = running.find((b) => b.checkInCode !== null && b.checkInCode === code);
  if (!match) {
    await recordAudit({ actorId: actor.id, action: WRONG_CODE_ACTION, entity: "person", entityId: actor.id, details: { sessionId: input.sessionId ?? null } });
    return refuse("wrong_code");
  }
  if (match.checkedInAt) return { ok: true, sessionId: match.sessionId, title: match.title, alreadyCheckedIn: true };
  const closed = await db.transaction(async (tx) => {
    // Same lock as the register: a check-in never lands on a register that closed a moment before.
    const [s] = await tx.select({ closedAt: session.registerClosedAt }).from(session).where(eq(session.id, match.sessionId)).for("update");
    if (s.closedAt) return true;
    await tx
      .update(booking)
      .set({ attendance: "attended", checkedInAt: now, updatedAt: now })
      .where(and(eq(booking.id, match.bookingId), eq(booking.status, "confirmed")));
    await recordAudit({ actorId: actor.id, action: "booking.checked_in", entity: "booking", entityId: match.bookingId }, tx);
    return false;
  });
  if (closed) return refuse("closed");
  return { ok: true, sessionId: match.sessionId, title: match.title, alreadyCheckedIn: false };
}

/** The link the QR code opens: the check-in page with the session and code filled in (it still needs a button press). */
export function checkInUrl(sessionId: number, code: string): string {
  return `${appUrl()}/check-in?session=${sessionId}&code=${code}`;
}

/** QR code of the check-in link as a PNG data URL, for an <img> on the trainer's screen. */
export async function checkInQrDataUrl(sessionId: number, code: string): Promise<string> {
  return QRCode.toDataURL(checkInUrl(sessionId, code), { margin: 2, width: 280, errorCorrectionLevel: "M" });
}

/** The actor's own check-in on a session, for the confirmation page. */
export async function myCheckIn(actor: Actor, sessionId: number): Promise<{ title: string; checkedInAt: Date } | null> {
  if (!Number.isSafeInteger(sessionId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ title: opportunity.title, checkedInAt: booking.checkedInAt })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(and(eq(booking.personId, actor.id), eq(booking.sessionId, sessionId), isNotNull(booking.checkedInAt)));
  return row ? { title: row.title, checkedInAt: row.checkedInAt! } : null;
}
