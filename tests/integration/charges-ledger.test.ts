import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, charge } from "@/db/schema";
import { agencyStatement, agencyStatementCsv, CHARGE_LIST_LIMIT, listCharges, parsePeriod, waiveCharge } from "@/lib/charges";
import { AuthorizationError } from "@/lib/auth/errors";
import { londonDateTime } from "@/lib/dates";
import { noShowsByAgency, noShowsByOpportunity, personNoShowHistory } from "@/lib/noshow";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { givenBooked, givenRegisterSession } from "../support/attendance";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  await givenPartnership(await getDb());
});

/** A missed place on a session on the given London date, charged as the register would. */
async function givenCharge(opts: { agencyId: number; on: Date; amountPence?: number; reason?: "no_show" | "late_cancellation"; trainer: Awaited<ReturnType<typeof givenPerson>> }) {
  const db = await getDb();
  const { session: s, opportunity: o } = await givenRegisterSession(db, { trainer: opts.trainer, startsAt: opts.on });
  const who = await givenPerson(db, { agencyId: opts.agencyId });
  const reason = opts.reason ?? "no_show";
  const { booking: b } = await givenBooked(db, s.id, {
    who,
    status: reason === "no_show" ? "confirmed" : "late_cancelled",
    over: reason === "no_show" ? { attendance: "no_show" } : {},
  });
  const [c] = await db.insert(charge).values({ bookingId: b.id, personId: who.id, agencyId: opts.agencyId, reason, amountPence: opts.amountPence ?? 5000 }).returning();
  return { charge: c, person: who, booking: b, opportunity: o };
}

describe("charges for missed places", () => {
  it("lets the business unit waive a charge with a reason, once, audited", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const a = await givenAgency(db);
    const { charge: c } = await givenCharge({ agencyId: a.id, on: londonDateTime(2026, 9, 10, 9), trainer });
    await expect(waiveCharge(trainer, c.id, { reason: "x" })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listCharges(trainer)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await waiveCharge(admin, c.id, { reason: "Called to a child protection emergency" })).toEqual({ ok: true });
    const [row] = await db.select().from(charge).where(eq(charge.id, c.id));
    expect(row).toMatchObject({ waivedBy: admin.id, waiverReason: "Called to a child protection emergency" });
    expect(row.waivedAt).toBeInstanceOf(Date);
    expect(await waiveCharge(admin, c.id, { reason: "again" })).toMatchObject({ ok: false });
    const audits = await db.select().from(auditEvent).where(eq(auditEvent.action, "charge.waived"));
    expect(audits.filter((x) => x.entityId === String(c.id))).toHaveLength(1);
  });

  it("produces a statement per agency per month or quarter with totals charged, waived and due, and as CSV", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const ours = await givenAgency(db, "Norwich Health Visiting");
    const theirs = await givenAgency(db);
    const nov1 = await givenCharge({ agencyId: ours.id, on: londonDateTime(2026, 11, 3, 9), trainer });
    const nov2 = await givenCharge({ agencyId: ours.id, on: londonDateTime(2026, 11, 30, 13), amountPence: 2500, reason: "late_cancellation", trainer });
    await givenCharge({ agencyId: ours.id, on: londonDateTime(2026, 12, 1, 9), trainer });
    await givenCharge({ agencyId: ours.id, on: londonDateTime(2026, 10, 31, 23, 30), trainer }); // still October in London
    await givenCharge({ agencyId: theirs.id, on: londonDateTime(2026, 11, 10, 9), trainer });
    await waiveCharge(admin, nov2.charge.id, { reason: "Illness" });

    const month = await agencyStatement(admin, ours.id, "2026-11");
    expect(month!.rows.map((r) => r.id)).toEqual([nov1.charge.id, nov2.charge.id]);
    expect(month!.totals).toEqual({ count: 2, chargedPence: 7500, waivedPence: 2500, duePence: 5000 });
    const quarter = await agencyStatement(admin, ours.id, "2026-Q4");
    expect(quarter!.totals).toEqual({ count: 4, chargedPence: 17500, waivedPence: 2500, duePence: 15000 });
    expect(await agencyStatement(admin, ours.id, "November")).toBeNull();

    const csv = await agencyStatementCsv(admin, ours.id, "2026-11");
    expect(csv!.filename).toMatch(/^charges-norwich-health-visiting-\d+-2026-11\.csv$/);
    // None of these values holds a comma or quote, so a plain split reads the CSV.
    const lines = csv!.csv.trim().split("\n").map((l) => l.split(","));
    expect(lines[0]).toContain("Booking reference");
    expect(lines.slice(1, 3).map((l) => [l[2], l[8], l[9]])).toEqual([
      [nov1.booking.reference, "50.00", "Due"],
      [nov2.booking.reference, "25.00", "Waived"],
    ]);
    expect(lines.find((l) => l[0] === "Total due")![8]).toBe("50.00");
    await expect(agencyStatementCsv(trainer, ours.id, "2026-11")).rejects.toBeInstanceOf(AuthorizationError);

    const due = await listCharges(admin, { agencyId: ours.id, status: "due", period: parsePeriod("2026-Q4")! });
    expect(due.rows).toHaveLength(3);
    expect(due.rows.every((r) => !r.waivedAt)).toBe(true);
    const waived = await listCharges(admin, { agencyId: ours.id, status: "waived" });
    expect(waived.rows.map((r) => r.id)).toEqual([nov2.charge.id]);
  });
});

describe("the charge list's totals", () => {
  it("cover every charge matching the filter, in SQL, while the list itself is cut short", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const a = await givenAgency(db, "Totals check agency");
    const amounts = [5000, 2500, 5000, 5000, 2500];
    const made = [];
    for (const [i, amountPence] of amounts.entries()) made.push(await givenCharge({ agencyId: a.id, on: londonDateTime(2025, 3, 3 + i, 9), amountPence, trainer }));
    await waiveCharge(admin, made[0].charge.id, { reason: "Illness" }); // the OLDEST session: never in the first 2 listed
    await waiveCharge(admin, made[1].charge.id, { reason: "Illness" });

    const all = await listCharges(admin, { agencyId: a.id }, { limit: 2 });
    expect(all.rows.map((r) => r.id)).toEqual([made[4].charge.id, made[3].charge.id]); // newest sessions first
    expect(all).toMatchObject({ truncated: true, limit: 2 });
    expect(all.totals).toEqual({ count: 5, chargedPence: 20000, waivedPence: 7500, duePence: 12500 });

    const due = await listCharges(admin, { agencyId: a.id, status: "due" }, { limit: 2 });
    expect(due.totals).toEqual({ count: 3, chargedPence: 12500, waivedPence: 0, duePence: 12500 });
    const waived = await listCharges(admin, { agencyId: a.id, status: "waived" }, { limit: 2 });
    expect(waived).toMatchObject({ truncated: false, totals: { count: 2, chargedPence: 7500, waivedPence: 7500, duePence: 0 } });
    // The filters' totals add up to the unfiltered ones (the QA walk's mismatch: the headline covered only the rows listed).
    expect(due.totals.duePence + waived.totals.waivedPence).toBe(all.totals.chargedPence);

    const march = await listCharges(admin, { agencyId: a.id, period: parsePeriod("2025-03")! }, { limit: 1 });
    expect(march.totals.count).toBe(5);
    const none = await listCharges(admin, { agencyId: a.id, period: parsePeriod("2025-04")! });
    expect(none).toMatchObject({ rows: [], truncated: false, totals: { count: 0, chargedPence: 0, waivedPence: 0, duePence: 0 } });
    // Without a limit asked for, the page's default applies.
    expect((await listCharges(admin, { agencyId: a.id })).limit).toBe(CHARGE_LIST_LIMIT);
  });
});

describe("no-show figures", () => {
  it("counts no-shows and late cancellations per agency and per course, and shows a person their own record", async () => {
    const db = await getDb();
    const trainer = await givenPerson(db, { roles: ["trainer"] });
    const ag = await givenAgency(db);
    const on = londonDateTime(2025, 2, 12, 9);
    const { session: s, opportunity: o } = await givenRegisterSession(db, { trainer, startsAt: on });
    const me = await givenPerson(db, { agencyId: ag.id });
    await givenBooked(db, s.id, { who: me, over: { attendance: "no_show" } });
    await givenBooked(db, s.id, { who: await givenPerson(db, { agencyId: ag.id }), over: { attendance: "attended" } });
    await givenBooked(db, s.id, { who: await givenPerson(db, { agencyId: ag.id }), over: { attendance: "partial" } });
    await givenBooked(db, s.id, { who: await givenPerson(db, { agencyId: ag.id }), status: "late_cancelled" });
    await givenBooked(db, s.id, { who: await givenPerson(db, { agencyId: ag.id }), over: { attendance: "attended", walkIn: true } });
    await givenBooked(db, s.id, { who: await givenPerson(db, { agencyId: ag.id }), status: "cancelled" });
    const range = { from: londonDateTime(2025, 2, 1), to: londonDateTime(2025, 3, 1) };

    const byAgency = (await noShowsByAgency(range)).find((r) => r.agencyId === ag.id);
    expect(byAgency).toMatchObject({ booked: 4, attended: 2, partial: 1, noShows: 1, lateCancellations: 1, walkIns: 1 });
    const byCourse = (await noShowsByOpportunity(range)).find((r) => r.opportunityId === o.id);
    expect(byCourse).toMatchObject({ sessions: 1, booked: 4, noShows: 1, lateCancellations: 1 });
    expect((await noShowsByAgency({ from: londonDateTime(2025, 3, 1), to: londonDateTime(2025, 4, 1) })).find((r) => r.agencyId === ag.id)).toBeUndefined();

    const mine = await personNoShowHistory(me, me.id);
    expect(mine.entries.map((e) => [e.title, e.outcome])).toEqual([[o.title, "no_show"]]);
    expect(mine.totals.noShows).toBe(1);
    await expect(personNoShowHistory(await givenPerson(db), me.id)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
