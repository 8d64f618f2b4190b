// The demo seed reproduces the 2021–22 annual report figures and leaves the demo scenarios ready.
import { and, countDistinct, count, eq, gt, gte, inArray, lt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import { DEMO_USERS, SEED_FACTS } from "@/db/seed/data";
import { booking, membership, opportunity, person, session } from "@/db/schema";
import type { Db } from "@/db/client";
import { useTestDatabase } from "../support/test-db";

const getTestDb = useTestDatabase();
const NOW = new Date("2026-11-25T10:00:00Z");
// 1 July 2021 00:00 and 1 July 2022 00:00 Europe/London (BST, UTC+1).
const YEAR_START = new Date("2021-06-30T23:00:00Z");
const YEAR_END = new Date("2022-06-30T23:00:00Z");

let db: Db;

beforeAll(async () => {
  db = await getTestDb();
  await seed(db, { now: NOW });
}, 120_000);

const inYear = and(gte(session.startsAt, YEAR_START), lt(session.startsAt, YEAR_END));
const multiAgencyCourse = and(eq(opportunity.type, "course"), eq(opportunity.multiAgency, true));

async function membersOn(day: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: countDistinct(membership.organisationId) })
    .from(membership)
    .where(
      and(
        inArray(membership.status, ["active", "lapsed"]),
        sql`${membership.startsOn} <= ${day}::date`,
        sql`${day}::date < ${membership.endsOn}`,
      ),
    );
  return n;
}

describe("seed: annual report figures", () => {
  it("has 131 opportunities with a session in the reporting year", async () => {
    const [{ n }] = await db
      .select({ n: countDistinct(opportunity.id) })
      .from(opportunity)
      .innerJoin(session, eq(session.opportunityId, opportunity.id))
      .where(inYear);
    expect(n).toBe(SEED_FACTS.opportunities);
    expect(n).toBe(131);
    const [{ total }] = await db.select({ total: count() }).from(opportunity);
    expect(total).toBe(131);
  });

  it("has 35 multi-agency courses", async () => {
    const [{ n }] = await db.select({ n: count() }).from(opportunity).where(multiAgencyCourse);
    expect(n).toBe(35);
  });

  it("has 559 confirmed sign-ups to the courses in the year, 114 of them no-shows", async () => {
    const rows = await db
      .select({ status: booking.status, attendance: booking.attendance, n: count() })
      .from(booking)
      .innerJoin(session, eq(session.id, booking.sessionId))
      .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
      .where(and(inYear, multiAgencyCourse))
      .groupBy(booking.status, booking.attendance);
    const confirmed = rows.filter((r) => r.status === "confirmed").reduce((a, r) => a + r.n, 0);
    const noShows = rows.filter((r) => r.status === "confirmed" && r.attendance === "no_show").reduce((a, r) => a + r.n, 0);
    expect(confirmed).toBe(559);
    expect(noShows).toBe(114);
    // no other bookings (e.g. cancellations) on those sessions
    expect(rows.every((r) => r.status === "confirmed")).toBe(true);
  });

  it("has 492 Safer members on 30 June 2021 and 581 on 30 June 2022", async () => {
    expect(await membersOn("2021-06-30")).toBe(492);
    expect(await membersOn("2022-06-30")).toBe(581);
  });
});

describe("seed: demo scenarios", () => {
  it("creates the demo users with their roles", async () => {
    const rows = await db
      .select({ email: person.email, name: person.name, roles: person.roles })
      .from(person)
      .where(
        inArray(
          person.email,
          DEMO_USERS.map((u) => u.email),
        ),
      );
    expect(rows).toHaveLength(6);
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    expect(byEmail.get("admin@example.org")?.roles.sort()).toEqual(["admin", "learner"]);
    expect(byEmail.get("trainer@example.org")?.roles.sort()).toEqual(["learner", "trainer"]);
    expect(byEmail.get("learner@example.org")?.roles).toEqual(["learner"]);
    expect(byEmail.get("manager@example.org")?.roles).toEqual(["learner"]);
    expect(byEmail.get("colleague@example.org")?.roles).toEqual(["learner"]);
    expect(byEmail.get("safer@example.org")?.roles.sort()).toEqual(["learner", "safer_contact"]);
    for (const u of DEMO_USERS) expect(byEmail.get(u.email)?.name).toBe(u.name);
  });

  it("keeps every session's placesTaken equal to its held bookings and within capacity", async () => {
    const rows = await db
      .select({
        id: session.id,
        capacity: session.capacity,
        placesTaken: session.placesTaken,
        held: sql<number>`(count(${booking.id}) filter (where ${booking.status} in ('confirmed','requested','offered')))::int`,
      })
      .from(session)
      .leftJoin(booking, eq(booking.sessionId, session.id))
      .groupBy(session.id);
    expect(rows.length).toBeGreaterThan(131);
    for (const r of rows) {
      expect(r.placesTaken, `session ${r.id}`).toBe(r.held);
      expect(r.placesTaken, `session ${r.id}`).toBeLessThanOrEqual(r.capacity);
    }
  });

  it("has a full upcoming Neglect course for the waiting list", async () => {
    const rows = await db
      .select({ capacity: session.capacity, placesTaken: session.placesTaken, title: opportunity.title })
      .from(session)
      .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
      .where(and(gt(session.startsAt, NOW), sql`${opportunity.title} ilike '%neglect%'`, eq(opportunity.type, "course")));
    const full = rows.filter((r) => r.placesTaken === r.capacity);
    expect(full.length).toBeGreaterThanOrEqual(1);
    expect(full[0].capacity).toBe(12);
  });

  it("gives learner@example.org no upcoming bookings and exactly one no-show in the last 12 months", async () => {
    const rows = await db
      .select({ startsAt: session.startsAt, status: booking.status, attendance: booking.attendance })
      .from(booking)
      .innerJoin(session, eq(session.id, booking.sessionId))
      .innerJoin(person, eq(person.id, booking.personId))
      .where(eq(person.email, "learner@example.org"));
    expect(rows.filter((r) => r.startsAt > NOW)).toHaveLength(0);
    const yearAgo = new Date(NOW.getTime() - 365 * 24 * 3600 * 1000);
    expect(rows.filter((r) => r.attendance === "no_show" && r.startsAt > yearAgo)).toHaveLength(1);
    expect(rows.filter((r) => r.attendance === "attended")).toHaveLength(1);
  });

  it("has today's session with check-in code 482913 under way", async () => {
    const [s] = await db.select().from(session).where(eq(session.checkInCode, "482913"));
    expect(s.startsAt.getTime()).toBe(NOW.getTime() - 2 * 3600 * 1000);
    expect(s.endsAt.getTime()).toBe(NOW.getTime() + 4 * 3600 * 1000);
    expect(s.placesTaken).toBe(10);
  });
});
