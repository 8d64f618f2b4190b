// The trainer's register: who is booked, marks and notes, walk-ins, closing (which raises charges, queues
// evaluation requests and no-show notices in the same transaction) and reopening by the business unit.
import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { TZDate } from "@date-fns/tz";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { agency, booking, charge, opportunity, person, session, sessionTrainer } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { assertCan, assertTrainerOf } from "@/lib/auth/policy";
import { bookingReference } from "@/lib/booking/rules";
import { chargeFor } from "@/lib/charges/calculate";
import { queueEvaluationRequest } from "@/lib/evaluation/jobs";
import { formatDate, formatTime } from "@/lib/dates";
import { queueNoShowCorrections, queueNoShowNotices } from "@/lib/noshow/notices";
import { getPartnership } from "@/lib/partnership";
import { unconfirmedBookings } from "@/lib/reminders/unconfirmed";
import { attendanceField, FINISHED_EARLY_FIELD, noteField, type RegisterMark } from "./register-schema";
import {
  canCloseRegister,
  canCloseRegisterAt,
  generateCheckInCode,
  hasSessionStarted,
  isCheckInOpen,
  markAllPresent,
  REGISTER_STATUSES,
  type AttendanceMark,
} from "./rules";
import type { WalkInInput } from "./walk-in-schema";

export type RegisterSession = {
  id: number;
  title: string;
  duration: "full_day" | "half_day" | "short" | "self_paced";
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venueName: string | null;
  capacity: number;
  checkInCode: string | null;
  registerClosedAt: Date | null;
  registerClosedBy: string | null;
  trainerIds: string[];
};

async function loadSession(db: DbOrTx, sessionId: number): Promise<RegisterSession | null> {
  const [s] = await db
    .select({
      id: session.id,
      title: opportunity.title,
      duration: opportunity.duration,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      mode: session.mode,
      venueName: session.venueName,
      capacity: session.capacity,
      checkInCode: session.checkInCode,
      registerClosedAt: session.registerClosedAt,
      registerClosedBy: session.registerClosedBy,
    })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(session.id, sessionId));
  if (!s) return null;
  const trainers = await db.select({ id: sessionTrainer.personId }).from(sessionTrainer).where(eq(sessionTrainer.sessionId, sessionId));
  return { ...s, trainerIds: trainers.map((t) => t.id) };
}

/** The session, if the actor is one of its trainers or an admin; otherwise "not found" (no hint it exists). */
async function sessionForTrainer(actor: Actor, sessionId: number, db: DbOrTx): Promise<RegisterSession> {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  const s = Number.isSafeInteger(sessionId) ? await loadSession(db, sessionId) : null;
  if (!s) throw new AuthorizationError("Not found", 404);
  assertTrainerOf(actor, s.trainerIds);
  return s;
}

/** Take the session row lock so saves, closes, walk-ins and check-ins of one register happen one at a time. */
async function lockSession(tx: Tx, sessionId: number): Promise<void> {
  await tx.select({ id: session.id }).from(session).where(eq(session.id, sessionId)).for("update");
}

function londonDayStart(now: Date): Date {
  const d = new TZDate(now.getTime(), "Europe/London");
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 0, 0, 0, "Europe/London").getTime());
}

export type TrainerSessionRow = {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  mode: "venue" | "online";
  booked: number;
  unmarked: number;
  registerClosedAt: Date | null;
};

/** How far back the list looks for registers still to close. */
const PAST_DAYS = 90;
const UPCOMING_DAYS = 120;

/** The actor's sessions (all sessions for admins): today's, upcoming, and past ones whose register is still open. */
export async function listTrainerSessions(actor: Actor, now = new Date()) {
  if (!hasRole(actor, "trainer", "admin")) throw new AuthorizationError("You do not have permission to do that", 403);
  const db = await getDb();
  const todayStart = londonDayStart(now);
  const tomorrowStart = londonDayStart(new Date(todayStart.getTime() + 36 * 3600_000));
  const mine = actor.roles.includes("admin")
    ? undefined
    : sql`exists (select 1 from ${sessionTrainer} where ${sessionTrainer.sessionId} = ${session.id} and ${sessionTrainer.personId} = ${actor.id})`;
  const rows: TrainerSessionRow[] = await db
    .select({
      id: session.id,
      title: opportunity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      venueName: session.venueName,
      mode: session.mode,
      booked: sql<number>`(select count(*) from ${booking} where ${booking.sessionId} = ${session.id} and ${booking.status} = 'confirmed')::int`,
      unmarked: sql<number>`(select count(*) from ${booking} where ${booking.sessionId} = ${session.id} and ${booking.status} = 'confirmed' and ${booking.attendance} is null)::int`,
      registerClosedAt: session.registerClosedAt,
    })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(
      and(
        eq(session.status, "scheduled"),
        mine,
        gte(session.startsAt, new Date(todayStart.getTime() - PAST_DAYS * 86400_000)),
        lt(session.startsAt, new Date(todayStart.getTime() + UPCOMING_DAYS * 86400_000)),
        or(gte(session.startsAt, todayStart), isNull(session.registerClosedAt)),
      ),
    )
    .orderBy(asc(session.startsAt))
    .limit(300);
  return {
    today: rows.filter((r) => r.startsAt >= todayStart && r.startsAt < tomorrowStart),
    upcoming: rows.filter((r) => r.startsAt >= tomorrowStart),
    toClose: rows.filter((r) => r.startsAt < todayStart).reverse(),
  };
}

export type RegisterEntryRow = {
  bookingId: number;
  reference: string;
  personId: string;
  name: string | null;
  email: string;
  agencyName: string | null;
  status: string;
  attendance: AttendanceMark | null;
  note: string | null;
  walkIn: boolean;
  checkedInAt: Date | null;
  substituteForBookingId: number | null;
};

async function loadEntries(db: DbOrTx, sessionId: number): Promise<RegisterEntryRow[]> {
  return db
    .select({
      bookingId: booking.id,
      reference: booking.reference,
      personId: person.id,
      name: person.name,
      email: person.email,
      agencyName: agency.name,
      status: booking.status,
      attendance: booking.attendance,
      note: booking.registerNote,
      walkIn: booking.walkIn,
      checkedInAt: booking.checkedInAt,
      substituteForBookingId: booking.substituteForBookingId,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(and(eq(booking.sessionId, sessionId), inArray(booking.status, [...REGISTER_STATUSES])))
    .orderBy(asc(sql`lower(coalesce(${person.name}, ${person.email}))`), asc(booking.id));
}

/**
 * The register of a session: its trainers and admins only. notConfirmed: bookings whose first reminder asked
 * them to confirm and who have not (an open register only; the trainer may chase them or expect a gap).
 */
export async function getRegister(actor: Actor, sessionId: number) {
  const db = await getDb();
  const s = await sessionForTrainer(actor, sessionId, db);
  const [entries, unconfirmed] = await Promise.all([loadEntries(db, sessionId), s.registerClosedAt ? [] : unconfirmedBookings(actor, sessionId)]);
  return { session: s, entries, notConfirmed: unconfirmed.map((u) => u.bookingId) };
}

export type RegisterIntent = "save" | "all-present" | "close";
export type RegisterResult =
  | { ok: true; closed: boolean }
  | { ok: false; errors: Record<string, string>; message?: string };

export const REGISTER_CLOSED_MESSAGE = "The register is closed. Ask the business unit to reopen it if a mark is wrong.";

/** Said wherever the register is refused because the session has not started yet. */
export function registerNotOpenMessage(startsAt: Date): string {
  return `The session has not started yet. The register opens when it starts, at ${formatTime(startsAt)} on ${formatDate(startsAt)}.`;
}

export function notFinishedMessage(endsAt: Date): string {
  return `The session is due to end at ${formatTime(endsAt)}. Select that it finished early to close the register now, or close it when the session ends`;
}

export type SaveRegisterOptions = {
  /** The trainer said the session finished early (needed to close more than an hour before the booked end). */
  finishedEarly?: boolean;
};

/** Under the session lock: the register's state and times as they are now (an admin may have moved the session). */
async function lockedState(tx: Tx, sessionId: number) {
  await lockSession(tx, sessionId);
  const [row] = await tx
    .select({ closedAt: session.registerClosedAt, startsAt: session.startsAt, endsAt: session.endsAt })
    .from(session)
    .where(eq(session.id, sessionId));
  return row;
}

/**
 * Save marks and notes; "all-present" then marks everyone unmarked as attended; "close" then checks every
 * confirmed booking is marked and closes. Marks are saved even when closing is refused, so no work is lost.
 * Before the session starts nothing is saved at all (see hasSessionStarted).
 */
export async function saveRegister(
  actor: Actor,
  sessionId: number,
  intent: RegisterIntent,
  marks: RegisterMark[],
  now = new Date(),
  opts: SaveRegisterOptions = {},
): Promise<RegisterResult> {
  const db = await getDb();
  const s = await sessionForTrainer(actor, sessionId, db);
  return db.transaction(async (tx) => {
    const state = await lockedState(tx, sessionId);
    if (state.closedAt) return { ok: false, errors: {}, message: REGISTER_CLOSED_MESSAGE };
    if (!hasSessionStarted(now, state)) return { ok: false, errors: {}, message: registerNotOpenMessage(state.startsAt) };
    let entries = await loadEntries(tx, sessionId);
    const byId = new Map(entries.map((e) => [e.bookingId, e]));
    const next = new Map<number, { attendance: AttendanceMark | null; note: string | null }>();
    for (const m of marks) {
      const e = byId.get(m.bookingId);
      if (!e) continue; // not on this register: never touch another session's bookings
      next.set(e.bookingId, { attendance: m.attendance ?? e.attendance, note: m.note === undefined ? e.note : m.note || null });
    }
    entries = entries.map((e) => ({ ...e, ...next.get(e.bookingId) }));
    if (intent === "all-present") entries = markAllPresent(entries);
    for (const e of entries) {
      const before = byId.get(e.bookingId)!;
      if (before.attendance === e.attendance && before.note === e.note) continue;
      await tx.update(booking).set({ attendance: e.attendance, registerNote: e.note, updatedAt: now }).where(eq(booking.id, e.bookingId));
    }
    if (intent !== "close") return { ok: true, closed: false };
    const check = canCloseRegister(entries, null);
    const timing = canCloseRegisterAt(now, state, opts.finishedEarly === true);
    if (!check.ok || !timing.ok) {
      const errors: Record<string, string> = {};
      if (!check.ok && check.reason === "unmarked") {
        for (const id of check.bookingIds) {
          const e = entries.find((x) => x.bookingId === id)!;
          errors[attendanceField(id)] = `Select whether ${e.name ?? e.email} attended`;
        }
      }
      if (!timing.ok) errors[FINISHED_EARLY_FIELD] = notFinishedMessage(state.endsAt);
      return { ok: false, errors };
    }
    await closeRegisterInTx(tx, actor, s, now);
    return { ok: true, closed: true };
  });
}

/**
 * Closing: lock the register, then in the same transaction ask attended people for their evaluation, raise a
 * charge per no-show and late cancellation, and queue no-show notices. After a reopen, closing again corrects
 * charges (a no-show changed to attended loses its unwaived charge); queued jobs and sent mail are keyed, so
 * nothing is sent twice.
 */
async function closeRegisterInTx(tx: Tx, actor: Actor, s: RegisterSession, now: Date): Promise<void> {
  await tx.update(session).set({ registerClosedAt: now, registerClosedBy: actor.id }).where(eq(session.id, s.id));
  const { policy } = await getPartnership(tx);
  const rows = await tx
    .select({ id: booking.id, personId: booking.personId, agencyId: booking.agencyId, status: booking.status, attendance: booking.attendance, walkIn: booking.walkIn })
    .from(booking)
    .where(and(eq(booking.sessionId, s.id), inArray(booking.status, ["confirmed", "offered", "late_cancelled"])));

  for (const b of rows) {
    if (b.status === "confirmed" && b.attendance === "attended") {
      await queueEvaluationRequest(b.id, tx);
    }
  }

  const wanted = rows.flatMap((b) => {
    const c = chargeFor(b, s.duration, policy);
    return c ? [{ bookingId: b.id, personId: b.personId, agencyId: b.agencyId, ...c }] : [];
  });
  const sessionBookingIds = rows.map((b) => b.id);
  if (sessionBookingIds.length) {
    const keep = wanted.map((w) => w.bookingId);
    await tx
      .delete(charge)
      .where(
        and(
          inArray(charge.bookingId, sessionBookingIds),
          isNull(charge.waivedAt),
          keep.length ? sql`${charge.bookingId} not in (${sql.join(keep.map((id) => sql`${id}`), sql`, `)})` : undefined,
        ),
      );
  }
  if (wanted.length) await tx.insert(charge).values(wanted).onConflictDoNothing({ target: charge.bookingId });

  const noShows = rows.filter((b) => b.status === "confirmed" && b.attendance === "no_show" && !b.walkIn);
  await queueNoShowNotices(tx, noShows.map((b) => ({ bookingId: b.id, personId: b.personId })), now);
  // After a reopen: people an earlier close called no-shows who are now marked as there are told of the mistake
  // (only those actually sent the notice hear anything; the job checks).
  const cameAfterAll = rows.filter((b) => b.status === "confirmed" && (b.attendance === "attended" || b.attendance === "partial") && !b.walkIn);
  await queueNoShowCorrections(tx, cameAfterAll.map((b) => b.id));

  await recordAudit(
    {
      actorId: actor.id,
      action: "register.closed",
      entity: "session",
      entityId: s.id,
      details: { attended: rows.filter((b) => b.attendance === "attended").length, noShows: noShows.length, charges: wanted.length },
    },
    tx,
  );
}

/** The business unit reopens a closed register (a wrong mark, a late check-in); audited. */
export async function reopenRegister(actor: Actor, sessionId: number): Promise<{ ok: boolean }> {
  assertCan(actor, "register:reopen");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const [before] = await tx.select({ at: session.registerClosedAt, by: session.registerClosedBy }).from(session).where(eq(session.id, sessionId));
    if (!before?.at) return { ok: false };
    await tx.update(session).set({ registerClosedAt: null, registerClosedBy: null }).where(eq(session.id, sessionId));
    await recordAudit(
      { actorId: actor.id, action: "register.reopened", entity: "session", entityId: sessionId, details: { closedAt: before.at.toISOString(), closedBy: before.by } },
      tx,
    );
    return { ok: true };
  });
}

export type WalkInResult = { ok: true; bookingId: number } | { ok: false; errors: Partial<Record<"email" | "name" | "agencyId", string>>; message?: string };

/**
 * Add someone who came without a booking, marked attended. Walk-ins do not count against placesTaken: the
 * session is under way, nobody else can book the place, and a full room must still be able to record everyone
 * who was there (placesTaken may never exceed capacity). They are never charged.
 */
export async function addWalkIn(actor: Actor, sessionId: number, input: WalkInInput, now = new Date()): Promise<WalkInResult> {
  const db = await getDb();
  await sessionForTrainer(actor, sessionId, db);
  return db.transaction(async (tx) => {
    const state = await lockedState(tx, sessionId);
    if (state.closedAt) return { ok: false, errors: {}, message: REGISTER_CLOSED_MESSAGE };
    // A walk-in is someone in the room: nobody is there before the start.
    if (!hasSessionStarted(now, state)) return { ok: false, errors: {}, message: registerNotOpenMessage(state.startsAt) };
    const email = input.email.toLowerCase();
    let [p] = await tx
      .select({ id: person.id, name: person.name, agencyId: person.agencyId, lineManagerEmail: person.lineManagerEmail, anonymisedAt: person.anonymisedAt })
      .from(person)
      .where(sql`lower(${person.email}) = ${email}`);
    if (p?.anonymisedAt) return { ok: false, errors: { email: "This account is closed. Enter a different email address" } };
    if (!p) {
      const errors: WalkInResult & { ok: false } = { ok: false, errors: {} };
      if (!input.name) errors.errors.name = "We do not know this email address yet: enter the person's full name";
      if (!input.agencyId) errors.errors.agencyId = "We do not know this email address yet: select their organisation";
      if (input.agencyId && !(await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, input.agencyId))).length) {
        errors.errors.agencyId = "Select their organisation";
      }
      if (Object.keys(errors.errors).length) return errors;
      [p] = await tx
        .insert(person)
        .values({ email, name: input.name!, agencyId: input.agencyId!, roles: ["learner"] })
        .returning({ id: person.id, name: person.name, agencyId: person.agencyId, lineManagerEmail: person.lineManagerEmail, anonymisedAt: person.anonymisedAt });
    }
    const [live] = await tx
      .select({ status: booking.status })
      .from(booking)
      .where(and(eq(booking.sessionId, sessionId), eq(booking.personId, p.id), inArray(booking.status, ["requested", "confirmed", "waitlisted", "offered"])));
    if (live) {
      const onRegister = (REGISTER_STATUSES as readonly string[]).includes(live.status);
      return {
        ok: false,
        errors: {
          email: onRegister
            ? `${p.name ?? email} is already on the register: mark them there`
            : `${p.name ?? email} is on the waiting list or waiting for approval: ask the business unit to confirm their place`,
        },
      };
    }
    const [b] = await tx
      .insert(booking)
      .values({
        reference: bookingReference(randomBytes(8)),
        sessionId,
        personId: p.id,
        agencyId: p.agencyId,
        status: "confirmed",
        attendance: "attended",
        walkIn: true,
        confirmedAt: now,
        lineManagerEmail: p.lineManagerEmail,
      })
      .returning({ id: booking.id });
    await recordAudit({ actorId: actor.id, action: "register.walk_in_added", entity: "booking", entityId: b.id, details: { sessionId, personId: p.id } }, tx);
    return { ok: true, bookingId: b.id };
  });
}

/**
 * The session's check-in code, created the first time a trainer shows it; null outside the check-in window
 * (from an hour before the start to the end), when a code could only leak early or be of no use.
 */
export async function showCheckInCode(actor: Actor, sessionId: number, now = new Date()): Promise<string | null> {
  const db = await getDb();
  const s = await sessionForTrainer(actor, sessionId, db);
  if (!isCheckInOpen(now, s)) return null;
  if (s.checkInCode) return s.checkInCode;
  const [set] = await db
    .update(session)
    .set({ checkInCode: generateCheckInCode() })
    .where(and(eq(session.id, sessionId), isNull(session.checkInCode)))
    .returning({ code: session.checkInCode });
  if (set?.code) return set.code;
  // Another trainer showed it at the same moment: theirs stands.
  const [row] = await db.select({ code: session.checkInCode }).from(session).where(eq(session.id, sessionId));
  return row.code!;
}

export { attendanceField, noteField };
