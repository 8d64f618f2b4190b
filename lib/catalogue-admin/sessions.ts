// Sessions as the business unit manages them: add, edit (capacity never below places taken), cancel.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { booking, LIVE_BOOKING_STATUSES, opportunity, person, session, sessionTrainer, waitlistOffer } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { sendNoticesNow, type Notice } from "@/lib/booking/notices";
import { offerFreedPlace } from "@/lib/booking/places";
import { isAttendeeSessionField } from "@/lib/booking/session-change";
import { enqueue } from "@/lib/jobs/queue";
import { getPartnership, getPartnershipForSave } from "@/lib/partnership";
import { checkCapacity, checkStart } from "./capacity";
import type { SessionInput } from "./session-schema";

import { SESSION_CANCELLED_JOB } from "./job-kinds";
import { queueSessionChangedMails, wakeWorkersAfterResponse } from "./session-changed-mail";

/** People who hold the trainer role, for choosing a session's trainers. */
export async function listTrainers(actor: Actor) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  return db
    .select({ id: person.id, name: person.name, email: person.email })
    .from(person)
    .where(and(sql`${person.roles} @> array['trainer']::role[]`, isNull(person.anonymisedAt)))
    .orderBy(asc(person.name), asc(person.email));
}

/** The partnership's districts, for a venue session's district. */
export async function listDistricts(actor: Actor): Promise<string[]> {
  assertCan(actor, "catalogue:manage");
  return (await getPartnership()).districts;
}

/** An opportunity's sessions, soonest first, with trainer names. */
export async function listSessionsOfOpportunity(actor: Actor, opportunityId: number) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const rows = await db.select().from(session).where(eq(session.opportunityId, opportunityId)).orderBy(asc(session.startsAt), asc(session.id));
  const trainers = rows.length
    ? await db
        .select({ sessionId: sessionTrainer.sessionId, name: person.name, email: person.email })
        .from(sessionTrainer)
        .innerJoin(person, eq(person.id, sessionTrainer.personId))
        .where(inArray(sessionTrainer.sessionId, rows.map((r) => r.id)))
    : [];
  return rows.map((r) => ({ ...r, trainers: trainers.filter((t) => t.sessionId === r.id).map((t) => t.name ?? t.email) }));
}

/** One session with its opportunity and trainer ids, or null. */
export async function getSessionForAdmin(actor: Actor, sessionId: number) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const [row] = await db
    .select({ session, opportunity: { id: opportunity.id, title: opportunity.title, slug: opportunity.slug } })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(session.id, sessionId));
  if (!row) return null;
  const trainers = await db.select({ id: sessionTrainer.personId }).from(sessionTrainer).where(eq(sessionTrainer.sessionId, sessionId));
  return { ...row.session, opportunity: row.opportunity, trainerIds: trainers.map((t) => t.id) };
}

/** `notified` (edits only): how many people were queued a "Session changed" email. */
export type SessionSaveResult = { ok: true; id: number; notified?: number } | { ok: false; errors: Partial<Record<string, string>>; message?: string };

/**
 * Checks that need the database: the district is one of the partnership's, the trainers hold the trainer role.
 * The partnership row is read FOR SHARE (held until the save commits), so a district cannot be removed between
 * this check and the save (getPartnershipForSave).
 */
async function referenceErrors(tx: Tx, input: SessionInput): Promise<Partial<Record<string, string>>> {
  const errors: Partial<Record<string, string>> = {};
  if (input.mode === "venue" && !(await getPartnershipForSave(tx)).districts.includes(input.district ?? "")) errors.district = "Select the district";
  if (input.trainerIds.length) {
    const found = await tx
      .select({ id: person.id })
      .from(person)
      .where(and(inArray(person.id, input.trainerIds), sql`${person.roles} @> array['trainer']::role[]`));
    if (found.length !== input.trainerIds.length) errors.trainerIds = "Select trainers from the list";
  }
  return errors;
}

function columns(input: SessionInput) {
  const { trainerIds: _trainers, ...rest } = input;
  return rest;
}

async function setTrainers(tx: Tx, sessionId: number, trainerIds: string[]) {
  await tx.delete(sessionTrainer).where(eq(sessionTrainer.sessionId, sessionId));
  if (trainerIds.length) await tx.insert(sessionTrainer).values(trainerIds.map((personId) => ({ sessionId, personId })));
}

export async function createSession(actor: Actor, opportunityId: number, input: SessionInput): Promise<SessionSaveResult> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [opp] = await tx.select({ id: opportunity.id }).from(opportunity).where(eq(opportunity.id, opportunityId));
    if (!opp) return { ok: false, errors: {}, message: "This opportunity no longer exists" };
    const start = checkStart(input.startsAt, new Date());
    const errors = { ...(start.ok ? {} : { date: start.message }), ...(await referenceErrors(tx, input)) };
    if (Object.keys(errors).length) return { ok: false, errors };
    const [row] = await tx.insert(session).values({ ...columns(input), opportunityId }).returning({ id: session.id });
    await setTrainers(tx, row.id, input.trainerIds);
    await recordAudit(
      { actorId: actor.id, action: "session.created", entity: "session", entityId: row.id, details: { opportunityId, startsAt: input.startsAt.toISOString(), capacity: input.capacity } },
      tx,
    );
    return { ok: true, id: row.id };
  });
}

/**
 * Edit a session. The row is locked so a booking cannot take a place between the capacity check and the update.
 * A change to the time, mode, venue or joining link emails everyone holding or waiting for a place (one job each,
 * queued in this transaction: session-changed-mail.ts); capacity, trainers, the sector cap and the cut-off do not.
 */
export async function updateSession(actor: Actor, sessionId: number, input: SessionInput): Promise<SessionSaveResult> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const notices: Notice[] = [];
  const result = await db.transaction(async (tx): Promise<SessionSaveResult> => {
    const [before] = await tx.select().from(session).where(eq(session.id, sessionId)).for("update");
    if (!before) return { ok: false, errors: {}, message: "This session no longer exists" };
    if (before.status === "cancelled") return { ok: false, errors: {}, message: "This session has been cancelled and cannot be changed" };
    const capacity = checkCapacity(input.capacity, before.placesTaken);
    const start = checkStart(input.startsAt, new Date(), before);
    const errors = { ...(start.ok ? {} : { date: start.message }), ...(capacity.ok ? {} : { capacity: capacity.message }), ...(await referenceErrors(tx, input)) };
    if (Object.keys(errors).length) return { ok: false, errors };
    const next = columns(input);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => String(next[k]) !== String(before[k]));
    // A change people booked rely on is stamped in the same statement (the audit entry's time, the transaction's
    // now()): it can make cancelling free (lib/booking/session-change.ts).
    const attendeeChanged = changed.some(isAttendeeSessionField);
    await tx
      .update(session)
      .set({ ...next, ...(attendeeChanged ? { attendeeChangedAt: sql`now()` } : {}) })
      .where(eq(session.id, sessionId));
    await setTrainers(tx, sessionId, input.trainerIds);
    const now = new Date();
    // More places (or a lifted sector cap) may let the waiting list move. Their offer emails describe the session
    // as it now is, so those people are not also sent the change.
    const offered = await offerFreedPlace(tx, sessionId, now, notices);
    const notified = await queueSessionChangedMails(tx, { sessionId, before, after: next, changedAt: now }, new Set(offered.map((o) => o.bookingId)));
    await recordAudit({ actorId: actor.id, action: "session.updated", entity: "session", entityId: sessionId, details: { changed, capacity: input.capacity, notified } }, tx);
    return { ok: true, id: sessionId, notified };
  });
  await sendNoticesNow(notices);
  if (result.ok && result.notified) wakeWorkersAfterResponse();
  return result;
}

/**
 * Cancel a session: every live booking is cancelled and its person emailed (one queued job per booking, queued in
 * this transaction, so the emails go out exactly when the cancellation commits and a retry never mails twice).
 */
export async function cancelSession(actor: Actor, sessionId: number, reason: string): Promise<{ ok: true; notified: number } | { ok: false; message: string }> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [s] = await tx.select().from(session).where(eq(session.id, sessionId)).for("update");
    if (!s) return { ok: false, message: "This session no longer exists" };
    if (s.status === "cancelled") return { ok: true, notified: 0 };
    const now = new Date();
    const live = await tx
      .update(booking)
      .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
      .where(and(eq(booking.sessionId, sessionId), inArray(booking.status, [...LIVE_BOOKING_STATUSES])))
      .returning({ id: booking.id });
    if (live.length) {
      await tx
        .update(waitlistOffer)
        .set({ status: "withdrawn", decidedAt: now })
        .where(and(inArray(waitlistOffer.bookingId, live.map((b) => b.id)), eq(waitlistOffer.status, "open")));
    }
    await tx.update(session).set({ status: "cancelled", placesTaken: 0 }).where(eq(session.id, sessionId));
    for (const b of live) {
      await enqueue({ kind: SESSION_CANCELLED_JOB, payload: { bookingId: b.id, reason }, key: `session-cancelled:booking:${b.id}` }, tx);
    }
    await recordAudit(
      { actorId: actor.id, action: "session.cancelled", entity: "session", entityId: sessionId, details: { reason, bookingsCancelled: live.map((b) => b.id) } },
      tx,
    );
    return { ok: true, notified: live.length };
  });
}

