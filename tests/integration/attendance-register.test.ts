import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, booking, charge, devOutbox, job, person, sentMessage, session, sessionTrainer } from "@/db/schema";
import { addWalkIn, getRegister, listTrainerSessions, reopenRegister, saveRegister, showCheckInCode } from "@/lib/attendance";
import { AuthorizationError } from "@/lib/auth/errors";
import { NoShowNoticePendingError, sendNoShowCorrection, sendNoShowNotice, type NoShowCorrectionPayload, type NoShowNoticePayload } from "@/lib/noshow/notices";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { givenBooked, givenRegisterSession } from "../support/attendance";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  await givenPartnership(await getDb());
});

const DAY = 86400_000;
const HOUR = 3600_000;

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

describe("when the register can be taken", () => {
  it("refuses marks, 'mark all present', walk-ins, closing and a check-in code before the session starts, and changes nothing", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    // Friday's session seen on Wednesday, and today's session an hour and a half before it starts.
    for (const startsIn of [2 * DAY, 1.5 * HOUR]) {
      const { session: s } = await givenRegisterSession(db, { trainer, startsAt: new Date(Date.now() + startsIn), checkInCode: null });
      const a = await givenBooked(db, s.id);
      const b = await givenBooked(db, s.id);
      const marks = [
        { bookingId: a.booking.id, attendance: "no_show" as const, note: "Not here" },
        { bookingId: b.booking.id, attendance: "attended" as const },
      ];
      for (const intent of ["save", "all-present", "close"] as const) {
        const r = await saveRegister(trainer, s.id, intent, marks, new Date(), { finishedEarly: true });
        expect(r).toEqual({ ok: false, errors: {}, message: expect.stringMatching(/^The session has not started yet\. The register opens when it starts, at \d{1,2}:\d\d[ap]m on \w+day \d{1,2} \w+ \d{4}\.$/) });
      }
      expect(await addWalkIn(trainer, s.id, { email: (await givenPerson(db)).email })).toMatchObject({ ok: false, message: expect.stringMatching(/has not started yet/) });
      expect(await showCheckInCode(trainer, s.id)).toBeNull();

      const [row] = await db.select().from(session).where(eq(session.id, s.id));
      expect(row).toMatchObject({ registerClosedAt: null, checkInCode: null });
      for (const x of [a, b]) expect(await bookingRow(x.booking.id)).toMatchObject({ attendance: null, registerNote: null });
      expect((await getRegister(trainer, s.id)).entries).toHaveLength(2); // no walk-in
      expect(await db.select().from(charge).where(eq(charge.bookingId, a.booking.id))).toHaveLength(0);
      expect(await jobsLike(`noshow-notice:${a.booking.id}:`)).toHaveLength(0);
      expect(await jobsLike(`evaluation-request:${b.booking.id}`)).toHaveLength(0);
    }
  });

  it("opens the register at the start; the check-in code an hour before", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const startsAt = new Date(Date.now() + 2 * DAY);
    const { session: s } = await givenRegisterSession(db, { trainer, startsAt, hours: 1, checkInCode: null });
    const a = await givenBooked(db, s.id);
    expect(await showCheckInCode(trainer, s.id, new Date(startsAt.getTime() - 61 * 60_000))).toBeNull();
    expect(await showCheckInCode(trainer, s.id, new Date(startsAt.getTime() - 30 * 60_000))).toMatch(/^\d{6}$/);
    expect(await saveRegister(trainer, s.id, "save", [{ bookingId: a.booking.id, attendance: "attended" }], new Date(startsAt.getTime() - 1000))).toMatchObject({ ok: false });
    expect(await saveRegister(trainer, s.id, "save", [{ bookingId: a.booking.id, attendance: "attended" }], startsAt)).toEqual({ ok: true, closed: false });
    // A one-hour session can be closed from its start without saying it finished early.
    expect(await saveRegister(trainer, s.id, "close", [], new Date(startsAt.getTime() + 60_000))).toEqual({ ok: true, closed: true });
  });

  it("closes a running session more than an hour before its end only when the trainer says it finished early", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const { session: s } = await givenRegisterSession(db, { trainer, startsAt: new Date(Date.now() - 2 * HOUR), hours: 6 });
    const a = await givenBooked(db, s.id);
    const early = await saveRegister(trainer, s.id, "close", [{ bookingId: a.booking.id, attendance: "no_show" }]);
    expect(early).toEqual({ ok: false, errors: { finishedEarly: expect.stringMatching(/^The session is due to end at \d{1,2}:\d\d[ap]m\. Select that it finished early/) } });
    // Refused, but the mark is kept, and nobody is charged or told.
    expect((await bookingRow(a.booking.id)).attendance).toBe("no_show");
    expect((await db.select().from(session).where(eq(session.id, s.id)))[0].registerClosedAt).toBeNull();
    expect(await db.select().from(charge).where(eq(charge.bookingId, a.booking.id))).toHaveLength(0);
    expect(await jobsLike(`noshow-notice:${a.booking.id}:`)).toHaveLength(0);

    // Within the last hour it closes as it is; earlier it closes once the trainer says the session finished early.
    expect(await saveRegister(trainer, s.id, "close", [], new Date(s.endsAt.getTime() - 59 * 60_000))).toEqual({ ok: true, closed: true });
    const { session: t } = await givenRegisterSession(db, { trainer, startsAt: new Date(Date.now() - 2 * HOUR), hours: 6 });
    const c = await givenBooked(db, t.id);
    expect(await saveRegister(trainer, t.id, "close", [{ bookingId: c.booking.id, attendance: "attended" }], new Date(), { finishedEarly: true })).toEqual({ ok: true, closed: true });
  });
});

describe("places not confirmed after the reminder", () => {
  it("flags on the register the people asked to confirm who have not, only while the register is open", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const admin = await givenPerson(db, { roles: ["admin"] });
    const { session: s } = await givenRegisterSession(db, { trainer, startsAt: new Date(Date.now() + 3 * DAY) });
    const silent = await givenBooked(db, s.id);
    const confirmed = await givenBooked(db, s.id, { over: { attendanceConfirmedAt: new Date() } });
    const notAskedYet = await givenBooked(db, s.id);
    for (const x of [silent, confirmed]) {
      await db.insert(sentMessage).values({ key: `reminder:7:booking:${x.booking.id}`, to: x.person.email, subject: "Please confirm your place", template: "reminder-confirm" });
    }
    expect((await getRegister(trainer, s.id)).notConfirmed).toEqual([silent.booking.id]);
    expect((await getRegister(admin, s.id)).notConfirmed).toEqual([silent.booking.id]);
    expect((await getRegister(trainer, s.id)).entries.map((e) => e.bookingId).sort()).toEqual([silent.booking.id, confirmed.booking.id, notAskedYet.booking.id].sort());
    await db.update(session).set({ registerClosedAt: new Date() }).where(eq(session.id, s.id));
    expect((await getRegister(trainer, s.id)).notConfirmed).toEqual([]);
  });
});

describe("correcting a no-show after a reopen", () => {
  async function closedWithNoShows() {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const admin = await givenPerson(db, { roles: ["admin"] });
    const { session: s } = await givenRegisterSession(db, { trainer });
    const told = await givenBooked(db, s.id);
    const notYetTold = await givenBooked(db, s.id);
    const stillMissed = await givenBooked(db, s.id);
    const marks = [told, notYetTold, stillMissed].map((x) => ({ bookingId: x.booking.id, attendance: "no_show" as const }));
    expect(await saveRegister(trainer, s.id, "close", marks)).toEqual({ ok: true, closed: true });
    return { db, trainer, admin, s, told, notYetTold, stillMissed };
  }

  /** What the job worker does: run the handler, then mark the job done. */
  async function runNotice(key: string) {
    const db = await getDb();
    const [j] = await db.select().from(job).where(eq(job.key, key));
    const result = await sendNoShowNotice(j.payload as NoShowNoticePayload);
    await db.update(job).set({ doneAt: new Date() }).where(eq(job.id, j.id));
    return result;
  }

  async function correctionPayload(key: string) {
    const [j] = await jobsLike(key);
    expect(j?.kind).toBe("noshow.correction");
    return j.payload as NoShowCorrectionPayload;
  }

  it("tells the learner and the manager who were sent the notice, once; nobody else", async () => {
    const { db, trainer, admin, s, told, notYetTold, stillMissed } = await closedWithNoShows();
    expect(await runNotice(`noshow-notice:${told.booking.id}:learner`)).toBe("sent");
    expect(await runNotice(`noshow-notice:${told.booking.id}:manager`)).toBe("sent");
    expect(await runNotice(`noshow-notice:${stillMissed.booking.id}:learner`)).toBe("sent");

    // Both arrived late after all; the register is reopened and closed again.
    expect(await reopenRegister(admin, s.id)).toEqual({ ok: true });
    const fixed = [
      { bookingId: told.booking.id, attendance: "attended" as const },
      { bookingId: notYetTold.booking.id, attendance: "partial" as const },
    ];
    expect(await saveRegister(trainer, s.id, "close", fixed)).toEqual({ ok: true, closed: true });
    expect(await db.select().from(charge).where(eq(charge.bookingId, told.booking.id))).toHaveLength(0);

    expect((await jobsLike(`noshow-correction:${told.booking.id}:`)).map((j) => j.key).sort()).toEqual(
      [`noshow-correction:${told.booking.id}:learner`, `noshow-correction:${told.booking.id}:manager`].sort(),
    );
    expect(await jobsLike(`noshow-correction:${stillMissed.booking.id}:`)).toHaveLength(0);

    const learnerCorrection = await correctionPayload(`noshow-correction:${told.booking.id}:learner`);
    expect(await sendNoShowCorrection(learnerCorrection)).toBe("sent");
    expect(await sendNoShowCorrection(learnerCorrection)).toBe("duplicate");
    expect(await sendNoShowCorrection(await correctionPayload(`noshow-correction:${told.booking.id}:manager`))).toBe("sent");
    const toLearner = (await db.select().from(devOutbox).where(eq(devOutbox.to, told.person.email.toLowerCase()))).find((m) => /Correction/.test(m.subject))!;
    expect(toLearner.subject).toMatch(/^Correction: you did attend Register course/);
    expect(toLearner.text).toMatch(/We told you that you did not attend/);
    expect(toLearner.text).toMatch(/There is no charge for this place/);
    const toManager = (await db.select().from(devOutbox).where(eq(devOutbox.to, told.person.lineManagerEmail!))).find((m) => /Correction/.test(m.subject))!;
    expect(toManager.subject).toMatch(new RegExp(`^Correction: ${told.person.name} did attend`));

    // Marked partly attended before its notice went out: the notice job stays silent, so the correction does too.
    const quiet = await correctionPayload(`noshow-correction:${notYetTold.booking.id}:learner`);
    await expect(sendNoShowCorrection(quiet)).rejects.toBeInstanceOf(NoShowNoticePendingError);
    expect(await runNotice(`noshow-notice:${notYetTold.booking.id}:learner`)).toBe("skipped");
    expect(await sendNoShowCorrection(quiet)).toBe("skipped");
    const toQuiet = await db.select().from(devOutbox).where(eq(devOutbox.to, notYetTold.person.email.toLowerCase()));
    expect(toQuiet).toHaveLength(0);
  });

  it("says nothing when the mark went back to 'did not attend' before the correction ran", async () => {
    const { trainer, admin, s, told } = await closedWithNoShows();
    expect(await runNotice(`noshow-notice:${told.booking.id}:learner`)).toBe("sent");
    await reopenRegister(admin, s.id);
    await saveRegister(trainer, s.id, "close", [{ bookingId: told.booking.id, attendance: "attended" }]);
    await reopenRegister(admin, s.id);
    await saveRegister(trainer, s.id, "save", [{ bookingId: told.booking.id, attendance: "no_show" }]);
    expect(await sendNoShowCorrection(await correctionPayload(`noshow-correction:${told.booking.id}:learner`))).toBe("skipped");
  });
});
