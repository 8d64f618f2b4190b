// The calendar files in booking emails: one event per booking (same UID in the confirmation and every reminder,
// SEQUENCE growing), and a cancelling file (METHOD:CANCEL) when the place ends, so calendars neither gain a
// second event nor keep a stale one.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { booking, devOutbox, session } from "@/db/schema";
import { bookSession, cancelBooking, transferBooking } from "@/lib/booking";
import { bookingEventUid } from "@/lib/booking/calendar";
import { cancelBookingOnBehalf, cancelSession } from "@/lib/catalogue-admin";
import { runAllDueJobs } from "@/lib/jobs";
import { registerAllJobHandlers } from "@/lib/jobs/handlers";
import { composeReminder, queueDueReminders } from "@/lib/reminders";
import { formToken, givenSession } from "../support/booking";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const DAY = 86_400_000;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  delete process.env.SMTP_URL;
  await givenPartnership(await getDb(), { cancelCutoffWorkingDays: 3, reminderDaysBefore: [7, 2] });
  registerAllJobHandlers();
});

type Person = Awaited<ReturnType<typeof givenPerson>>;

async function bookedPlace(me: Person, sessionId: number, now?: Date) {
  const r = await bookSession(me, { sessionId, formToken: formToken(), intent: "book" }, now);
  if (!r.ok) throw new Error(r.message);
  return r;
}

async function mailsTo(email: string) {
  const db = await getDb();
  return db.select().from(devOutbox).where(eq(devOutbox.to, email.toLowerCase())).orderBy(devOutbox.id);
}

async function mailTo(email: string, subject: RegExp) {
  const mail = (await mailsTo(email)).find((m) => subject.test(m.subject));
  if (!mail) throw new Error(`no mail to ${email} matching ${subject}`);
  return mail;
}

type Mail = Awaited<ReturnType<typeof mailsTo>>[number];
type Ics = { contentType: string; filename: string; lines: string[] };

function parse(a: { contentType: string; filename: string }, text: string): Ics {
  return { contentType: a.contentType, filename: a.filename, lines: text.replace(/\r\n[ \t]/g, "").split("\r\n") };
}

/** The one calendar file of a mail (from the dev outbox, base64), unfolded into lines. */
function calendarOf(mail: Mail): Ics {
  expect(mail.attachments).toHaveLength(1);
  const [a] = mail.attachments;
  return parse(a, Buffer.from(a.content, "base64").toString());
}
const value = (ics: Ics, name: string) => ics.lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
const seq = (ics: Ics) => Number(value(ics, "SEQUENCE"));

function expectCancels(cancel: Ics, live: Ics) {
  expect(value(cancel, "METHOD")).toBe("CANCEL");
  expect(cancel.contentType).toContain("method=CANCEL");
  expect(value(cancel, "STATUS")).toBe("CANCELLED");
  expect(value(cancel, "UID")).toBe(value(live, "UID"));
  expect(seq(cancel)).toBeGreaterThan(seq(live));
}

describe("one event per booking", () => {
  it("the confirmation and every reminder carry the same UID, each later one a higher SEQUENCE", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const s = await givenSession(db, { inDays: 6 });
    const r = await bookedPlace(me, s.id, new Date(Date.now() - 20 * DAY));

    await queueDueReminders();
    await runAllDueJobs();

    const confirmation = calendarOf(await mailTo(me.email, /^Booking confirmed/));
    const reminder = calendarOf(await mailTo(me.email, /^Please confirm your place/));
    expect(value(confirmation, "UID")).toBe(bookingEventUid(r.reference));
    expect(value(reminder, "UID")).toBe(value(confirmation, "UID"));
    expect(value(confirmation, "METHOD")).toBe("PUBLISH");
    expect(value(reminder, "METHOD")).toBe("PUBLISH");
    expect(confirmation.contentType).toContain("method=PUBLISH");
    expect(seq(reminder)).toBeGreaterThan(seq(confirmation));

    // The session moves: the next reminder updates the same event with the new time.
    const movedTo = new Date(s.startsAt.getTime() + 3600_000);
    await db.update(session).set({ startsAt: movedTo, endsAt: new Date(movedTo.getTime() + 6 * 3600_000) }).where(eq(session.id, s.id));
    const later = await composeReminder({ bookingId: r.bookingId, days: 2 }, new Date(movedTo.getTime() - 1.5 * DAY));
    expect(later?.attachments).toHaveLength(1);
    const update = parse(later!.attachments![0], later!.attachments![0].content.toString());
    expect(value(update, "UID")).toBe(value(confirmation, "UID"));
    expect(seq(update)).toBeGreaterThan(seq(reminder));
    expect(value(update, "DTSTART")).toBe(movedTo.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, ""));
  });
});

describe("ending a place takes the event out of the calendar", () => {
  it("the cancellation email carries a cancelling file for the booking's event", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const s = await givenSession(db, { inDays: 30 });
    const r = await bookedPlace(me, s.id);
    expect(await cancelBooking(me, r.bookingId)).toEqual({ ok: true, status: "cancelled" });

    const confirmation = calendarOf(await mailTo(me.email, /^Booking confirmed/));
    const mail = await mailTo(me.email, /^Booking cancelled/);
    const cancel = calendarOf(mail);
    expectCancels(cancel, confirmation);
    expect(value(cancel, "UID")).toBe(bookingEventUid(r.reference));
    expect(cancel.lines.find((l) => l.startsWith("ATTENDEE"))).toContain(`mailto:${me.email}`);
    expect(mail.text).toContain("The attached calendar file removes the session from your calendar.");
  });

  it("so does a late cancellation, and one made by the business unit on the person's behalf", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const late = await givenPerson(db);
    const phoned = await givenPerson(db);
    const s = await givenSession(db, { inDays: 1 });
    const rLate = await bookedPlace(late, s.id);
    const rPhoned = await bookedPlace(phoned, s.id);
    expect(await cancelBooking(late, rLate.bookingId)).toEqual({ ok: true, status: "late_cancelled" });
    expect(await cancelBookingOnBehalf(admin, rPhoned.bookingId)).toMatchObject({ ok: true });

    expectCancels(calendarOf(await mailTo(late.email, /^Booking cancelled/)), calendarOf(await mailTo(late.email, /^Booking confirmed/)));
    expectCancels(calendarOf(await mailTo(phoned.email, /^Booking cancelled/)), calendarOf(await mailTo(phoned.email, /^Booking confirmed/)));
  });

  it("leaving the waiting list sends no calendar file (there was no event)", async () => {
    const db = await getDb();
    const s = await givenSession(db, { inDays: 30, capacity: 1 });
    await bookedPlace(await givenPerson(db), s.id);
    const waiting = await givenPerson(db);
    const r = await bookedPlace(waiting, s.id);
    expect(r.status).toBe("waitlisted");
    expect(await cancelBooking(waiting, r.bookingId)).toMatchObject({ ok: true });
    const mail = await mailTo(waiting.email, /^Booking cancelled/);
    expect(mail.attachments).toEqual([]);
    expect(mail.text).not.toContain("calendar file");
  });

  it("giving the place to a colleague cancels the giver's event; the colleague gets their own", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const me = await givenPerson(db, { agencyId: a.id });
    const colleague = await givenPerson(db, { agencyId: a.id });
    const s = await givenSession(db, { inDays: 30 });
    const r = await bookedPlace(me, s.id);
    const t = await transferBooking(me, r.bookingId, colleague.email);
    if (!t.ok) throw new Error(t.message);
    const [newBooking] = await db.select().from(booking).where(eq(booking.id, t.newBookingId));
    expect(newBooking.reference).not.toBe(r.reference);

    const mine = calendarOf(await mailTo(me.email, /^Booking confirmed/));
    const given = await mailTo(me.email, /^Place transferred/);
    expectCancels(calendarOf(given), mine);
    expect(value(calendarOf(given), "UID")).toBe(bookingEventUid(r.reference));
    expect(given.text).toContain("The attached calendar file removes the session from your calendar.");

    const theirs = calendarOf(await mailTo(colleague.email, /^Booking confirmed/));
    expect(value(theirs, "METHOD")).toBe("PUBLISH");
    expect(value(theirs, "UID")).toBe(bookingEventUid(newBooking.reference));
  });

  it("a session cancelled by the business unit cancels each booked person's event; the waiting list gets no file", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const s = await givenSession(db, { inDays: 30, capacity: 1 });
    const booked = await givenPerson(db);
    const waiting = await givenPerson(db);
    const r = await bookedPlace(booked, s.id);
    expect((await bookedPlace(waiting, s.id)).status).toBe("waitlisted");

    expect(await cancelSession(admin, s.id, "The trainer is ill")).toEqual({ ok: true, notified: 2 });
    await runAllDueJobs();

    const mail = await mailTo(booked.email, /^Cancelled: /);
    const cancel = calendarOf(mail);
    expectCancels(cancel, calendarOf(await mailTo(booked.email, /^Booking confirmed/)));
    expect(value(cancel, "UID")).toBe(bookingEventUid(r.reference));
    expect(mail.text).toContain("The attached calendar file removes the session from your calendar.");
    const waitingMail = await mailTo(waiting.email, /^Cancelled: /);
    expect(waitingMail.attachments).toEqual([]);
    expect(waitingMail.text).not.toContain("calendar file");
  });
});
