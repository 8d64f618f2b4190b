// Booking a session: one transaction that locks the session row, checks the rules, takes a seat atomically
// (or joins the waiting list) and queues the emails.
import { randomBytes } from "node:crypto";
import { and, eq, gt, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agency, booking, LIVE_BOOKING_STATUSES, opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCanBook } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { getPolicy } from "@/lib/partnership";
import { personHasActiveMembership } from "@/lib/membership/status";
import { noShowsInPolicyWindow, recentNoShowStarts, repeatRuleApplies } from "@/lib/noshow/repeat-rule";
import { violatedConstraint } from "./db-errors";
import { sendNoticesNow, queueNotice, type Notice } from "./notices";
import { heldPlaceValues, placeHeld, placesHeldBySector, sectorGate, takeSeat } from "./places";
import { missingPrerequisites, prerequisitesMessage } from "./prerequisites";
import { approvalReason, bookingReference, idempotencyKeyFor, sectorCapApplies } from "./rules";

export type BookInput = {
  sessionId: number;
  accessNeeds?: string;
  dietaryNeeds?: string;
  /** The person says they have completed the course's prerequisites, or equivalent training, elsewhere. */
  prerequisitesConfirmed?: boolean;
  formToken: string;
  intent: "book" | "waitlist";
};

export type BookFailure = "not_found" | "closed" | "members_only" | "already_booked" | "prerequisites" | "sector_cap" | "no_line_manager";
export type BookResult =
  | { ok: true; bookingId: number; reference: string; status: "confirmed" | "requested" | "waitlisted"; duplicate: boolean }
  | { ok: false; reason: BookFailure; message: string };

export const BOOK_FAILURE_MESSAGES: Record<BookFailure, string> = {
  not_found: "We could not find that session",
  closed: "This session is no longer taking bookings",
  members_only: "This Safer workshop is for members of the Safer programme only. Ask your organisation's Safer contact about membership",
  already_booked: "You already have a booking for this session. Go to my learning to see it",
  prerequisites: "This course is for people who have completed the training its page lists under Complete first. Confirm that you have, or equivalent training",
  sector_cap:
    "Places on this session are shared between agencies, and your sector already has its share for now. You can join the waiting list: you will be offered a place if one comes up",
  no_line_manager: "This booking needs your line manager's approval. Add your line manager's email address to your details first",
};

/**
 * What booking needs of the locked session and its opportunity. Only these columns: building and reading the
 * 38 columns of both rows was the largest part of drizzle's work in a booking.
 */
const LOCKED_COLUMNS = {
  id: session.id,
  status: session.status,
  startsAt: session.startsAt,
  mode: session.mode,
  capacity: session.capacity,
  placesTaken: session.placesTaken,
  sectorCapPercent: session.sectorCapPercent,
  balanceUntilDays: session.balanceUntilDays,
  o: {
    published: opportunity.published,
    membersOnly: opportunity.membersOnly,
    requiresManagerApproval: opportunity.requiresManagerApproval,
    prerequisiteOpportunityIds: opportunity.prerequisiteOpportunityIds,
  },
  // The new booking's id, drawn with the lock so that its emails and audit record can be written in the same round
  // trip as the booking itself. A booking that does not happen leaves a gap in the ids, which is harmless.
  newBookingId: sql<number>`nextval('booking_id_seq')::int`,
};

const fail = (reason: BookFailure): BookResult => ({ ok: false, reason, message: BOOK_FAILURE_MESSAGES[reason] });

export function newFormToken(): string {
  return randomBytes(16).toString("base64url");
}

/** Book a place (or join the waiting list when the session is full). A repeated form token returns the first booking. */
export async function bookSession(actor: Actor, input: BookInput, now = new Date()): Promise<BookResult> {
  assertCanBook(actor);
  const db = await getDb();
  const key = idempotencyKeyFor(actor.id, input.formToken);
  const notices: Notice[] = [];
  const existing = async (): Promise<BookResult | null> => {
    const [b] = await db.select().from(booking).where(eq(booking.idempotencyKey, key));
    if (!b) return null;
    const status = b.status === "requested" || b.status === "waitlisted" ? b.status : "confirmed";
    return { ok: true, bookingId: b.id, reference: b.reference, status, duplicate: true };
  };
  try {
    const result = await db.transaction(async (tx): Promise<BookResult> => {
      // Round trips are the cost of a booking, so the reads go in one. PostgreSQL runs a connection's statements
      // in the order sent, and the person's bookings are read after the session lock (Promise.all starts the
      // builders in order), so once it is granted: any earlier submission of the same form has committed or
      // rolled back, and no one else can change the session's places until this transaction ends.
      const [[row], policy, mine, noShowStarts] = await Promise.all([
        tx
          .select(LOCKED_COLUMNS)
          .from(session)
          .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
          .where(eq(session.id, input.sessionId))
          .for("update", { of: session }),
        getPolicy(tx),
        tx
          .select({ id: booking.id, reference: booking.reference, status: booking.status, key: booking.idempotencyKey })
          .from(booking)
          .where(or(eq(booking.idempotencyKey, key), and(eq(booking.sessionId, input.sessionId), eq(booking.personId, actor.id), inArray(booking.status, [...LIVE_BOOKING_STATUSES])))),
        recentNoShowStarts(actor.id, now, tx),
      ]);
      if (!row) return fail("not_found");
      const { o, newBookingId: bookingId, ...s } = row;
      const repeatNoShows = repeatRuleApplies(noShowsInPolicyWindow(noShowStarts, now, policy), policy);
      const dup = mine.find((m) => m.key === key);
      if (dup) {
        const status = dup.status === "requested" || dup.status === "waitlisted" ? dup.status : "confirmed";
        return { ok: true, bookingId: dup.id, reference: dup.reference, status, duplicate: true };
      }
      if (!o.published) return fail("not_found");
      if (s.status !== "scheduled" || s.startsAt.getTime() <= now.getTime()) return fail("closed");
      if (o.membersOnly && !(await personHasActiveMembership(actor.id, now, tx))) return fail("members_only");
      if (mine.length) return fail("already_booked");
      // Also for the waiting list: a place offered later could not be taken either. Training done elsewhere has no
      // record here, so the person's word that they have done it (or its equivalent) is taken, and audited.
      const missing = await missingPrerequisites(tx, actor.id, o.prerequisiteOpportunityIds);
      if (missing.length && !input.prerequisitesConfirmed) return { ok: false, reason: "prerequisites", message: prerequisitesMessage(missing) };

      const reason = approvalReason(o.requiresManagerApproval, repeatNoShows);
      if (reason && !actor.lineManagerEmail) return fail("no_line_manager");
      let sectorOk = true;
      if (sectorCapApplies(now, s)) {
        const [held, [ag]] = await Promise.all([
          placesHeldBySector(tx, s.id),
          actor.agencyId ? tx.select({ sector: agency.sector }).from(agency).where(eq(agency.id, actor.agencyId)) : Promise.resolve([]),
        ]);
        sectorOk = sectorGate(s, held, now)(ag?.sector ?? null);
      }
      if (!sectorOk && input.intent === "book") return fail("sector_cap");

      // The locked row says whether a place is free, so the seat is taken in the same round trip as the booking
      // is written with its final status, its email queued and its audit record written: one round trip, as none
      // of them reads what another writes (the booking's id was drawn with the lock). Any failure rolls all back.
      const seat = sectorOk && s.placesTaken < s.capacity;
      const placeValues = seat ? heldPlaceValues(reason, now) : { status: "waitlisted" as const, waitlistedAt: now };
      const { status } = placeValues;
      const [taken, [b]] = await Promise.all([
        seat ? takeSeat(tx, s.id) : Promise.resolve(false),
        tx
          .insert(booking)
          .values({
            id: bookingId,
            reference: bookingReference(randomBytes(8)),
            sessionId: s.id,
            personId: actor.id,
            agencyId: actor.agencyId,
            ...placeValues,
            accessNeeds: input.accessNeeds || null,
            dietaryNeeds: s.mode === "venue" ? input.dietaryNeeds || null : null,
            lineManagerEmail: actor.lineManagerEmail,
            idempotencyKey: key,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: booking.id, reference: booking.reference, lineManagerEmail: booking.lineManagerEmail }),
        // A booking needing approval gets its approval row first (below); its emails name that row.
        seat && reason ? Promise.resolve() : queueNotice(tx, seat ? { kind: "confirmed", bookingId, via: "booked" } : { kind: "waitlisted", bookingId }, notices),
        recordAudit(
          { actorId: actor.id, action: `booking.${status}`, entity: "booking", entityId: bookingId, details: { sessionId: s.id, ...(missing.length ? { prerequisitesConfirmed: missing } : {}) } },
          tx,
        ),
      ]);
      // Cannot happen under the lock; if it ever did, rolling back is the only safe answer.
      if (seat && !taken) throw new Error(`session ${s.id}: no place to take although the locked row had one`);
      if (seat && reason) await placeHeld(tx, b, reason, now, notices, "booked");
      return { ok: true, bookingId: b.id, reference: b.reference, status, duplicate: false };
    });
    if (result.ok) await sendNoticesNow(notices);
    return result;
  } catch (err) {
    const c = violatedConstraint(err);
    if (c === "booking_idempotency_uq") return (await existing()) ?? fail("already_booked");
    if (c === "booking_one_live_per_person_uq") return fail("already_booked");
    throw err;
  }
}

/** What the booking pages need to know about a session before the person books it. */
export async function getBookableSession(actor: Actor, sessionId: number, now = new Date()) {
  assertCanBook(actor);
  const db = await getDb();
  const [row] = await db
    .select({ s: session, o: opportunity })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(and(eq(session.id, sessionId), eq(opportunity.published, true)));
  if (!row) return null;
  // The person's live bookings on any date of this opportunity: this session's (which blocks booking it again),
  // and other dates (booking a second date is allowed, e.g. waiting for an earlier one, but the page says so).
  const mineOnThisCourse = await db
    .select({ id: booking.id, status: booking.status, sessionId: booking.sessionId, startsAt: session.startsAt })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .where(and(eq(session.opportunityId, row.o.id), eq(booking.personId, actor.id), inArray(booking.status, [...LIVE_BOOKING_STATUSES]), gt(session.startsAt, now)));
  const live = mineOnThisCourse.find((b) => b.sessionId === sessionId);
  const open = row.s.status === "scheduled" && row.s.startsAt.getTime() > now.getTime();
  const member = row.o.membersOnly ? await personHasActiveMembership(actor.id, now, db) : true;
  const missingPrerequisitesTitles = await missingPrerequisites(db, actor.id, row.o.prerequisiteOpportunityIds);
  return {
    session: row.s,
    opportunity: { id: row.o.id, slug: row.o.slug, title: row.o.title, requiresManagerApproval: row.o.requiresManagerApproval, membersOnly: row.o.membersOnly },
    placesLeft: row.s.capacity - row.s.placesTaken,
    existingBooking: live ? { id: live.id, status: live.status } : null,
    /** The person's other upcoming dates of the same opportunity (booked, requested or waiting). */
    otherDates: mineOnThisCourse.filter((b) => b.sessionId !== sessionId).map((b) => ({ startsAt: b.startsAt, status: b.status })),
    /** Null when the person may go ahead; otherwise why not. */
    blocked: !open
      ? BOOK_FAILURE_MESSAGES.closed
      : !member
        ? BOOK_FAILURE_MESSAGES.members_only
        : live
          ? BOOK_FAILURE_MESSAGES.already_booked
          : null,
    /** Required training the person has no record of completing: the question page asks them to confirm it. */
    missingPrerequisites: missingPrerequisitesTitles,
  };
}
