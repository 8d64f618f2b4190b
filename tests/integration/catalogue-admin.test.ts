import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, booking, devOutbox, job, opportunity, session, sessionTrainer, waitlistOffer } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import {
  SESSION_CANCELLED_JOB,
  cancelBookingOnBehalf,
  cancelSession,
  createOpportunity,
  createSession,
  listOpportunitiesForAdmin,
  listSessionBookings,
  sessionBookingsCsv,
  updateOpportunity,
  updateSession,
} from "@/lib/catalogue-admin";
import { sendSessionCancelledMail } from "@/lib/catalogue-admin/session-cancelled-mail";
import { givenBooking, givenOpportunity, givenSession, opportunityAnswers, sessionAnswers } from "../support/catalogue-admin";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

async function auditOf(entity: string, entityId: number | string) {
  const db = await getDb();
  return db.select().from(auditEvent).where(and(eq(auditEvent.entity, entity), eq(auditEvent.entityId, String(entityId))));
}

beforeAll(async () => {
  await givenPartnership(await getDb());
});

describe("opportunities", () => {
  it("an admin adds an opportunity: slug from the title, made unique, and an audit event", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const first = await createOpportunity(admin, opportunityAnswers({ title: "Exploitation: the basics" }));
    const second = await createOpportunity(admin, opportunityAnswers({ title: "Exploitation – the basics!" }));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const [a] = await db.select().from(opportunity).where(eq(opportunity.id, first.id));
    const [b] = await db.select().from(opportunity).where(eq(opportunity.id, second.id));
    expect(a).toMatchObject({ slug: "exploitation-the-basics", multiAgency: true, published: true, membersOnly: false, outcomes: ["Know the signs", "Know who to tell"] });
    expect(b.slug).toBe("exploitation-the-basics-2");
    const audit = await auditOf("opportunity", first.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "opportunity.created" });
  });

  it("an admin edits an opportunity; the slug stays and the change is audited", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const pre = await givenOpportunity(db, { title: "Intro e-learning", type: "e_learning" });
    const created = await createOpportunity(admin, opportunityAnswers({ title: "Protecting babies" }));
    if (!created.ok) throw new Error("not created");
    const r = await updateOpportunity(admin, created.id, opportunityAnswers({ title: "Protecting babies (updated)", prerequisiteOpportunityIds: [pre.id], settings: ["requiresManagerApproval"] }));
    expect(r).toEqual({ ok: true, id: created.id });
    const [o] = await db.select().from(opportunity).where(eq(opportunity.id, created.id));
    expect(o).toMatchObject({ slug: "protecting-babies", title: "Protecting babies (updated)", prerequisiteOpportunityIds: [pre.id], requiresManagerApproval: true, published: false, multiAgency: false });
    const audit = await auditOf("opportunity", created.id);
    expect(audit.map((e) => e.action)).toEqual(["opportunity.created", "opportunity.updated"]);
    expect(audit[1].details.changed).toEqual(expect.arrayContaining(["title", "prerequisiteOpportunityIds", "published"]));
  });

  it("refuses an opportunity as its own prerequisite, or an unknown one, and changes nothing", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db, { title: "Before" });
    expect(await updateOpportunity(admin, o.id, opportunityAnswers({ title: "After", prerequisiteOpportunityIds: [o.id] }))).toEqual({
      ok: false,
      errors: { prerequisiteOpportunityIds: "An opportunity cannot be its own prerequisite" },
    });
    expect((await updateOpportunity(admin, o.id, opportunityAnswers({ title: "After", prerequisiteOpportunityIds: [999999] }))).ok).toBe(false);
    const [after] = await db.select().from(opportunity).where(eq(opportunity.id, o.id));
    expect(after.title).toBe("Before");
  });

  it("lists by title search and type, a page at a time", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    for (let i = 0; i < 23; i++) await givenOpportunity(db, { title: `Zebra briefing ${String(i).padStart(2, "0")}`, type: "briefing" });
    await givenOpportunity(db, { title: "Zebra webinar", type: "webinar" });
    const page1 = await listOpportunitiesForAdmin(admin, { q: "zebra", type: "briefing" });
    expect(page1).toMatchObject({ total: 23, page: 1, pages: 2 });
    expect(page1.items).toHaveLength(20);
    const page2 = await listOpportunitiesForAdmin(admin, { q: "zebra", type: "briefing", page: 2 });
    expect(page2.items.map((i) => i.title)).toEqual(["Zebra briefing 20", "Zebra briefing 21", "Zebra briefing 22"]);
    expect((await listOpportunitiesForAdmin(admin, { q: "zebra web" })).items.map((i) => i.type)).toEqual(["webinar"]);
  });
});

describe("sessions", () => {
  it("an admin adds a session with trainers and a district; it is audited", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const trainer = await givenPerson(db, { roles: ["trainer", "learner"] });
    const o = await givenOpportunity(db);
    const r = await createSession(admin, o.id, sessionAnswers({ trainerIds: [trainer.id], sectorCapPercent: "40", balanceUntilDays: "14", cancelCutoffWorkingDays: "5" }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [s] = await db.select().from(session).where(eq(session.id, r.id));
    expect(s).toMatchObject({ opportunityId: o.id, capacity: 10, district: "North", sectorCapPercent: 40, balanceUntilDays: 14, cancelCutoffWorkingDays: 5, status: "scheduled" });
    // 9:30 in January London time is 9:30 UTC.
    expect(s.startsAt.getUTCHours()).toBe(9);
    expect(await db.select().from(sessionTrainer).where(eq(sessionTrainer.sessionId, r.id))).toEqual([{ sessionId: r.id, personId: trainer.id }]);
    expect((await auditOf("session", r.id)).map((e) => e.action)).toEqual(["session.created"]);
  });

  it("refuses a trainer without the trainer role and a district outside the partnership", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const learner = await givenPerson(db);
    const o = await givenOpportunity(db);
    const r = await createSession(admin, o.id, sessionAnswers({ trainerIds: [learner.id], district: "Atlantis" }));
    expect(r).toEqual({ ok: false, errors: { district: "Select the district", trainerIds: "Select trainers from the list" } });
    expect(await db.select().from(session).where(eq(session.opportunityId, o.id))).toHaveLength(0);
  });

  it("will not add a session in the past, nor move one there", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db);
    expect(await createSession(admin, o.id, sessionAnswers({ year: "2020" }))).toEqual({ ok: false, errors: { date: "Date and start time of the session must be in the future" } });
    expect(await db.select().from(session).where(eq(session.opportunityId, o.id))).toHaveLength(0);
    const created = await createSession(admin, o.id, sessionAnswers());
    if (!created.ok) throw new Error("not created");
    expect(await updateSession(admin, created.id, sessionAnswers({ year: "2020" }))).toMatchObject({ ok: false, errors: { date: expect.stringContaining("must be in the future") } });
  });

  it("will not set capacity below the places already taken", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db);
    const s = await givenSession(db, o.id, { capacity: 10 });
    for (let i = 0; i < 3; i++) await givenBooking(db, s.id, await givenPerson(db), "confirmed");
    const refused = await updateSession(admin, s.id, sessionAnswers({ capacity: "2" }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.capacity).toMatch(/at least 3/);
    expect((await db.select().from(session).where(eq(session.id, s.id)))[0].capacity).toBe(10);
    expect(await auditOf("session", s.id)).toHaveLength(0);
    // The form's answers also move the session and its venue, so the three people booked are told (session-changed.test.ts).
    expect(await updateSession(admin, s.id, sessionAnswers({ capacity: "3" }))).toEqual({ ok: true, id: s.id, notified: 3 });
    const [after] = await db.select().from(session).where(eq(session.id, s.id));
    expect(after).toMatchObject({ capacity: 3, placesTaken: 3, venueName: "County Hall" });
    expect((await auditOf("session", s.id)).map((e) => e.action)).toEqual(["session.updated"]);
  });

  it("more places go to the waiting list at once", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db);
    const s = await givenSession(db, o.id, { capacity: 1 });
    await givenBooking(db, s.id, await givenPerson(db), "confirmed");
    const waiting = await givenBooking(db, s.id, await givenPerson(db), "waitlisted");
    expect((await updateSession(admin, s.id, sessionAnswers({ capacity: "2" }))).ok).toBe(true);
    const [b] = await db.select().from(booking).where(eq(booking.id, waiting.id));
    expect(b.status).toBe("offered");
    expect((await db.select().from(session).where(eq(session.id, s.id)))[0].placesTaken).toBe(2);
  });

  it("cancelling a session ends every live booking and emails each person exactly once", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db, { title: "Exploitation update" });
    const s = await givenSession(db, o.id, { capacity: 2 });
    const people = [await givenPerson(db), await givenPerson(db), await givenPerson(db), await givenPerson(db)];
    const bookings = [
      await givenBooking(db, s.id, people[0], "confirmed"),
      await givenBooking(db, s.id, people[1], "confirmed"),
      await givenBooking(db, s.id, people[2], "waitlisted"),
      await givenBooking(db, s.id, people[3], "cancelled"),
    ];
    const r = await cancelSession(admin, s.id, "The trainer is ill");
    expect(r).toEqual({ ok: true, notified: 3 });
    const [after] = await db.select().from(session).where(eq(session.id, s.id));
    expect(after).toMatchObject({ status: "cancelled", placesTaken: 0 });
    const statuses = await db.select({ id: booking.id, status: booking.status }).from(booking).where(eq(booking.sessionId, s.id));
    expect(statuses.every((b) => b.status === "cancelled")).toBe(true);
    const jobs = await db.select().from(job).where(eq(job.kind, SESSION_CANCELLED_JOB));
    const mine = jobs.filter((j) => bookings.slice(0, 3).some((b) => j.key === `session-cancelled:booking:${b.id}`));
    expect(mine).toHaveLength(3);
    for (const j of mine) await sendSessionCancelledMail(j);
    for (const j of mine) await sendSessionCancelledMail(j); // a retried job must not mail twice
    for (const p of people.slice(0, 3)) {
      const mail = await db.select().from(devOutbox).where(eq(devOutbox.to, p.email));
      expect(mail).toHaveLength(1);
      expect(mail[0].subject).toBe("Cancelled: Exploitation update");
      expect(mail[0].text).toContain("The trainer is ill");
    }
    expect(await db.select().from(devOutbox).where(eq(devOutbox.to, people[3].email))).toHaveLength(0);
    expect((await auditOf("session", s.id)).map((e) => e.action)).toEqual(["session.cancelled"]);
    // Cancelling again changes nothing and queues nothing new.
    expect(await cancelSession(admin, s.id, "again")).toEqual({ ok: true, notified: 0 });
    expect(await updateSession(admin, s.id, sessionAnswers())).toMatchObject({ ok: false, message: expect.stringMatching(/cancelled/) });
  });
});

describe("a session's bookings", () => {
  it("lists bookings with agency and needs, and the waiting list in order", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const ag = await givenAgency(db, "Norfolk Police", "police");
    const o = await givenOpportunity(db);
    const s = await givenSession(db, o.id, { capacity: 1 });
    await givenBooking(db, s.id, await givenPerson(db, { agencyId: ag.id, name: "Ann" }), "confirmed", { accessNeeds: "Hearing loop", dietaryNeeds: "Vegan" });
    const later = await givenBooking(db, s.id, await givenPerson(db, { name: "Late" }), "waitlisted", { waitlistedAt: new Date("2030-01-02") });
    const earlier = await givenBooking(db, s.id, await givenPerson(db, { name: "Early" }), "waitlisted", { waitlistedAt: new Date("2030-01-01") });
    const { bookings, waitingList } = await listSessionBookings(admin, s.id);
    expect(bookings).toHaveLength(3);
    expect(bookings[0]).toMatchObject({ personName: "Ann", agencyName: ag.name, status: "confirmed", accessNeeds: "Hearing loop", dietaryNeeds: "Vegan" });
    expect(waitingList.map((b) => b.id)).toEqual([earlier.id, later.id]);
  });

  it("an admin cancels a booking for someone: the place is freed and offered to the next person waiting", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db);
    const s = await givenSession(db, o.id, { capacity: 1 });
    const held = await givenBooking(db, s.id, await givenPerson(db), "confirmed");
    const waiting = await givenBooking(db, s.id, await givenPerson(db), "waitlisted");
    expect(await cancelBookingOnBehalf(admin, held.id)).toEqual({ ok: true, sessionId: s.id });
    const rows = await db.select().from(booking).where(eq(booking.sessionId, s.id));
    expect(rows.find((b) => b.id === held.id)).toMatchObject({ status: "cancelled" });
    expect(rows.find((b) => b.id === waiting.id)).toMatchObject({ status: "offered" });
    expect(await db.select().from(waitlistOffer).where(eq(waitlistOffer.bookingId, waiting.id))).toHaveLength(1);
    expect((await db.select().from(session).where(eq(session.id, s.id)))[0].placesTaken).toBe(1);
    expect((await auditOf("booking", held.id)).map((e) => e.action)).toEqual(["booking.cancelled_by_admin"]);
    expect(await cancelBookingOnBehalf(admin, held.id)).toMatchObject({ ok: false });
  });

  it("exports the bookings as CSV, with free text that cannot run as a formula", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const o = await givenOpportunity(db);
    const s = await givenSession(db, o.id);
    const b = await givenBooking(db, s.id, await givenPerson(db, { name: "Cara Smith" }), "confirmed", { accessNeeds: "=HYPERLINK(\"http://x\")", dietaryNeeds: "Nuts, eggs" });
    const csv = await sessionBookingsCsv(admin, s.id);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("Reference,Name,Email,Organisation,Status,Waiting list position,Attendance,Access needs,Dietary needs,Booked at (UTC)");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${b.reference},Cara Smith,`);
    expect(lines[1]).toContain(`Confirmed,,,"'=HYPERLINK(""http://x"")","Nuts, eggs",`);
  });
});

describe("authorization", () => {
  it("refuses learners and trainers everything, and changes nothing", async () => {
    const db = await getDb();
    const o = await givenOpportunity(db, { title: "Untouched" });
    const s = await givenSession(db, o.id, { capacity: 5 });
    const b = await givenBooking(db, s.id, await givenPerson(db), "confirmed");
    for (const roles of [["learner"], ["trainer", "learner"]] as const) {
      const who = await givenPerson(db, { roles: [...roles] });
      const attempts = [
        () => listOpportunitiesForAdmin(who),
        () => createOpportunity(who, opportunityAnswers()),
        () => updateOpportunity(who, o.id, opportunityAnswers({ title: "Changed" })),
        () => createSession(who, o.id, sessionAnswers()),
        () => updateSession(who, s.id, sessionAnswers({ capacity: "50" })),
        () => cancelSession(who, s.id, "no"),
        () => listSessionBookings(who, s.id),
        () => sessionBookingsCsv(who, s.id),
        () => cancelBookingOnBehalf(who, b.id),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect((await db.select().from(opportunity).where(eq(opportunity.id, o.id)))[0].title).toBe("Untouched");
    expect((await db.select().from(session).where(eq(session.id, s.id)))[0]).toMatchObject({ capacity: 5, status: "scheduled" });
    expect((await db.select().from(booking).where(eq(booking.id, b.id)))[0].status).toBe("confirmed");
    expect(await db.select().from(session).where(eq(session.opportunityId, o.id))).toHaveLength(1);
  });
});
