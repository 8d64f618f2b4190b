import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, booking, session } from "@/db/schema";
import { checkIn, CHECK_IN_MAX_WRONG_CODES } from "@/lib/attendance";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { givenBooked, givenRegisterSession } from "../support/attendance";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const HOUR = 3600_000;

beforeAll(async () => {
  await givenPartnership(await getDb());
});

async function world(opts: { startsIn?: number; code?: string } = {}) {
  const db = await getDb();
  const trainer = await givenPerson(db, { roles: ["trainer"] });
  const { session: s } = await givenRegisterSession(db, { trainer, startsAt: new Date(Date.now() + (opts.startsIn ?? -HOUR / 2)), checkInCode: opts.code ?? "482913" });
  const me = await givenBooked(db, s.id);
  return { db, s, me };
}

describe("self check-in", () => {
  it("marks a booked person attended with the time they checked in, by code alone or from the QR link", async () => {
    const { db, s, me } = await world();
    const r = await checkIn(me.person, { code: "482 913" });
    expect(r).toMatchObject({ ok: true, sessionId: s.id, alreadyCheckedIn: false });
    const [b] = await db.select().from(booking).where(eq(booking.id, me.booking.id));
    expect(b.attendance).toBe("attended");
    expect(b.checkedInAt).toBeInstanceOf(Date);
    expect(await checkIn(me.person, { code: "482913", sessionId: s.id })).toMatchObject({ ok: true, alreadyCheckedIn: true });
  });

  it("opens an hour before the start", async () => {
    const { me } = await world({ startsIn: HOUR / 2 });
    expect(await checkIn(me.person, { code: "482913" })).toMatchObject({ ok: true });
  });

  it("refuses a wrong code and records the attempt", async () => {
    const { db, s, me } = await world();
    expect(await checkIn(me.person, { code: "111111", sessionId: s.id })).toMatchObject({ ok: false, reason: "wrong_code" });
    const [b] = await db.select().from(booking).where(eq(booking.id, me.booking.id));
    expect(b.attendance).toBeNull();
    const attempts = await db.select().from(auditEvent).where(and(eq(auditEvent.action, "check_in.wrong_code"), eq(auditEvent.entityId, me.person.id)));
    expect(attempts).toHaveLength(1);
  });

  it("stops someone guessing: after too many wrong codes even the right one is refused for a while", async () => {
    const { db, me } = await world();
    for (let i = 0; i < CHECK_IN_MAX_WRONG_CODES; i++) expect(await checkIn(me.person, { code: String(100000 + i) })).toMatchObject({ reason: "wrong_code" });
    expect(await checkIn(me.person, { code: "482913" })).toMatchObject({ ok: false, reason: "locked" });
    const [b] = await db.select().from(booking).where(eq(booking.id, me.booking.id));
    expect(b.checkedInAt).toBeNull();
    // Fifteen minutes later the lock has passed.
    expect(await checkIn(me.person, { code: "482913" }, new Date(Date.now() + 16 * 60_000))).toMatchObject({ ok: true });
  });

  it("refuses people without a confirmed place on the session", async () => {
    const { db, s } = await world();
    const stranger = await givenPerson(db);
    expect(await checkIn(stranger, { code: "482913", sessionId: s.id })).toMatchObject({ ok: false, reason: "not_booked" });
    expect(await checkIn(stranger, { code: "482913" })).toMatchObject({ ok: false, reason: "not_booked" });
    const waiting = await givenBooked(db, s.id, { status: "waitlisted" });
    expect(await checkIn(waiting.person, { code: "482913", sessionId: s.id })).toMatchObject({ ok: false, reason: "not_booked" });
    const cancelled = await givenBooked(db, s.id, { status: "cancelled" });
    expect(await checkIn(cancelled.person, { code: "482913" })).toMatchObject({ ok: false, reason: "not_booked" });
  });

  it("refuses on the wrong day", async () => {
    const tomorrow = await world({ startsIn: 24 * HOUR });
    expect(await checkIn(tomorrow.me.person, { code: "482913", sessionId: tomorrow.s.id })).toMatchObject({ ok: false, reason: "not_open" });
    const yesterday = await world({ startsIn: -24 * HOUR });
    expect(await checkIn(yesterday.me.person, { code: "482913" })).toMatchObject({ ok: false, reason: "not_open" });
    const [b] = await yesterday.db.select().from(booking).where(eq(booking.id, yesterday.me.booking.id));
    expect(b.attendance).toBeNull();
  });

  it("refuses once the register is closed", async () => {
    const { db, s, me } = await world();
    await db.update(session).set({ registerClosedAt: new Date() }).where(eq(session.id, s.id));
    expect(await checkIn(me.person, { code: "482913" })).toMatchObject({ ok: false, reason: "closed" });
  });
});
