// Repeated 50-way races for waiting-list offers: people claiming offered places (twice, from two tabs), offers
// expiring at the same moment, and newcomers booking the same session. Whatever the interleaving, a session is
// never oversold: confirmed + offered + requested = places_taken <= capacity. On PGlite and, with
// TEST_DATABASE_URL, on real PostgreSQL where the transactions truly run in parallel.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { booking, waitlistOffer } from "@/db/schema";
import { bookSession, cancelBooking, claimOfferByToken, expireOffers } from "@/lib/booking";
import { createLinkToken } from "@/lib/links/signed";
import { formToken, givenSession, sessionRow } from "../support/booking";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const HOLDING = ["confirmed", "offered", "requested"];

beforeAll(async () => {
  await givenPartnership(await getDb());
});

/** A full session (capacity 10) with `waiting` people on its waiting list, whose 10 holders then all cancel at once. */
async function fullSessionWithOffers(db: Db, waiting: number) {
  const a = await givenAgency(db);
  const s = await givenSession(db, { capacity: 10 });
  const holders = await Promise.all(Array.from({ length: 10 }, () => givenPerson(db, { agencyId: a.id })));
  const held: number[] = [];
  for (const p of holders) {
    const r = await bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" });
    if (!r.ok || r.status !== "confirmed") throw new Error("holder not confirmed");
    held.push(r.bookingId);
  }
  const waiters = await Promise.all(Array.from({ length: waiting }, () => givenPerson(db, { agencyId: a.id })));
  for (const p of waiters) await bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" });
  await Promise.all(holders.map((p, i) => cancelBooking(p, held[i])));
  return { s, agency: a };
}

async function openOfferTokens(db: Db, sessionId: number) {
  const offers = await db
    .select({ id: waitlistOffer.id, bookingId: waitlistOffer.bookingId })
    .from(waitlistOffer)
    .innerJoin(booking, eq(booking.id, waitlistOffer.bookingId))
    .where(and(eq(booking.sessionId, sessionId), eq(waitlistOffer.status, "open")));
  return offers.map((o) => ({ ...o, token: createLinkToken("claim-offer", o.id, new Date(Date.now() + 3 * 24 * 3600_000)) }));
}

/** The invariant: places_taken is exactly the bookings holding a place, never above capacity; one open offer per booking. */
async function expectNotOversold(db: Db, sessionId: number) {
  const s = await sessionRow(db, sessionId);
  const rows = await db.select().from(booking).where(eq(booking.sessionId, sessionId));
  const holding = rows.filter((b) => HOLDING.includes(b.status));
  expect(holding.length).toBe(s.placesTaken);
  expect(s.placesTaken).toBeLessThanOrEqual(s.capacity);
  // One live booking per person.
  const live = rows.filter((b) => [...HOLDING, "waitlisted"].includes(b.status));
  expect(new Set(live.map((b) => b.personId)).size).toBe(live.length);
  const open = await db
    .select({ bookingId: waitlistOffer.bookingId })
    .from(waitlistOffer)
    .where(and(inArray(waitlistOffer.bookingId, rows.map((b) => b.id)), eq(waitlistOffer.status, "open")));
  expect(new Set(open.map((o) => o.bookingId)).size).toBe(open.length);
  // Every offered booking has its open offer, and only offered bookings have one.
  expect(new Set(open.map((o) => o.bookingId))).toEqual(new Set(rows.filter((b) => b.status === "offered").map((b) => b.id)));
  return { s, rows };
}

describe("50-way races for waiting-list offers", () => {
  for (const round of [1, 2, 3]) {
    it(`10 offers claimed twice each while 30 newcomers book: 10 confirmed, nobody oversold (round ${round})`, { timeout: 60_000 }, async () => {
      const db = await getDb();
      const { s, agency } = await fullSessionWithOffers(db, 20);
      const offers = await openOfferTokens(db, s.id);
      expect(offers).toHaveLength(10);
      const newcomers = await Promise.all(Array.from({ length: 30 }, () => givenPerson(db, { agencyId: agency.id })));
      // 50 at once: 20 claims (each offer from two tabs) and 30 bookings.
      const [claims, books] = await Promise.all([
        Promise.all([...offers, ...offers].map((o) => claimOfferByToken(o.token))),
        Promise.all(newcomers.map((p) => bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" }))),
      ]);
      expect(claims.filter((c) => c.ok)).toHaveLength(10);
      expect(claims.filter((c) => !c.ok && c.reason === "already_claimed")).toHaveLength(10);
      expect(books.map((b) => (b.ok ? b.status : b.reason))).toEqual(Array(30).fill("waitlisted"));
      const { s: after, rows } = await expectNotOversold(db, s.id);
      expect(rows.filter((b) => b.status === "confirmed").map((b) => b.id).sort()).toEqual(offers.map((o) => o.bookingId).sort());
      expect(after.placesTaken).toBe(10);
    });
  }

  for (const round of [1, 2, 3]) {
    it(`offers expiring while their holders claim and newcomers book: never oversold (round ${round})`, { timeout: 60_000 }, async () => {
      const db = await getDb();
      const { s, agency } = await fullSessionWithOffers(db, 30);
      const offers = await openOfferTokens(db, s.id);
      const newcomers = await Promise.all(Array.from({ length: 35 }, () => givenPerson(db, { agencyId: agency.id })));
      const tomorrow = new Date(Date.now() + 4 * 24 * 3600_000);
      // 50 at once: 10 claims, 5 expiry scans (as if the offers' time ran out) and 35 bookings.
      const [claims] = await Promise.all([
        Promise.all(offers.map((o) => claimOfferByToken(o.token))),
        Promise.all(Array.from({ length: 5 }, () => expireOffers(tomorrow))),
        Promise.all(newcomers.map((p) => bookSession(p, { sessionId: s.id, formToken: formToken(), intent: "book" }))),
      ]);
      const { s: after, rows } = await expectNotOversold(db, s.id);
      // Each first-wave offer went one way: claimed (confirmed) or expired (its place offered to the next person).
      const claimed = claims.filter((c) => c.ok).length;
      const firstWave = rows.filter((b) => offers.some((o) => o.bookingId === b.id));
      expect(firstWave.filter((b) => b.status === "confirmed")).toHaveLength(claimed);
      expect(firstWave.filter((b) => b.status === "offered")).toHaveLength(0);
      // Every freed place is held again (claimed or re-offered): nothing leaks, nothing is oversold.
      expect(after.placesTaken).toBe(10);
    });
  }
});
