import { and, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, booking, devOutbox, job, partnership, sentMessage, session } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import { registerScheduledMessage, runAllDueJobs, scheduleMessage } from "@/lib/jobs";
import { registerAllJobHandlers } from "@/lib/jobs/handlers";
import { renderEmail } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { updatePolicySettings } from "@/lib/partnership/settings";
import { confirmPlaceByLink, placeFromLink, queueDueReminders, releasePlaceFromReminder, unconfirmedBookings } from "@/lib/reminders";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { givenBooking, givenSession } from "../support/reminders";
import { useTestDatabase } from "../support/test-db";
import * as React from "react";

const getDb = useTestDatabase();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  delete process.env.SMTP_URL;
  await givenPartnership(await getDb());
  registerAllJobHandlers();
});

async function outboxFor(email: string) {
  const db = await getDb();
  return db.select().from(devOutbox).where(eq(devOutbox.to, email.toLowerCase())).orderBy(devOutbox.id);
}

async function reminderJobsFor(bookingIds: number[]) {
  const db = await getDb();
  const rows = await db.select({ key: job.key }).from(job).where(like(job.key, "reminder:%"));
  return rows.map((r) => r.key!).filter((k) => bookingIds.some((id) => k.endsWith(`:booking:${id}`)));
}

const linkIn = (text: string, path: string) => {
  const m = text.match(new RegExp(`https?://\\S+${path}\\?token=[^\\s\\])]+`));
  return m ? new URL(m[0]).searchParams.get("token")! : null;
};

describe("the reminder scan", () => {
  it("queues one reminder per booking however often it runs, and none for cancelled or waiting places", async () => {
    const db = await getDb();
    const s = await givenSession(db, { startsInDays: 6 });
    const booked = await Promise.all([1, 2, 3].map(async () => givenBooking(db, s, (await givenPerson(db)).id)));
    const cancelled = await givenBooking(db, s, (await givenPerson(db)).id, "cancelled");
    const waiting = await givenBooking(db, s, (await givenPerson(db)).id, "waitlisted");

    await queueDueReminders();
    await queueDueReminders();

    const keys = await reminderJobsFor([...booked, cancelled, waiting].map((b) => b.id));
    expect(keys.sort()).toEqual(booked.map((b) => `reminder:7:booking:${b.id}`).sort());
  });

  it("sends nothing to a person who cancels after the reminder was queued, or when the session is cancelled", async () => {
    const db = await getDb();
    const s = await givenSession(db, { startsInDays: 5 });
    const leaver = await givenPerson(db);
    const b = await givenBooking(db, s, leaver.id);
    const s2 = await givenSession(db, { startsInDays: 5 });
    const stayer = await givenPerson(db);
    await givenBooking(db, s2, stayer.id);
    await queueDueReminders();
    await db.update(booking).set({ status: "cancelled" }).where(eq(booking.id, b.id));
    await db.update(session).set({ status: "cancelled" }).where(eq(session.id, s2.id));

    await runAllDueJobs();

    expect(await outboxFor(leaver.email)).toHaveLength(0);
    expect(await outboxFor(stayer.email)).toHaveLength(0);
    const [j] = await db.select().from(job).where(eq(job.key, `reminder:7:booking:${b.id}`));
    expect(j.doneAt).toBeInstanceOf(Date);
  });
});

describe("the 7-day reminder", () => {
  it("states the cost of a missed place and the people waiting, gives joining instructions, links and a calendar file", async () => {
    const db = await getDb();
    const s = await givenSession(db, { startsInDays: 6, title: "Protecting babies" });
    const me = await givenPerson(db, { name: "Ada Jones" });
    const mine = await givenBooking(db, s, me.id);
    await givenBooking(db, s, (await givenPerson(db)).id, "waitlisted");
    await givenBooking(db, s, (await givenPerson(db)).id, "waitlisted");

    await queueDueReminders();
    await runAllDueJobs();

    const [mail, ...more] = await outboxFor(me.email);
    expect(more).toHaveLength(0);
    expect(mail.subject).toMatch(/^Please confirm your place: Protecting babies, /);
    expect(mail.text).toContain("Dear Ada Jones");
    expect(mail.text).toContain("costs £50.00, charged to your organisation");
    expect(mail.text).toContain("2 people are waiting for a place on this session");
    expect(mail.text).toContain("County Hall, Martineau Lane, Norwich NR1 2DH");
    expect(mail.text).toContain("Test Safeguarding Children Partnership");
    expect(mail.html).toContain('lang="en-GB"');
    expect(linkIn(mail.text, "/reminders/confirm")).toBeTruthy();
    expect(linkIn(mail.text, "/reminders/release")).toBeTruthy();
    expect(mail.attachments).toHaveLength(1);
    const ics = Buffer.from(mail.attachments[0].content, "base64").toString();
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("SUMMARY:Protecting babies");
    // The booking's event, with the UID its confirmation used, so the calendar updates it rather than adding one.
    expect(ics).toContain(`UID:booking-${mine.reference}@`);
  });

  it("the 2-day reminder repeats the joining instructions (the online link) without asking again", async () => {
    const db = await getDb();
    const s = await givenSession(db, { startsInDays: 1.5, mode: "online" });
    const me = await givenPerson(db);
    await givenBooking(db, s, me.id);

    await queueDueReminders();
    await runAllDueJobs();

    const mails = await outboxFor(me.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^Joining instructions: /);
    expect(mails[0].text).toContain("https://meet.example.org/neglect-course");
    expect(linkIn(mails[0].text, "/reminders/confirm")).toBeNull();
    expect(mails[0].attachments[0].filename).toBe("session.ics");
  });
});

describe("confirming and releasing a place from the reminder", () => {
  it("confirm records the answer; the trainer sees who has not answered", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const s = await givenSession(db, { startsInDays: 6, trainerIds: [trainer.id] });
    const yes = await givenPerson(db, { name: "Ann Yes" });
    const silent = await givenPerson(db, { name: "Bob Silent" });
    const bYes = await givenBooking(db, s, yes.id);
    const bSilent = await givenBooking(db, s, silent.id);
    expect(await unconfirmedBookings(trainer, s.id)).toEqual([]);

    await queueDueReminders();
    await runAllDueJobs();
    const [mail] = await outboxFor(yes.email);
    const confirmToken = linkIn(mail.text, "/reminders/confirm")!;
    const releaseToken = linkIn(mail.text, "/reminders/release")!;

    expect(await confirmPlaceByLink(releaseToken)).toEqual({ ok: false, reason: "invalid-link" });
    expect((await placeFromLink(confirmToken, "confirm-place"))?.booking.id).toBe(bYes.id);
    expect(await confirmPlaceByLink(confirmToken)).toEqual({ ok: true, bookingId: bYes.id });
    expect(await confirmPlaceByLink(confirmToken)).toEqual({ ok: true, bookingId: bYes.id });

    const [row] = await db.select().from(booking).where(eq(booking.id, bYes.id));
    expect(row.attendanceConfirmedAt).toBeInstanceOf(Date);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.action, "booking.attendance-confirmed"), eq(auditEvent.entityId, String(bYes.id))));
    expect(audits).toHaveLength(1);
    const unconfirmed = await unconfirmedBookings(trainer, s.id);
    expect(unconfirmed.map((u) => u.bookingId)).toEqual([bSilent.id]);
    expect(unconfirmed[0]).toMatchObject({ personName: "Bob Silent", email: silent.email });
    await expect(unconfirmedBookings(yes, s.id)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("release frees the place at once and offers it to the waiting list", async () => {
    const db = await getDb();
    const s = await givenSession(db, { startsInDays: 6, capacity: 1 });
    const me = await givenPerson(db);
    const next = await givenPerson(db);
    const b = await givenBooking(db, s, me.id);
    const w = await givenBooking(db, s, next.id, "waitlisted");
    await queueDueReminders();
    await runAllDueJobs();
    const token = linkIn((await outboxFor(me.email))[0].text, "/reminders/release")!;

    expect(await releasePlaceFromReminder(token)).toEqual({ ok: true, bookingId: b.id });

    const [mine] = await db.select().from(booking).where(eq(booking.id, b.id));
    expect(mine.status).toBe("cancelled");
    const [theirs] = await db.select().from(booking).where(eq(booking.id, w.id));
    expect(theirs.status).toBe("offered");
    expect(await releasePlaceFromReminder(token)).toEqual({ ok: false, reason: "not-booked" });
    expect((await placeFromLink(token, "release-place"))?.live).toBe(false);
  });

  it("a link stops working when the session starts, and a forged one never works", async () => {
    const db = await getDb();
    const s = await givenSession(db, { startsInDays: 6 });
    const me = await givenPerson(db);
    const b = await givenBooking(db, s, me.id);
    await queueDueReminders();
    await runAllDueJobs();
    const token = linkIn((await outboxFor(me.email))[0].text, "/reminders/confirm")!;
    const afterStart = new Date(s.startsAt.getTime() + 1000);
    expect(await placeFromLink(token, "confirm-place", afterStart)).toBeNull();
    expect(await confirmPlaceByLink(token, afterStart)).toEqual({ ok: false, reason: "invalid-link" });
    const [body] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), id: b.id + 1 })).toString("base64url");
    expect(await confirmPlaceByLink(`${forged}.${token.split(".")[1]}`)).toEqual({ ok: false, reason: "invalid-link" });
  });
});

describe("reminder timings set by the business unit", () => {
  it("the admin changes them (audited) and the scan follows; others may not", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const learner = await givenPerson(db);
    const input = {
      reminderDaysBefore: [10, 3],
      offerClaimWindowHours: 24,
      cancelCutoffWorkingDays: 2,
      chargeFullDayPence: 7500,
      chargeHalfDayPence: 2500,
      chargeShortPence: 0,
      repeatNoShowCount: 2,
      repeatNoShowMonths: 12,
    };
    await expect(updatePolicySettings(learner, input)).rejects.toBeInstanceOf(AuthorizationError);
    try {
      expect(await updatePolicySettings(admin, input)).toEqual({ changed: ["reminderDaysBefore", "offerClaimWindowHours", "cancelCutoffWorkingDays", "chargeFullDayPence"] });
      expect((await getPartnership()).policy).toMatchObject(input);
      const [audit] = await db.select().from(auditEvent).where(eq(auditEvent.action, "partnership.policy-updated"));
      expect(audit.details).toMatchObject({ reminderDaysBefore: { from: [7, 2], to: [10, 3] } });

      const s = await givenSession(db, { startsInDays: 9 });
      const me = await givenPerson(db);
      const b = await givenBooking(db, s, me.id);
      await queueDueReminders();
      expect(await reminderJobsFor([b.id])).toEqual([`reminder:10:booking:${b.id}`]);
      await runAllDueJobs();
      expect((await outboxFor(me.email))[0].text).toContain("£75.00");
    } finally {
      await db.update(partnership).set({ policy: {} });
    }
  });
});

describe("scheduled messages for other domains", () => {
  it("sends once per key at its time, and drops a message its composer no longer wants", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    let wanted = true;
    registerScheduledMessage("test-note", async (payload) =>
      wanted ? { to: me.email, template: "test-note", email: await renderEmail(`Note ${payload.n}`, React.createElement("p", null, "Hello")) } : null,
    );
    const inAMinute = new Date(Date.now() + 60_000);
    expect(await scheduleMessage({ kind: "test-note", key: "test-note:1", runAt: inAMinute, payload: { n: 1 } })).toBe(true);
    expect(await scheduleMessage({ kind: "test-note", key: "test-note:1", runAt: inAMinute, payload: { n: 1 } })).toBe(false);
    await scheduleMessage({ kind: "test-note", key: "test-note:2", payload: { n: 2 } });

    await runAllDueJobs();
    expect((await outboxFor(me.email)).map((m) => m.subject)).toEqual(["Note 2"]);
    await runAllDueJobs(undefined, new Date(Date.now() + 120_000));
    expect((await outboxFor(me.email)).map((m) => m.subject)).toEqual(["Note 2", "Note 1"]);

    wanted = false;
    await scheduleMessage({ kind: "test-note", key: "test-note:3", payload: { n: 3 } });
    await runAllDueJobs();
    expect(await outboxFor(me.email)).toHaveLength(2);
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(sentMessage).where(like(sentMessage.key, "test-note:%"));
    expect(n).toBe(2);
  });
});
