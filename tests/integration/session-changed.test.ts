// The business unit changes a session people are booked on: everyone holding or waiting for a place gets one
// "Session changed" email (was / now), people who were sent a calendar file get the same event updated, changes
// nobody relies on send nothing, and a change after the cut-off makes cancelling free.
import fs from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { and, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, booking, devOutbox, job, session, waitlistOffer } from "@/db/schema";
import { bookSession, cancelBooking, getMyBooking } from "@/lib/booking";
import { bookingEventUid } from "@/lib/booking/calendar";
import { SESSION_CHANGED_JOB, cancelSession, updateSession } from "@/lib/catalogue-admin";
import { queueSessionChangedMails, sendSessionChangedMail } from "@/lib/catalogue-admin/session-changed-mail";
import { sessionSchema } from "@/lib/catalogue-admin/session-schema";
import { LONDON, londonDateTime } from "@/lib/dates";
import { runAllDueJobs } from "@/lib/jobs";
import { registerAllJobHandlers } from "@/lib/jobs/handlers";
import { givenBooking } from "../support/catalogue-admin";
import { formToken, givenOpportunity, givenSession } from "../support/booking";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const DAY = 86_400_000;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  delete process.env.SMTP_URL;
  await givenPartnership(await getDb(), { cancelCutoffWorkingDays: 3 });
  registerAllJobHandlers();
});

type Person = Awaited<ReturnType<typeof givenPerson>>;
type SessionRow = typeof session.$inferSelect;

/** A London wall-clock time `days` from today (sessions made by the form are whole minutes). */
function londonDaysAhead(days: number, hour: number, minute: number): Date {
  const d = new TZDate(Date.now() + days * DAY, LONDON);
  return londonDateTime(d.getFullYear(), d.getMonth() + 1, d.getDate(), hour, minute);
}

async function venueSession(days: number, over: Partial<typeof session.$inferInsert> = {}) {
  const db = await getDb();
  const o = await givenOpportunity(db, { title: `Safer recruitment ${Math.random().toString(36).slice(2, 7)}` });
  const startsAt = londonDaysAhead(days, 9, 30);
  return givenSession(db, { opportunityId: o.id, startsAt, endsAt: londonDaysAhead(days, 12, 30), venueName: "QA Hall", venueAddress: "1 Test Street, Norwich", district: "North", ...over });
}

/** The session form's answers for the session as it is, with some answers changed. */
function answersFor(s: SessionRow, over: Record<string, unknown> = {}) {
  const start = new TZDate(s.startsAt, LONDON);
  return sessionSchema.parse({
    day: String(start.getDate()),
    month: String(start.getMonth() + 1),
    year: String(start.getFullYear()),
    startTime: format(start, "HH:mm"),
    endTime: format(new TZDate(s.endsAt, LONDON), "HH:mm"),
    mode: s.mode,
    venueName: s.venueName ?? "",
    venueAddress: s.venueAddress ?? "",
    district: s.district ?? "",
    onlineUrl: s.onlineUrl ?? "",
    capacity: String(s.capacity),
    trainerIds: [],
    sectorCapPercent: s.sectorCapPercent == null ? "" : String(s.sectorCapPercent),
    balanceUntilDays: s.balanceUntilDays == null ? "" : String(s.balanceUntilDays),
    cancelCutoffWorkingDays: s.cancelCutoffWorkingDays == null ? "" : String(s.cancelCutoffWorkingDays),
    ...over,
  });
}

async function book(me: Person, sessionId: number) {
  const r = await bookSession(me, { sessionId, formToken: formToken(), intent: "book" });
  if (!r.ok) throw new Error(r.message);
  return r;
}

async function mailsTo(email: string, subject?: RegExp) {
  const db = await getDb();
  const all = await db.select().from(devOutbox).where(eq(devOutbox.to, email.toLowerCase())).orderBy(devOutbox.id);
  return subject ? all.filter((m) => subject.test(m.subject)) : all;
}

async function changeJobs(sessionId: number) {
  const db = await getDb();
  return db.select().from(job).where(and(eq(job.kind, SESSION_CHANGED_JOB), like(job.key, `session-changed:${sessionId}:%`)));
}

type Mail = Awaited<ReturnType<typeof mailsTo>>[number];
function calendarOf(mail: Mail) {
  expect(mail.attachments).toHaveLength(1);
  const [a] = mail.attachments;
  const lines = Buffer.from(a.content, "base64").toString().replace(/\r\n[ \t]/g, "").split("\r\n");
  const value = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
  return { contentType: a.contentType, value, seq: Number(value("SEQUENCE")) };
}
const icsTime = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

describe("a change people rely on", () => {
  it("emails each confirmed person once, says what changed in plain words, and updates their calendar event", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(30);
    const chris = await givenPerson(db, { name: "Chris" });
    const dana = await givenPerson(db, { name: "Dana" });
    const rChris = await book(chris, s.id);
    await book(dana, s.id);

    const r = await updateSession(admin, s.id, answersFor(s, { endTime: "13:00", venueName: "QA Hall (Room 2)" }));
    expect(r).toEqual({ ok: true, id: s.id, notified: 2 });
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.entity, "session"), eq(auditEvent.entityId, String(s.id))));
    expect(audit.details).toMatchObject({ changed: ["endsAt", "venueName"], notified: 2 });
    expect(await changeJobs(s.id)).toHaveLength(2);
    // Queued, not sent, until the job runs.
    expect(await mailsTo(chris.email, /^Session changed/)).toHaveLength(0);
    await runAllDueJobs();

    const [mail] = await mailsTo(chris.email, /^Session changed/);
    expect(mail.subject).toMatch(/^Session changed: Safer recruitment \w+$/);
    expect(mail.text).toContain("Dear Chris");
    expect(mail.text).toMatch(/Date and time\s+Was: \w+day \d+ \w+ \d{4}, 9:30am to 12:30pm\s+Now: \w+day \d+ \w+ \d{4}, 9:30am to 1:00pm/);
    expect(mail.text).toMatch(/Where\s+Was: QA Hall, 1 Test Street, Norwich \(North\)\s+Now: QA Hall \(Room 2\), 1 Test Street, Norwich \(North\)/);
    expect(mail.text).toContain("The attached calendar file updates the session in your calendar.");
    expect(mail.text).toContain("If you can no longer come, cancel your place in My learning");
    expect(mail.text).toMatch(/You can cancel without a charge until \w+day \d+ \w+ \d{4}, 11:59pm/);
    expect(mail.text).toContain("http://localhost:3000/my-learning");

    const confirmation = calendarOf((await mailsTo(chris.email, /^Booking confirmed/))[0]);
    const update = calendarOf(mail);
    expect(update.value("UID")).toBe(bookingEventUid(rChris.reference));
    expect(update.value("UID")).toBe(confirmation.value("UID"));
    expect(update.value("METHOD")).toBe("PUBLISH");
    expect(update.contentType).toContain("method=PUBLISH");
    expect(update.seq).toBeGreaterThan(confirmation.seq);
    expect(update.value("DTEND")).toBe(icsTime(londonDaysAhead(30, 13, 0)));
    expect(update.value("LOCATION")).toContain("QA Hall (Room 2)");
    expect(await mailsTo(dana.email, /^Session changed/)).toHaveLength(1);

    // A later cancellation of the session outranks the updated event.
    await cancelSession(admin, s.id, "Trainer ill");
    await runAllDueJobs();
    const cancelled = calendarOf((await mailsTo(chris.email, /^Cancelled: /))[0]);
    expect(cancelled.seq).toBeGreaterThan(update.seq);
  });

  it("sends nothing for capacity, trainers or the sector cap, and the edit says nobody was told", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const trainer = await givenPerson(db, { roles: ["trainer", "learner"] });
    const s = await venueSession(30);
    const me = await givenPerson(db);
    await book(me, s.id);
    const r = await updateSession(admin, s.id, answersFor(s, { capacity: "25", trainerIds: [trainer.id], sectorCapPercent: "50", balanceUntilDays: "7", cancelCutoffWorkingDays: "5" }));
    expect(r).toEqual({ ok: true, id: s.id, notified: 0 });
    expect(await changeJobs(s.id)).toHaveLength(0);
    await runAllDueJobs();
    expect((await mailsTo(me.email)).map((m) => m.subject)).toEqual([expect.stringMatching(/^Booking confirmed/)]);
  });

  it("does not email people whose booking was cancelled, before the change or after it but before the job ran", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(30);
    const early = await givenPerson(db);
    const late = await givenPerson(db);
    const stays = await givenPerson(db);
    const rEarly = await book(early, s.id);
    const rLate = await book(late, s.id);
    await book(stays, s.id);
    expect(await cancelBooking(early, rEarly.bookingId)).toMatchObject({ ok: true });

    expect(await updateSession(admin, s.id, answersFor(s, { startTime: "10:00" }))).toMatchObject({ ok: true, notified: 2 });
    expect(await cancelBooking(late, rLate.bookingId)).toMatchObject({ ok: true });
    await runAllDueJobs();

    expect(await mailsTo(early.email, /^Session changed/)).toHaveLength(0);
    expect(await mailsTo(late.email, /^Session changed/)).toHaveLength(0);
    expect(await mailsTo(stays.email, /^Session changed/)).toHaveLength(1);
  });

  it("a retried or re-run job sends nothing twice; a second change is a second email", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(30);
    const me = await givenPerson(db);
    await book(me, s.id);
    await updateSession(admin, s.id, answersFor(s, { venueAddress: "2 Other Street, Norwich" }));
    await runAllDueJobs();
    const [queued] = await changeJobs(s.id);
    expect(queued.doneAt).not.toBeNull();
    await sendSessionChangedMail(queued);
    await db.update(job).set({ doneAt: null, attempts: 0 }).where(eq(job.id, queued.id));
    await runAllDueJobs();
    expect(await mailsTo(me.email, /^Session changed/)).toHaveLength(1);

    const [now] = await db.select().from(session).where(eq(session.id, s.id));
    await updateSession(admin, s.id, answersFor(now, { district: "South" }));
    await runAllDueJobs();
    const mails = await mailsTo(me.email, /^Session changed/);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toMatch(/Was: QA Hall, 2 Other Street, Norwich \(North\)\s+Now: QA Hall, 2 Other Street, Norwich \(South\)/);
    expect(calendarOf(mails[1]).seq).toBeGreaterThanOrEqual(calendarOf(mails[0]).seq);
  });

  it("queues nothing for a change that is refused or rolled back", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(30, { capacity: 2 });
    await book(await givenPerson(db), s.id);
    await book(await givenPerson(db), s.id);
    const refused = await updateSession(admin, s.id, answersFor(s, { startTime: "10:00", capacity: "1" }));
    expect(refused.ok).toBe(false);
    await expect(
      db.transaction(async (tx) => {
        const queued = await queueSessionChangedMails(tx, { sessionId: s.id, before: s, after: { ...s, venueName: "Elsewhere" }, changedAt: new Date() });
        expect(queued).toBe(2);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await changeJobs(s.id)).toHaveLength(0);
  });
});

describe("people waiting or awaiting approval", () => {
  it("are told without a calendar file; an open offer keeps its claim link; a new joining link goes to places only", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db, { title: "Online neglect briefing" });
    const startsAt = londonDaysAhead(30, 14, 0);
    const s = await givenSession(db, { opportunityId: o.id, startsAt, endsAt: londonDaysAhead(30, 15, 30), mode: "online", venueName: null, venueAddress: null, district: null, onlineUrl: "https://meet.example.org/old", capacity: 3 });
    const [held, asked, offered, waiting] = [await givenPerson(db), await givenPerson(db), await givenPerson(db), await givenPerson(db)];
    await book(held, s.id);
    await givenBooking(db, s.id, asked, "requested", { lineManagerEmail: asked.lineManagerEmail });
    const offer = await givenBooking(db, s.id, offered, "offered");
    await db.insert(waitlistOffer).values({ bookingId: offer.id, expiresAt: new Date(Date.now() + 2 * DAY) });
    await givenBooking(db, s.id, waiting, "waitlisted");

    // Only the link: news to the person holding a place (they have the old link), not to the others.
    const [s1] = await db.select().from(session).where(eq(session.id, s.id));
    expect(await updateSession(admin, s.id, answersFor(s1, { onlineUrl: "https://meet.example.org/new" }))).toMatchObject({ ok: true, notified: 1 });
    await runAllDueJobs();
    const [linkMail] = await mailsTo(held.email, /^Session changed/);
    expect(linkMail.text).toMatch(/Joining link\s+Was: https:\/\/meet\.example\.org\/old\s+Now: https:\/\/meet\.example\.org\/new/);
    expect(calendarOf(linkMail).value("LOCATION")).toBe("https://meet.example.org/new");
    for (const p of [asked, offered, waiting]) expect(await mailsTo(p.email, /^Session changed/)).toHaveLength(0);

    // The time: everyone.
    const [s2] = await db.select().from(session).where(eq(session.id, s.id));
    expect(await updateSession(admin, s.id, answersFor(s2, { startTime: "13:30" }))).toMatchObject({ ok: true, notified: 4 });
    await runAllDueJobs();
    expect(await mailsTo(held.email, /^Session changed/)).toHaveLength(2);
    for (const p of [asked, offered, waiting]) {
      const mails = await mailsTo(p.email, /^Session changed/);
      expect(mails).toHaveLength(1);
      expect(mails[0].attachments).toEqual([]);
      expect(mails[0].text).not.toContain("calendar file");
      expect(mails[0].text).not.toContain("meet.example.org");
      expect(mails[0].text).toMatch(/Was: .*2:00pm to 3:30pm\s+Now: .*1:30pm to 3:30pm/);
    }
    expect((await mailsTo(asked.email, /^Session changed/))[0].text).toContain("Your line manager has not decided on your request yet.");
    const offerMail = (await mailsTo(offered.email, /^Session changed/))[0];
    expect(offerMail.text).toContain("We are holding a place for you");
    expect(offerMail.text).toMatch(/http:\/\/localhost:3000\/offers\/\S+/);
    expect((await mailsTo(waiting.email, /^Session changed/))[0].text).toContain("leave the waiting list in My learning");
  });

  it("the waiting-list offer for an online session does not point to a calendar file it does not have", async () => {
    const db = await getDb();
    const s = await givenSession(db, { inDays: 30, capacity: 1, mode: "online", venueName: null, venueAddress: null, district: null, onlineUrl: "https://meet.example.org/x" });
    const first = await givenPerson(db);
    const waiting = await givenPerson(db);
    const r = await book(first, s.id);
    expect((await book(waiting, s.id)).status).toBe("waitlisted");
    await cancelBooking(first, r.bookingId);
    await runAllDueJobs();
    const [offer] = await mailsTo(waiting.email, /^A place is available/);
    expect(offer.attachments).toEqual([]);
    expect(offer.text).not.toContain("calendar file");
    expect(offer.text).toContain("Online (we will send you the joining link when you claim the place)");
    expect((await mailsTo(first.email, /^Booking confirmed/))[0].text).toContain("Online (the joining link is in your calendar file and reminders)");
  });
});

describe("cancelling after the business unit changed the session", () => {
  it("is free when the change came after the cut-off; the email and the booking page say so", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(1); // the 3-working-day cut-off has passed
    const moved = await givenPerson(db);
    const rMoved = await book(moved, s.id);
    expect((await getMyBooking(moved, rMoved.bookingId))?.lateIfCancelledNow).toBe(true);

    await updateSession(admin, s.id, answersFor(s, { endTime: "13:00" }));
    await runAllDueJobs();
    const [mail] = await mailsTo(moved.email, /^Session changed/);
    expect(mail.text).toContain("Because we made this change after the cancellation cut-off, there is no charge if you cancel.");
    expect(await getMyBooking(moved, rMoved.bookingId)).toMatchObject({ lateIfCancelledNow: false, freeBecauseSessionChanged: true });

    // Someone booking after the change knew the new time: the usual late rule.
    const after = await givenPerson(db);
    const rAfter = await book(after, s.id);
    expect(await getMyBooking(after, rAfter.bookingId)).toMatchObject({ lateIfCancelledNow: true, freeBecauseSessionChanged: false });

    expect(await cancelBooking(moved, rMoved.bookingId)).toEqual({ ok: true, status: "cancelled" });
    expect(await cancelBooking(after, rAfter.bookingId)).toEqual({ ok: true, status: "late_cancelled" });
    const [b] = await db.select().from(booking).where(eq(booking.id, rMoved.bookingId));
    expect(b.status).toBe("cancelled");
    const audit = await db.select().from(auditEvent).where(and(eq(auditEvent.entity, "booking"), eq(auditEvent.entityId, String(rMoved.bookingId))));
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ freeBecauseSessionChanged: true }));
    expect((await mailsTo(moved.email, /^Booking cancelled/))[0].text).toContain("There is no charge.");
  });

  it("follows the usual cut-off when the change came before it (and a capacity change frees nobody)", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(30);
    const me = await givenPerson(db);
    const r = await book(me, s.id);
    await updateSession(admin, s.id, answersFor(s, { venueName: "QA Annex" }));
    const lateMoment = new Date(s.startsAt.getTime() - DAY);
    expect(await cancelBooking(me, r.bookingId, lateMoment)).toEqual({ ok: true, status: "late_cancelled" });

    const s2 = await venueSession(1);
    const other = await givenPerson(db);
    const r2 = await book(other, s2.id);
    expect(await updateSession(admin, s2.id, answersFor(s2, { capacity: "30" }))).toMatchObject({ ok: true, notified: 0 });
    expect(await cancelBooking(other, r2.bookingId)).toEqual({ ok: true, status: "late_cancelled" });
  });
});

describe("when the session last changed for the people booked on it (attendee_changed_at)", () => {
  async function changedAt(sessionId: number) {
    const db = await getDb();
    const [row] = await db.select({ at: session.attendeeChangedAt }).from(session).where(eq(session.id, sessionId));
    return row.at;
  }

  it("is set by an edit of the time or place, in the edit's transaction, and not by capacity, trainers, the sector cap or the cut-off", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const trainer = await givenPerson(db, { roles: ["trainer", "learner"] });
    const s = await venueSession(30);
    expect(await changedAt(s.id)).toBeNull();

    expect(await updateSession(admin, s.id, answersFor(s, { capacity: "25", trainerIds: [trainer.id], sectorCapPercent: "50", balanceUntilDays: "7", cancelCutoffWorkingDays: "5" }))).toMatchObject({ ok: true });
    expect(await changedAt(s.id)).toBeNull();

    const [s1] = await db.select().from(session).where(eq(session.id, s.id));
    const before = Date.now();
    expect(await updateSession(admin, s.id, answersFor(s1, { startTime: "10:00" }))).toMatchObject({ ok: true });
    const first = await changedAt(s.id);
    expect(first).not.toBeNull();
    expect(first!.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    // The same moment as the audit entry of the edit (the rule used to read the audit log).
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.entity, "session"), eq(auditEvent.entityId, String(s.id)), eq(auditEvent.action, "session.updated")));
    expect(audits.map((a) => a.at.getTime())).toContain(first!.getTime());

    // A later capacity-only edit keeps the time of the last change people rely on; a refused edit sets nothing.
    const [s2] = await db.select().from(session).where(eq(session.id, s.id));
    await updateSession(admin, s.id, answersFor(s2, { capacity: "40" }));
    expect(await changedAt(s.id)).toEqual(first);
    expect((await updateSession(admin, s.id, answersFor(s2, { venueName: "Elsewhere", district: "Nowhere" }))).ok).toBe(false);
    expect(await changedAt(s.id)).toEqual(first);

    await new Promise((r) => setTimeout(r, 5));
    expect(await updateSession(admin, s.id, answersFor(s2, { mode: "online", onlineUrl: "https://meet.example.org/moved" }))).toMatchObject({ ok: true });
    expect((await changedAt(s.id))!.getTime()).toBeGreaterThan(first!.getTime());
  });

  it("makes cancelling after a late change free, and My learning stops checking once the session has started", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await venueSession(1); // past the 3-working-day cut-off
    const me = await givenPerson(db);
    const r = await book(me, s.id);
    expect(await getMyBooking(me, r.bookingId)).toMatchObject({ lateIfCancelledNow: true, freeBecauseSessionChanged: false });

    await updateSession(admin, s.id, answersFor(s, { venueAddress: "3 New Road, Norwich" }));
    expect(await changedAt(s.id)).not.toBeNull();
    expect(await getMyBooking(me, r.bookingId)).toMatchObject({ lateIfCancelledNow: false, freeBecauseSessionChanged: true });
    const [now] = await db.select().from(session).where(eq(session.id, s.id));
    const afterStart = new Date(now.startsAt.getTime() + 60_000);
    expect(await getMyBooking(me, r.bookingId, afterStart)).toMatchObject({ freeBecauseSessionChanged: false });

    expect(await cancelBooking(me, r.bookingId)).toEqual({ ok: true, status: "cancelled" });
  });

  it("was filled in from the audit log by migration 0002 (the latest change people rely on)", async () => {
    const db = await getDb();
    const changedOnce = await venueSession(30);
    const capacityOnly = await venueSession(30);
    const never = await venueSession(30);
    const entry = (sessionId: number, at: string, changed: string[]) => ({ actorId: null, action: "session.updated", entity: "session", entityId: String(sessionId), at: new Date(at), details: { changed } });
    await db.insert(auditEvent).values([
      entry(changedOnce.id, "2026-03-01T10:00:00Z", ["startsAt", "capacity"]),
      entry(changedOnce.id, "2026-03-05T10:00:00Z", ["venueName"]),
      entry(changedOnce.id, "2026-03-09T10:00:00Z", ["capacity", "sectorCapPercent"]),
      { ...entry(changedOnce.id, "2026-03-10T10:00:00Z", ["startsAt"]), action: "session.created" },
      entry(capacityOnly.id, "2026-03-02T10:00:00Z", ["capacity", "cancelCutoffWorkingDays"]),
    ]);
    const file = fs.readFileSync(path.join(process.cwd(), "db", "migrations", "0002_session_attendee_changed_at.sql"), "utf8");
    const backfill = file.split("--> statement-breakpoint").find((part) => part.includes("UPDATE"))!;
    await db.execute(sql.raw(backfill));
    expect(await changedAt(changedOnce.id)).toEqual(new Date("2026-03-05T10:00:00Z"));
    expect(await changedAt(capacityOnly.id)).toBeNull();
    expect(await changedAt(never.id)).toBeNull();
  });
});
