// Many people booking the last places at the same moment. Runs on PGlite, and against real PostgreSQL
// (where the bookings truly run in parallel on a connection pool) when TEST_DATABASE_URL is set.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { booking, waitlistOffer } from "@/db/schema";
import { bookSession, cancelBooking, claimOfferByToken } from "@/lib/booking";
import { createLinkToken } from "@/lib/links/signed";
import { formToken, givenSession, sessionRow } from "../support/booking";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  await givenPartnership(await getDb());
});

describe("capacity under concurrent bookings", () => {
  for (const round of [1, 2, 3]) {
    it(`50 people booking 10 places at once gives exactly 10 confirmed (round ${round})`, async () => {
      const db = await getDb();
      const a = await givenAgency(db);
      const s = await givenSession(db, { capacity: 10 });
      const people = await Promise.all(Array.from({ length: 50 }, () => givenPerson(db, { agencyId: a.id })));
      const results = await Promise.all(people.map((p) => bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" })));
      expect(results.every((r) => r.ok)).toBe(true);
      const statuses = results.map((r) => (r.ok ? r.status : r.reason));
      expect(statuses.filter((x) => x === "confirmed")).toHaveLength(10);
      expect(statuses.filter((x) => x === "waitlisted")).toHaveLength(40);
      const rows = await db.select().from(booking).where(eq(booking.sessionId, s.id));
      expect(rows.filter((b) => b.status === "confirmed")).toHaveLength(10);
      expect(rows).toHaveLength(50);
      expect((await sessionRow(db, s.id)).placesTaken).toBe(10);
    });
  }

  it("many people cancelling at once offer each freed place to exactly one waiting person", async () => {
    const db = await getDb();
    const s = await givenSession(db, { capacity: 5 });
    const holders = await Promise.all(Array.from({ length: 5 }, () => givenPerson(db)));
    const booked: Awaited<ReturnType<typeof bookSession>>[] = [];
    for (const p of holders) booked.push(await bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" }));
    const waiting = await Promise.all(Array.from({ length: 8 }, () => givenPerson(db)));
    for (const p of waiting) await bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" });
    await Promise.all(holders.map((p, i) => cancelBooking(p, (booked[i] as { bookingId: number }).bookingId)));
    const rows = await db.select().from(booking).where(eq(booking.sessionId, s.id));
    expect(rows.filter((b) => b.status === "offered")).toHaveLength(5);
    expect(rows.filter((b) => b.status === "waitlisted")).toHaveLength(3);
    expect((await sessionRow(db, s.id)).placesTaken).toBe(5);
  });

  it("parallel claims of one offer confirm one place once", async () => {
    const db = await getDb();
    const s = await givenSession(db, { capacity: 1 });
    const holder = await givenPerson(db);
    const waiter = await givenPerson(db);
    const held = await bookSession(holder, { sessionId: s.id, formToken: formToken(), intent: "book" });
    await bookSession(waiter, { sessionId: s.id, formToken: formToken(), intent: "book" });
    if (!held.ok) throw new Error(held.message);
    await cancelBooking(holder, held.bookingId);
    const [offer] = await db
      .select({ id: waitlistOffer.id })
      .from(waitlistOffer)
      .innerJoin(booking, eq(booking.id, waitlistOffer.bookingId))
      .where(and(eq(booking.personId, waiter.id), eq(waitlistOffer.status, "open")));
    const token = createLinkToken("claim-offer", offer.id, new Date(Date.now() + 3600_000));
    const results = await Promise.all(Array.from({ length: 10 }, () => claimOfferByToken(token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "already_claimed")).toHaveLength(9);
    const [b] = await db.select().from(booking).where(and(eq(booking.sessionId, s.id), eq(booking.personId, waiter.id)));
    expect(b.status).toBe("confirmed");
    expect((await sessionRow(db, s.id)).placesTaken).toBe(1);
  });
});
