import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, booking, charge, devOutbox, job, person, session, sessionTrainer } from "@/db/schema";
import { addWalkIn, getRegister, listTrainerSessions, reopenRegister, saveRegister, showCheckInCode } from "@/lib/attendance";
import { AuthorizationError } from "@/lib/auth/errors";
import { sendNoShowNotice, type NoShowNoticePayload } from "@/lib/noshow/notices";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { givenBooked, givenRegisterSession } from "../support/attendance";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  await givenPartnership(await getDb());
});

const DAY = 86400_000;

async function bookingRow(id: number) {
  const db = await getDb();
  const [b] = await db.select().from(booking).where(eq(booking.id, id));
  return b;
}

async function jobsLike(prefix: string) {
  const db = await getDb();
  return db.select().from(job).where(like(job.key, `${prefix}%`));
}

describe("taking and closing a register", () => {
  it("closes only when everyone is marked, then charges no-shows and late cancellations, asks attendees for evaluations and queues notices", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer });
    const came = await givenBooked(db, s.id);
    const missed = await givenBooked(db, s.id);
    const repeat = await givenBooked(db, s.id);
    const partly = await givenBooked(db, s.id);
    const lateCancel = await givenBooked(db, s.id, { status: "late_cancelled" });
    const original = await givenBooked(db, s.id, { status: "transferred" });
    const substitute = await givenBooked(db, s.id, { over: { substituteForBookingId: original.booking.id } });
    // The repeat-rule learner already missed a session two months ago.
    const { session: earlier } = await givenRegisterSession(db, { trainer, startsAt: new Date(Date.now() - 60 * DAY) });
    await givenBooked(db, earlier.id, { who: repeat.person, over: { attendance: "no_show" } });

    const first = await saveRegister(trainer, s.id, "close", [
      { bookingId: came.booking.id, attendance: "attended" },
      { bookingId: missed.booking.id, attendance: "no_show", note: "No call" },
      { bookingId: repeat.booking.id, attendance: "no_show" },
    ]);
    expect(first.ok).toBe(false);
    expect(first.ok ? {} : Object.keys(first.errors).sort()).toEqual([`attendance-${partly.booking.id}`, `attendance-${substitute.booking.id}`].sort());
    // Refused, but nothing the trainer marked is lost.
    expect((await bookingRow(came.booking.id)).attendance).toBe("attended");
    expect((await bookingRow(missed.booking.id)).registerNote).toBe("No call");
    const [open] = await db.select().from(session).where(eq(session.id, s.id));
    expect(open.registerClosedAt).toBeNull();
    expect(await db.select().from(charge).where(eq(charge.bookingId, missed.booking.id))).toHaveLength(0);

    const second = await saveRegister(trainer, s.id, "close", [
      { bookingId: partly.booking.id, attendance: "partial" },
      { bookingId: substitute.booking.id, attendance: "attended" },
    ]);
    expect(second).toEqual({ ok: true, closed: true });

    const [closed] = await db.select().from(session).where(eq(session.id, s.id));
    expect(closed.registerClosedAt).toBeInstanceOf(Date);
    expect(closed.registerClosedBy).toBe(trainer.id);

    const charges = await db.select().from(charge);
    const bySession = charges.filter((c) => [came, missed, repeat, partly, lateCancel, original, substitute].some((x) => x.booking.id === c.bookingId));
    expect(bySession.map((c) => [c.bookingId, c.reason, c.amountPence, c.personId, c.agencyId]).sort()).toEqual(
      [
        [missed.booking.id, "no_show", 5000, missed.person.id, missed.person.agencyId],
        [repeat.booking.id, "no_show", 5000, repeat.person.id, repeat.person.agencyId],
        [lateCancel.booking.id, "late_cancellation", 5000, lateCancel.person.id, lateCancel.person.agencyId],
      ].sort(),
    );

    const evaluations = await jobsLike("evaluation-request:");
    expect(evaluations.map((j) => j.key).sort()).toEqual([`evaluation-request:${came.booking.id}`, `evaluation-request:${substitute.booking.id}`].sort());
    expect(evaluations.every((j) => j.kind === "evaluation.request")).toBe(true);
    expect(evaluations.find((j) => j.key === `evaluation-request:${came.booking.id}`)!.payload).toEqual({ bookingId: came.booking.id });

    const notices = await jobsLike("noshow-notice:");
    expect(notices.map((j) => j.key).sort()).toEqual(
      [`noshow-notice:${missed.booking.id}:learner`, `noshow-notice:${missed.booking.id}:manager`, `noshow-notice:${repeat.booking.id}:learner`, `noshow-notice:${repeat.booking.id}:manager`].sort(),
    );
    const payloadOf = (key: string) => notices.find((j) => j.key === key)!.payload as NoShowNoticePayload;
    expect(payloadOf(`noshow-notice:${missed.booking.id}:learner`)).toMatchObject({ repeatRule: false, noShows: 1 });
    expect(payloadOf(`noshow-notice:${repeat.booking.id}:manager`)).toMatchObject({ repeatRule: true, noShows: 2 });

    // The job sends the notice once, with the repeat-rule wording only where it applies.
    expect(await sendNoShowNotice(payloadOf(`noshow-notice:${repeat.booking.id}:learner`))).toBe("sent");
    expect(await sendNoShowNotice(payloadOf(`noshow-notice:${repeat.booking.id}:learner`))).toBe("duplicate");
    expect(await sendNoShowNotice(payloadOf(`noshow-notice:${repeat.booking.id}:manager`))).toBe("sent");
    expect(await sendNoShowNotice(payloadOf(`noshow-notice:${missed.booking.id}:manager`))).toBe("sent");
    const [toRepeat] = await db.select().from(devOutbox).where(eq(devOutbox.to, repeat.person.email.toLowerCase()));
    expect(toRepeat.subject).toMatch(/You did not attend Register course/);
    expect(toRepeat.text).toMatch(/next booking needs your line manager's approval/);
    expect(toRepeat.text).toMatch(/£50\.00/);
    const [toRepeatManager] = await db.select().from(devOutbox).where(eq(devOutbox.to, repeat.person.lineManagerEmail!));
    expect(toRepeatManager.text).toMatch(/their next booking needs your approval/);
    const [toMissedManager] = await db.select().from(devOutbox).where(eq(devOutbox.to, missed.person.lineManagerEmail!));
    expect(toMissedManager.subject).toMatch(/did not attend/);
    expect(toMissedManager.text).not.toMatch(/approval/);

    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.action, "register.closed"), eq(auditEvent.entityId, String(s.id))));
    expect(audits).toHaveLength(1);
  });

  it("locks the register once closed, and only the business unit can reopen it (audited); closing again corrects charges", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const admin = await givenPerson(db, { roles: ["admin"] });
    const { session: s } = await givenRegisterSession(db, { trainer, duration: "half_day" });
    const a = await givenBooked(db, s.id);
    const b = await givenBooked(db, s.id);
    expect(
      await saveRegister(trainer, s.id, "close", [
        { bookingId: a.booking.id, attendance: "no_show" },
        { bookingId: b.booking.id, attendance: "no_show" },
      ]),
    ).toEqual({ ok: true, closed: true });
    expect((await db.select().from(charge).where(eq(charge.bookingId, a.booking.id)))[0].amountPence).toBe(2500);

    const locked = await saveRegister(trainer, s.id, "save", [{ bookingId: a.booking.id, attendance: "attended" }]);
    expect(locked).toMatchObject({ ok: false, message: expect.stringMatching(/register is closed/) });
    expect((await bookingRow(a.booking.id)).attendance).toBe("no_show");
    const walkIn = await addWalkIn(trainer, s.id, { email: (await givenPerson(db)).email });
    expect(walkIn).toMatchObject({ ok: false, message: expect.stringMatching(/register is closed/) });

    await expect(reopenRegister(trainer, s.id)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await reopenRegister(admin, s.id)).toEqual({ ok: true });
    const [reopened] = await db.select().from(session).where(eq(session.id, s.id));
    expect(reopened.registerClosedAt).toBeNull();
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.action, "register.reopened"), eq(auditEvent.entityId, String(s.id))));
    expect(audit.actorId).toBe(admin.id);

    // A arrived late after all: correct the mark and close again. A's charge goes; B's stays; no notice is queued twice.
    const noticesBefore = (await jobsLike(`noshow-notice:${b.booking.id}:`)).length;
    expect(await saveRegister(trainer, s.id, "close", [{ bookingId: a.booking.id, attendance: "attended" }])).toEqual({ ok: true, closed: true });
    expect(await db.select().from(charge).where(eq(charge.bookingId, a.booking.id))).toHaveLength(0);
    expect(await db.select().from(charge).where(eq(charge.bookingId, b.booking.id))).toHaveLength(1);
    expect((await jobsLike(`noshow-notice:${b.booking.id}:`)).length).toBe(noticesBefore);
    expect(await jobsLike(`evaluation-request:${a.booking.id}`)).toHaveLength(1);
    // The corrected person is not told they missed it.
    const [aNotice] = await jobsLike(`noshow-notice:${a.booking.id}:learner`);
    expect(await sendNoShowNotice(aNotice.payload as NoShowNoticePayload)).toBe("skipped");
  });

  it("closes once when two trainers press close at the same moment", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const coTrainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer });
    await db.insert(sessionTrainer).values({ sessionId: s.id, personId: coTrainer.id });
    const a = await givenBooked(db, s.id);
    const marks = [{ bookingId: a.booking.id, attendance: "no_show" as const }];
    const results = await Promise.all([saveRegister(trainer, s.id, "close", marks), saveRegister(coTrainer, s.id, "close", marks)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ message: expect.stringMatching(/register is closed/) })]);
    expect(await db.select().from(charge).where(eq(charge.bookingId, a.booking.id))).toHaveLength(1);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.action, "register.closed"), eq(auditEvent.entityId, String(s.id))));
    expect(audits).toHaveLength(1);
  });

  it("refuses another trainer and learners with not found; admins see every register", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const otherTrainer = await givenPerson(db, { roles: ["trainer"] });
    const learner = await givenPerson(db);
    const admin = await givenPerson(db, { roles: ["admin"] });
    const { session: s } = await givenRegisterSession(db, { trainer });
    const a = await givenBooked(db, s.id, { who: learner });
    for (const who of [otherTrainer, learner]) {
      await expect(getRegister(who, s.id)).rejects.toMatchObject({ status: 404 });
      await expect(saveRegister(who, s.id, "close", [{ bookingId: a.booking.id, attendance: "no_show" }])).rejects.toBeInstanceOf(AuthorizationError);
      await expect(showCheckInCode(who, s.id)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(addWalkIn(who, s.id, { email: "x@example.org" })).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect((await bookingRow(a.booking.id)).attendance).toBeNull();
    expect((await getRegister(admin, s.id)).entries.map((e) => e.bookingId)).toEqual([a.booking.id]);
    await expect(getRegister(trainer, 99999999)).rejects.toMatchObject({ status: 404 });
  });

  it("ignores marks for bookings that are not on this register", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: mine } = await givenRegisterSession(db, { trainer });
    const { session: theirs } = await givenRegisterSession(db, { trainer: await givenPerson(db, { roles: ["trainer"] }) });
    const elsewhere = await givenBooked(db, theirs.id);
    await givenBooked(db, mine.id);
    expect(await saveRegister(trainer, mine.id, "save", [{ bookingId: elsewhere.booking.id, attendance: "no_show" }])).toEqual({ ok: true, closed: false });
    expect((await bookingRow(elsewhere.booking.id)).attendance).toBeNull();
  });

  it("marks everyone not yet marked as present, keeping the marks already made", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer });
    const a = await givenBooked(db, s.id);
    const b = await givenBooked(db, s.id);
    const offer = await givenBooked(db, s.id, { status: "offered" });
    await saveRegister(trainer, s.id, "save", [{ bookingId: a.booking.id, attendance: "no_show" }]);
    await saveRegister(trainer, s.id, "all-present", []);
    expect((await bookingRow(a.booking.id)).attendance).toBe("no_show");
    expect((await bookingRow(b.booking.id)).attendance).toBe("attended");
    expect((await bookingRow(offer.booking.id)).attendance).toBeNull();
  });
});

describe("walk-ins", () => {
  it("adds a known person by email, attended and not charged, even when the session is full", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer, capacity: 1 });
    await givenBooked(db, s.id);
    const known = await givenPerson(db, { agencyId: (await givenAgency(db)).id, email: "Walk.In@Example.org" });
    const r = await addWalkIn(trainer, s.id, { email: "walk.in@example.org" });
    expect(r.ok).toBe(true);
    const b = await bookingRow(r.ok ? r.bookingId : 0);
    expect(b).toMatchObject({ personId: known.id, agencyId: known.agencyId, status: "confirmed", attendance: "attended", walkIn: true });
    const [after] = await db.select().from(session).where(eq(session.id, s.id));
    expect(after.placesTaken).toBe(1);
    expect(await addWalkIn(trainer, s.id, { email: known.email })).toMatchObject({ ok: false, errors: { email: expect.stringMatching(/already on the register/) } });
    // Marked "did not attend" by mistake and closed: walk-ins are still never charged.
    await saveRegister(trainer, s.id, "close", [{ bookingId: b.id, attendance: "no_show" }, ...(await getRegister(trainer, s.id)).entries.filter((e) => !e.walkIn).map((e) => ({ bookingId: e.bookingId, attendance: "attended" as const }))]);
    expect(await db.select().from(charge).where(eq(charge.bookingId, b.id))).toHaveLength(0);
  });

  it("needs a name and organisation for someone new, then creates their account", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer });
    const a = await givenAgency(db);
    expect(await addWalkIn(trainer, s.id, { email: "new.walkin@example.org" })).toEqual({
      ok: false,
      errors: { name: expect.stringMatching(/full name/), agencyId: expect.stringMatching(/organisation/) },
    });
    expect(await db.select().from(person).where(eq(person.email, "new.walkin@example.org"))).toHaveLength(0);
    const r = await addWalkIn(trainer, s.id, { email: "New.Walkin@example.org", name: "Nia Walker", agencyId: a.id });
    expect(r.ok).toBe(true);
    const [p] = await db.select().from(person).where(eq(person.email, "new.walkin@example.org"));
    expect(p).toMatchObject({ name: "Nia Walker", agencyId: a.id, roles: ["learner"] });
  });
});

describe("check-in code and the trainer's list", () => {
  it("creates a six-digit code the first time it is shown and keeps it", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer, checkInCode: null });
    const code = await showCheckInCode(trainer, s.id);
    expect(code).toMatch(/^\d{6}$/);
    expect(await showCheckInCode(trainer, s.id)).toBe(code);
    const [row] = await db.select().from(session).where(eq(session.id, s.id));
    expect(row.checkInCode).toBe(code);
  });

  it("lists a trainer's sessions today, coming up and still to close; admins see everyone's", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const other = await givenPerson(db, { roles: ["trainer"] });
    const admin = await givenPerson(db, { roles: ["admin"] });
    const now = new Date();
    const { session: today } = await givenRegisterSession(db, { trainer, startsAt: now, hours: 1 });
    const { session: next } = await givenRegisterSession(db, { trainer, startsAt: new Date(now.getTime() + 3 * DAY) });
    const { session: past } = await givenRegisterSession(db, { trainer, startsAt: new Date(now.getTime() - 3 * DAY) });
    const { session: pastClosed } = await givenRegisterSession(db, { trainer, startsAt: new Date(now.getTime() - 4 * DAY) });
    await db.update(session).set({ registerClosedAt: now }).where(eq(session.id, pastClosed.id));
    const { session: theirs } = await givenRegisterSession(db, { trainer: other, startsAt: new Date(now.getTime() + DAY * 2) });
    const list = await listTrainerSessions(trainer, now);
    expect(list.today.map((r) => r.id)).toContain(today.id);
    expect(list.upcoming.map((r) => r.id)).toContain(next.id);
    expect(list.toClose.map((r) => r.id)).toContain(past.id);
    const all = [...list.today, ...list.upcoming, ...list.toClose].map((r) => r.id);
    expect(all).not.toContain(pastClosed.id);
    expect(all).not.toContain(theirs.id);
    expect((await listTrainerSessions(admin, now)).upcoming.map((r) => r.id)).toContain(theirs.id);
    await expect(listTrainerSessions(await givenPerson(db), now)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
