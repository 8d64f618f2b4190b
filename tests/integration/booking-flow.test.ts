import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { approval, auditEvent, booking, devOutbox, job, person, waitlistOffer } from "@/db/schema";
import {
  bookSession,
  cancelBooking,
  claimOfferByToken,
  decideApprovalByToken,
  declineOfferByToken,
  expireOffers,
  getBookableSession,
  getMyLearning,
  releasePlaceByLink,
  transferBooking,
} from "@/lib/booking";
import { chaseApproval } from "@/lib/booking/approvals";
import { AuthorizationError } from "@/lib/auth/errors";
import { londonDateTime } from "@/lib/dates";
import { formToken, givenOpportunity, givenSession, sessionRow } from "../support/booking";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  await givenPartnership(await getDb(), { offerClaimWindowHours: 48, cancelCutoffWorkingDays: 3 });
});

const book = (actor: Awaited<ReturnType<typeof givenPerson>>, sessionId: number, extra: Partial<Parameters<typeof bookSession>[1]> = {}, now?: Date) =>
  bookSession(actor, { sessionId, formToken: formToken(), intent: "book", ...extra }, now);

async function mailsTo(email: string) {
  const db = await getDb();
  return db.select().from(devOutbox).where(eq(devOutbox.to, email.toLowerCase()));
}

/** One session the person missed for each entry, that many days from today (negative: in the past). */
async function givenNoShows(db: Awaited<ReturnType<typeof getDb>>, me: { id: string }, daysAgo: number[]) {
  for (const days of daysAgo) {
    const past = await givenSession(db, { inDays: days });
    await db.insert(booking).values({ reference: `NS-${past.id}-${me.id.slice(0, 6)}`, sessionId: past.id, personId: me.id, status: "confirmed", attendance: "no_show" });
  }
}

function linkIn(text: string, path: string): string {
  const m = text.match(new RegExp(`https?://\\S+${path}/[A-Za-z0-9_.-]+`));
  if (!m) throw new Error(`no ${path} link in mail`);
  return m[0].split(`${path}/`)[1];
}

describe("booking a place", () => {
  it("confirms the booking, takes a seat, and emails a confirmation with a calendar file", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const me = await givenPerson(db, { agencyId: a.id });
    const s = await givenSession(db, { capacity: 5 });
    const r = await book(me, s.id, { accessNeeds: "Step-free access", dietaryNeeds: "Vegetarian" });
    expect(r).toMatchObject({ ok: true, status: "confirmed", duplicate: false });
    if (!r.ok) return;
    expect(r.reference).toMatch(/^BK-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const [b] = await db.select().from(booking).where(eq(booking.id, r.bookingId));
    expect(b).toMatchObject({ status: "confirmed", accessNeeds: "Step-free access", dietaryNeeds: "Vegetarian", agencyId: a.id });
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    const [mail] = await mailsTo(me.email);
    expect(mail.subject).toContain("Booking confirmed");
    expect(mail.attachments[0].filename).toBe("session.ics");
    const ics = Buffer.from(mail.attachments[0].content, "base64").toString();
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(r.reference);
  });

  it("tells the person until when they can cancel free, or, booking after that time, that it has passed", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const early = await givenPerson(db, { agencyId: a.id });
    const r1 = await book(early, (await givenSession(db, { inDays: 30 })).id);
    expect(r1.ok).toBe(true);
    const [inTime] = await mailsTo(early.email);
    expect(inTime.text).toMatch(/You can cancel online without a charge until \w+ \d+ \w+ \d{4}/);
    const late = await givenPerson(db, { agencyId: a.id });
    const r2 = await book(late, (await givenSession(db, { inDays: 1 })).id);
    expect(r2.ok).toBe(true);
    const [tooLate] = await mailsTo(late.email);
    expect(tooLate.text).toContain("The time to cancel without a charge has already passed");
    expect(tooLate.text).not.toContain("You can cancel online without a charge until");
  });

  it("does not keep dietary needs for an online session", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const s = await givenSession(db, { mode: "online", onlineUrl: "https://meet.example.org/x", venueName: null });
    const r = await book(me, s.id, { dietaryNeeds: "Vegan" });
    if (!r.ok) throw new Error(r.message);
    const [b] = await db.select().from(booking).where(eq(booking.id, r.bookingId));
    expect(b.dietaryNeeds).toBeNull();
  });

  it("creates one booking when the same form is submitted twice, even at the same moment", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const s = await givenSession(db);
    const token = formToken();
    const [r1, r2] = await Promise.all([
      bookSession(me, { sessionId: s.id, formToken: token, intent: "book" }),
      bookSession(me, { sessionId: s.id, formToken: token, intent: "book" }),
    ]);
    expect(r1.ok && r2.ok).toBe(true);
    if (!r1.ok || !r2.ok) return;
    expect(r1.bookingId).toBe(r2.bookingId);
    expect([r1.duplicate, r2.duplicate].sort()).toEqual([false, true]);
    expect(await db.select().from(booking).where(eq(booking.sessionId, s.id))).toHaveLength(1);
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
  });

  it("refuses a second live booking for the same session with a friendly message", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const s = await givenSession(db);
    expect((await book(me, s.id)).ok).toBe(true);
    expect(await book(me, s.id)).toMatchObject({ ok: false, reason: "already_booked" });
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
  });

  it("refuses members-only Safer workshops to people without an active membership", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const o = await givenOpportunity(db, { type: "safer_workshop", membersOnly: true });
    const s = await givenSession(db, { opportunityId: o.id });
    expect(await book(me, s.id)).toMatchObject({ ok: false, reason: "members_only" });
  });

  it("books a course with prerequisites only for someone who has attended them or confirms they have done them (or equivalent)", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const me = await givenPerson(db, { agencyId: a.id });
    const basic = await givenOpportunity(db, { title: "Recognising neglect" });
    const advanced = await givenOpportunity(db, { prerequisiteOpportunityIds: [basic.id] });
    const s = await givenSession(db, { opportunityId: advanced.id, capacity: 5 });
    const refused = await book(me, s.id);
    expect(refused).toMatchObject({ ok: false, reason: "prerequisites" });
    if (!refused.ok) expect(refused.message).toContain("completed Recognising neglect.");
    expect(await book(me, s.id, { intent: "waitlist" })).toMatchObject({ ok: false, reason: "prerequisites" });
    expect(await getBookableSession(me, s.id)).toMatchObject({ blocked: null, missingPrerequisites: ["Recognising neglect"] });
    expect((await sessionRow(db, s.id)).placesTaken).toBe(0);
    expect(await db.select().from(booking).where(eq(booking.sessionId, s.id))).toHaveLength(0);

    // Done elsewhere: their word is taken, and kept in the audit log.
    const other = await givenPerson(db, { agencyId: a.id });
    const declared = await book(other, s.id, { prerequisitesConfirmed: true });
    expect(declared).toMatchObject({ ok: true, status: "confirmed" });
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.entity, "booking"), eq(auditEvent.entityId, String(declared.ok && declared.bookingId))));
    expect(audit.details).toMatchObject({ prerequisitesConfirmed: ["Recognising neglect"] });

    // Booked on the prerequisite is not enough; attended in full is.
    const past = await givenSession(db, { opportunityId: basic.id, inDays: -20 });
    const [done] = await db.insert(booking).values({ reference: `PRE-${past.id}`, sessionId: past.id, personId: me.id, status: "confirmed" }).returning();
    expect(await book(me, s.id)).toMatchObject({ ok: false, reason: "prerequisites" });
    await db.update(booking).set({ attendance: "attended" }).where(eq(booking.id, done.id));
    expect((await getBookableSession(me, s.id))?.missingPrerequisites).toEqual([]);
    expect(await book(me, s.id)).toMatchObject({ ok: true, status: "confirmed" });
  });

  it("tells a person booking a second date of the same course about the first", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const o = await givenOpportunity(db);
    const first = await givenSession(db, { opportunityId: o.id, inDays: 20 });
    const second = await givenSession(db, { opportunityId: o.id, inDays: 40 });
    expect((await getBookableSession(me, second.id))?.otherDates).toEqual([]);
    expect((await book(me, first.id)).ok).toBe(true);
    expect((await getBookableSession(me, second.id))?.otherDates).toEqual([{ startsAt: first.startsAt, status: "confirmed" }]);
    expect((await getBookableSession(me, first.id))?.otherDates).toEqual([]);
  });

  it("refuses past sessions", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    const s = await givenSession(db, { inDays: -1 });
    expect(await book(me, s.id)).toMatchObject({ ok: false, reason: "closed" });
  });
});

describe("manager approval", () => {
  it("holds the place, emails the manager a signed link, and approving confirms it", async () => {
    const db = await getDb();
    const me = await givenPerson(db, { lineManagerEmail: "boss.approve@example.org" });
    const o = await givenOpportunity(db, { requiresManagerApproval: true });
    const s = await givenSession(db, { opportunityId: o.id, capacity: 3 });
    const r = await book(me, s.id);
    expect(r).toMatchObject({ ok: true, status: "requested" });
    if (!r.ok) return;
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    const [a] = await db.select().from(approval).where(eq(approval.bookingId, r.bookingId));
    expect(a).toMatchObject({ status: "pending", reason: "course", managerEmail: "boss.approve@example.org" });
    const [chaser] = await db.select().from(job).where(eq(job.key, `approval-chaser:${a.id}`));
    expect(chaser.runAt.getTime() - Date.now()).toBeGreaterThan(2.9 * 24 * 3600 * 1000);
    const learnerMail = await mailsTo(me.email);
    expect(learnerMail.map((m) => m.text).join("\n")).toContain("this course needs your line manager's approval");
    const [managerMail] = await mailsTo("boss.approve@example.org");
    // Written to the manager: a capital first letter, and the reason in their terms.
    expect(managerMail.subject).toMatch(/^Approve .+'s place on /);
    expect(managerMail.text).toContain("this course needs line manager approval");
    expect(managerMail.text).not.toContain("your line manager");
    const token = linkIn(managerMail.text, "/approvals");

    expect(await decideApprovalByToken("forged.token", "approve")).toMatchObject({ ok: false });
    // A learner who has seen the link cannot approve their own place.
    expect(await decideApprovalByToken(token, "approve", new Date(), me.id)).toMatchObject({ ok: false, reason: expect.stringContaining("cannot approve your own booking") });
    expect((await db.select().from(booking).where(eq(booking.id, r.bookingId)))[0].status).toBe("requested");
    expect(await decideApprovalByToken(token, "approve")).toEqual({ ok: true, decision: "approved" });
    expect(await decideApprovalByToken(token, "decline")).toMatchObject({ ok: false });
    const [b] = await db.select().from(booking).where(eq(booking.id, r.bookingId));
    expect(b.status).toBe("confirmed");
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    expect((await mailsTo(me.email)).some((m) => m.subject.startsWith("Booking confirmed"))).toBe(true);
  });

  it("declining frees the place and offers it to the next person on the waiting list", async () => {
    const db = await getDb();
    const me = await givenPerson(db, { lineManagerEmail: "boss.decline@example.org" });
    const waiting = await givenPerson(db);
    const o = await givenOpportunity(db, { requiresManagerApproval: true });
    const s = await givenSession(db, { opportunityId: o.id, capacity: 1 });
    const r = await book(me, s.id);
    expect(r).toMatchObject({ status: "requested" });
    // The second person is waitlisted (they need approval too, but only once they hold a place).
    expect(await book(waiting, s.id)).toMatchObject({ ok: true, status: "waitlisted" });
    const [managerMail] = await mailsTo("boss.decline@example.org");
    expect(await decideApprovalByToken(linkIn(managerMail.text, "/approvals"), "decline")).toEqual({ ok: true, decision: "declined" });
    const rows = await db.select().from(booking).where(eq(booking.sessionId, s.id));
    expect(rows.find((b) => b.personId === me.id)?.status).toBe("declined");
    expect(rows.find((b) => b.personId === waiting.id)?.status).toBe("offered");
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    expect((await mailsTo(waiting.email)).some((m) => m.subject.startsWith("A place is available"))).toBe(true);
  });

  it("asks for approval under the repeat no-show rule and tells the person why", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    await givenNoShows(db, me, [-40, -20]);
    const s = await givenSession(db);
    const r = await book(me, s.id);
    expect(r).toMatchObject({ ok: true, status: "requested" });
    if (!r.ok) return;
    const [b] = await db.select().from(booking).where(eq(booking.id, r.bookingId));
    expect(b.approvalReason).toBe("repeat_no_show");
    expect((await mailsTo(me.email)).map((m) => m.text).join()).toContain("did not attend several recent sessions");
  });

  it("leaves out no-shows older than the policy's window (12 months by default)", async () => {
    const db = await getDb();
    const me = await givenPerson(db);
    await givenNoShows(db, me, [-400, -20]);
    const r = await book(me, (await givenSession(db)).id);
    expect(r).toMatchObject({ ok: true, status: "confirmed" });
  });

  it("chases the manager once if the approval is still pending", async () => {
    const db = await getDb();
    const me = await givenPerson(db, { lineManagerEmail: "boss.chase@example.org" });
    const o = await givenOpportunity(db, { requiresManagerApproval: true });
    const s = await givenSession(db, { opportunityId: o.id });
    const r = await book(me, s.id);
    if (!r.ok) throw new Error(r.message);
    const [a] = await db.select().from(approval).where(eq(approval.bookingId, r.bookingId));
    await chaseApproval(a.id);
    await chaseApproval(a.id);
    const mails = await mailsTo("boss.chase@example.org");
    expect(mails.map((m) => m.subject.startsWith("Reminder")).sort()).toEqual([false, true]);
  });
});

describe("waiting list and offers", () => {
  async function fullSession(capacity = 1) {
    const db = await getDb();
    const s = await givenSession(db, { capacity });
    const holders = [];
    for (let i = 0; i < capacity; i++) {
      const p = await givenPerson(db);
      const r = await book(p, s.id);
      if (!r.ok) throw new Error(r.message);
      holders.push({ person: p, bookingId: r.bookingId });
    }
    return { s, holders };
  }

  it("queues people in order, offers a freed place to the first, and they can claim it", async () => {
    const db = await getDb();
    const { s, holders } = await fullSession(1);
    const first = await givenPerson(db);
    const second = await givenPerson(db);
    const r1 = await book(first, s.id);
    const r2 = await book(second, s.id);
    expect(r1).toMatchObject({ status: "waitlisted" });
    expect(r2).toMatchObject({ status: "waitlisted" });
    const mine = await getMyLearning(second, second.id);
    expect(mine.waiting[0].waitingListPosition).toBe(2);

    expect(await cancelBooking(holders[0].person, holders[0].bookingId)).toEqual({ ok: true, status: "cancelled" });
    const [offer] = await db.select().from(waitlistOffer).innerJoin(booking, eq(booking.id, waitlistOffer.bookingId)).where(eq(booking.sessionId, s.id));
    expect(offer.booking.personId).toBe(first.id);
    expect(offer.booking.status).toBe("offered");
    const hours = (offer.waitlist_offer.expiresAt.getTime() - offer.waitlist_offer.offeredAt.getTime()) / 3600_000;
    expect(hours).toBeCloseTo(48, 5);
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    expect((await getMyLearning(second, second.id)).waiting[0].waitingListPosition).toBe(1);

    const mail = (await mailsTo(first.email)).find((m) => m.subject.startsWith("A place is available"))!;
    const token = linkIn(mail.text, "/offers");
    expect(await claimOfferByToken(token)).toMatchObject({ ok: true, status: "confirmed" });
    expect(await claimOfferByToken(token)).toMatchObject({ ok: false, reason: "already_claimed" });
    const [b] = await db.select().from(booking).where(eq(booking.id, offer.booking.id));
    expect(b.status).toBe("confirmed");
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
  });

  it("passes an unclaimed offer on to the next person when it expires", async () => {
    const db = await getDb();
    const { s, holders } = await fullSession(1);
    const first = await givenPerson(db);
    const second = await givenPerson(db);
    await book(first, s.id);
    await book(second, s.id);
    await cancelBooking(holders[0].person, holders[0].bookingId);
    const mail = (await mailsTo(first.email)).find((m) => m.subject.startsWith("A place is available"))!;
    const token = linkIn(mail.text, "/offers");

    expect(await expireOffers(new Date(Date.now() + 47 * 3600_000))).toBe(0);
    expect(await expireOffers(new Date(Date.now() + 49 * 3600_000))).toBeGreaterThanOrEqual(1);
    const rows = await db.select().from(booking).where(eq(booking.sessionId, s.id));
    expect(rows.find((b) => b.personId === first.id)?.status).toBe("declined");
    expect(rows.find((b) => b.personId === second.id)?.status).toBe("offered");
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    expect((await mailsTo(first.email)).some((m) => m.subject.startsWith("Offer ended"))).toBe(true);
    expect((await mailsTo(second.email)).some((m) => m.subject.startsWith("A place is available"))).toBe(true);
    expect(await claimOfferByToken(token)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("declining an offer passes the place on; with nobody waiting the seat is simply free", async () => {
    const db = await getDb();
    const { s, holders } = await fullSession(1);
    const first = await givenPerson(db);
    await book(first, s.id);
    await cancelBooking(holders[0].person, holders[0].bookingId);
    const mail = (await mailsTo(first.email)).find((m) => m.subject.startsWith("A place is available"))!;
    expect(await declineOfferByToken(linkIn(mail.text, "/offers"))).toEqual({ ok: true });
    expect((await sessionRow(db, s.id)).placesTaken).toBe(0);
    const [o] = await db.select().from(waitlistOffer).innerJoin(booking, eq(booking.id, waitlistOffer.bookingId)).where(eq(booking.personId, first.id));
    expect(o.waitlist_offer.status).toBe("withdrawn");
    expect(o.booking.status).toBe("declined");
  });

  it("keeps the sector cap: a capped sector is refused and passed over on the waiting list until the balance period ends", async () => {
    const db = await getDb();
    const police = await givenAgency(db, "Police", "police");
    const health = await givenAgency(db, "Health", "health");
    const s = await givenSession(db, { capacity: 4, sectorCapPercent: 50, balanceUntilDays: 7, inDays: 30 });
    const cops = await Promise.all([1, 2, 3].map(() => givenPerson(db, { agencyId: police.id })));
    expect(await book(cops[0], s.id)).toMatchObject({ status: "confirmed" });
    expect(await book(cops[1], s.id)).toMatchObject({ status: "confirmed" });
    expect(await book(cops[2], s.id)).toMatchObject({ ok: false, reason: "sector_cap" });
    expect(await book(cops[2], s.id, { intent: "waitlist" })).toMatchObject({ ok: true, status: "waitlisted" });
    const nurse = await givenPerson(db, { agencyId: health.id });
    expect(await book(nurse, s.id)).toMatchObject({ status: "confirmed" });
    // Within the last 7 days the cap no longer applies.
    const late = new Date(s.startsAt.getTime() - 6 * 24 * 3600_000);
    const cop4 = await givenPerson(db, { agencyId: police.id });
    expect(await book(cop4, s.id, {}, late)).toMatchObject({ status: "confirmed" });
  });
});

describe("cancelling", () => {
  it("cancels without charge before the cut-off and late after it (working days, skipping the weekend)", async () => {
    const db = await getDb();
    // Session on Monday 14 June 2027, 9:30; 3 working days before is Wednesday 9 June.
    const startsAt = londonDateTime(2027, 6, 14, 9, 30);
    const s = await givenSession(db, { startsAt, capacity: 5 });
    const early = await givenPerson(db);
    const late = await givenPerson(db);
    const rEarly = await book(early, s.id, {}, londonDateTime(2027, 6, 1, 9));
    const rLate = await book(late, s.id, {}, londonDateTime(2027, 6, 1, 9));
    if (!rEarly.ok || !rLate.ok) throw new Error("booking failed");
    expect(await cancelBooking(early, rEarly.bookingId, londonDateTime(2027, 6, 8, 23, 59))).toEqual({ ok: true, status: "cancelled" });
    expect(await cancelBooking(late, rLate.bookingId, londonDateTime(2027, 6, 9, 0, 1))).toEqual({ ok: true, status: "late_cancelled" });
    expect((await sessionRow(db, s.id)).placesTaken).toBe(0);
    expect((await mailsTo(late.email)).some((m) => m.text.includes("late cancellation charge"))).toBe(true);
  });

  it("lets only the booking's owner cancel it", async () => {
    const db = await getDb();
    const s = await givenSession(db);
    const me = await givenPerson(db);
    const other = await givenPerson(db);
    const r = await book(me, s.id);
    if (!r.ok) throw new Error(r.message);
    await expect(cancelBooking(other, r.bookingId)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getMyLearning(other, me.id)).rejects.toBeInstanceOf(AuthorizationError);
    const [b] = await db.select().from(booking).where(eq(booking.id, r.bookingId));
    expect(b.status).toBe("confirmed");
  });

  it("releases a place from a reminder link and offers it on", async () => {
    const db = await getDb();
    const s = await givenSession(db, { capacity: 1 });
    const me = await givenPerson(db);
    const waiting = await givenPerson(db);
    const r = await book(me, s.id);
    await book(waiting, s.id);
    if (!r.ok) throw new Error(r.message);
    expect(await releasePlaceByLink(r.bookingId)).toEqual({ ok: true });
    expect(await releasePlaceByLink(r.bookingId)).toMatchObject({ ok: false });
    const [w] = await db.select().from(booking).where(and(eq(booking.sessionId, s.id), eq(booking.personId, waiting.id)));
    expect(w.status).toBe("offered");
  });
});

describe("sending a colleague instead", () => {
  it("transfers a confirmed place to a colleague from the same agency and emails both", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const me = await givenPerson(db, { agencyId: a.id });
    const colleague = await givenPerson(db, { agencyId: a.id, email: `colleague.${Date.now()}@example.org` });
    const s = await givenSession(db);
    const r = await book(me, s.id);
    if (!r.ok) throw new Error(r.message);
    const t = await transferBooking(me, r.bookingId, colleague.email.toUpperCase());
    expect(t).toMatchObject({ ok: true });
    if (!t.ok) return;
    const rows = await db.select().from(booking).where(eq(booking.sessionId, s.id));
    expect(rows.find((b) => b.id === r.bookingId)?.status).toBe("transferred");
    expect(rows.find((b) => b.id === t.newBookingId)).toMatchObject({ personId: colleague.id, status: "confirmed", substituteForBookingId: r.bookingId });
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
    expect((await mailsTo(me.email)).some((m) => m.subject.startsWith("Place transferred"))).toBe(true);
    expect((await mailsTo(colleague.email)).some((m) => m.subject.startsWith("Booking confirmed"))).toBe(true);
  });

  it("refuses someone from another agency, someone without a finished profile, and someone missing a prerequisite", async () => {
    const db = await getDb();
    const a = await givenAgency(db);
    const b = await givenAgency(db);
    const me = await givenPerson(db, { agencyId: a.id });
    const outsider = await givenPerson(db, { agencyId: b.id });
    const unfinished = await givenPerson(db, { agencyId: a.id });
    await db.update(person).set({ profileCompletedAt: null }).where(eq(person.id, unfinished.id));
    const noPrereq = await givenPerson(db, { agencyId: a.id });
    const hasPrereq = await givenPerson(db, { agencyId: a.id });
    const basic = await givenOpportunity(db);
    const basicPast = await givenSession(db, { opportunityId: basic.id, inDays: -60 });
    await db.insert(booking).values([
      { reference: `PR-${basicPast.id}`, sessionId: basicPast.id, personId: hasPrereq.id, status: "confirmed", attendance: "attended" },
      { reference: `PM-${basicPast.id}`, sessionId: basicPast.id, personId: me.id, status: "confirmed", attendance: "attended" },
    ]);
    const advanced = await givenOpportunity(db, { prerequisiteOpportunityIds: [basic.id] });
    const s = await givenSession(db, { opportunityId: advanced.id });
    const r = await book(me, s.id);
    if (!r.ok) throw new Error(r.message);
    expect(await transferBooking(me, r.bookingId, outsider.email)).toMatchObject({ ok: false });
    expect(await transferBooking(me, r.bookingId, unfinished.email)).toMatchObject({ ok: false });
    expect(await transferBooking(me, r.bookingId, "nobody@example.org")).toMatchObject({ ok: false });
    expect(await transferBooking(me, r.bookingId, noPrereq.email)).toMatchObject({ ok: false, message: expect.stringContaining("not yet completed") });
    const [still] = await db.select().from(booking).where(eq(booking.id, r.bookingId));
    expect(still.status).toBe("confirmed");
    expect(await transferBooking(me, r.bookingId, hasPrereq.email)).toMatchObject({ ok: true });
  });
});
