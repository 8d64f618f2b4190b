// The attendance report keeps its figures for REPORT_CACHE_SECONDS: a second look within that time gets the same
// figures without counting again, and the permission check still runs first on every call.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { attendanceReport, clearReportCaches, reportFilterOptions, resolvePeriod } from "@/lib/reports";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { givenPastBooking } from "../support/reports";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const NOW = new Date("2026-11-25T10:00:00Z");
const savedEnv = process.env.REPORT_CACHE_SECONDS;

let admin: Actor;
let learner: Actor;
let agencyId: number;

/** One more confirmed booking, by `learner`, on a session that ended yesterday (in the current reporting year). */
const addBooking = async () => givenPastBooking(await getDb(), { learner, attendance: "attended", now: NOW });

beforeAll(async () => {
  delete process.env.REPORT_CACHE_SECONDS; // the default: 60 seconds
  const db = await getDb();
  await givenPartnership(db);
  agencyId = (await givenAgency(db, "Cached figures agency")).id;
  admin = await givenPerson(db, { roles: ["admin"] });
  learner = await givenPerson(db, { agencyId });
  await addBooking();
});

beforeEach(() => {
  delete process.env.REPORT_CACHE_SECONDS;
  clearReportCaches();
});

afterAll(() => {
  if (savedEnv === undefined) delete process.env.REPORT_CACHE_SECONDS;
  else process.env.REPORT_CACHE_SECONDS = savedEnv;
  clearReportCaches();
});

describe("cached attendance figures", () => {
  it("a second look within the time limit gets the same figures; after clearing, the new ones", async () => {
    const first = await attendanceReport(admin, {}, NOW);
    const before = first.totals.signUps;
    expect(before).toBeGreaterThan(0);
    expect(first.computedAt).toBeInstanceOf(Date);

    await addBooking();
    const second = await attendanceReport(admin, {}, NOW);
    expect(second.totals.signUps).toBe(before);
    expect(second.computedAt).toEqual(first.computedAt);
    expect(second.byOpportunity).toHaveLength(first.byOpportunity.length);

    clearReportCaches();
    const third = await attendanceReport(admin, {}, NOW);
    expect(third.totals.signUps).toBe(before + 1);
    expect(third.byOpportunity).toHaveLength(first.byOpportunity.length + 1);
    expect(third.computedAt.getTime()).toBeGreaterThanOrEqual(first.computedAt.getTime());
  });

  it("is keyed by the resolved period and the filters: the same period asked another way shares the figures", async () => {
    const byDefault = await attendanceReport(admin, {}, NOW);
    const period = resolvePeriod({}, 7, NOW);
    const explicit = await attendanceReport(admin, { from: period.from, to: period.to }, NOW);
    expect(explicit.computedAt).toEqual(byDefault.computedAt);
    expect(explicit.filters).toEqual({ from: period.from, to: period.to }); // each caller gets its own filters back
    expect(byDefault.filters).toEqual({});

    await addBooking();
    // Other filters are another key: counted now, so they include the new booking.
    const oneAgency = await attendanceReport(admin, { agencyId }, NOW);
    expect(oneAgency.totals.signUps).toBe(byDefault.totals.signUps + 1);
    expect(oneAgency.totals.fillRate).toBeNull();
    // Another period too (the reporting year before has nothing).
    const lastYear = await attendanceReport(admin, { from: "2025-07-01" }, NOW);
    expect(lastYear.period).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    expect(lastYear.totals.signUps).toBe(0);
  });

  it("callers at the same moment share one count", async () => {
    const [a, b, c] = await Promise.all([attendanceReport(admin, {}, NOW), attendanceReport(admin, {}, NOW), attendanceReport(admin, {}, NOW)]);
    expect(b.computedAt).toBe(a.computedAt);
    expect(c.totals).toBe(a.totals);
  });

  it("hands out figures nobody can change in place", async () => {
    const r = await attendanceReport(admin, {}, NOW);
    expect(Object.isFrozen(r.byAgency)).toBe(true);
    expect(() => (r.byAgency as unknown as unknown[]).push(r.totals)).toThrow(TypeError);
    expect(() => Object.assign(r.totals, { signUps: -1 })).toThrow(TypeError);
  });

  it("still refuses anyone but an admin when the figures are kept", async () => {
    const kept = await attendanceReport(admin, {}, NOW);
    for (const who of [learner, null]) {
      const refusal = await attendanceReport(who as Actor, {}, NOW).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(AuthorizationError);
      expect((refusal as AuthorizationError).status).toBe(who ? 403 : 401);
      await expect(reportFilterOptions(who as Actor)).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect((await attendanceReport(admin, {}, NOW)).computedAt).toEqual(kept.computedAt);
  });

  it("REPORT_CACHE_SECONDS=0 counts every time", async () => {
    process.env.REPORT_CACHE_SECONDS = "0";
    const first = await attendanceReport(admin, {}, NOW);
    await addBooking();
    const second = await attendanceReport(admin, {}, NOW);
    expect(second.totals.signUps).toBe(first.totals.signUps + 1);
  });

  it("keeps the filter choices too", async () => {
    const before = await reportFilterOptions(admin);
    await givenAgency(await getDb(), "Agency added later");
    expect((await reportFilterOptions(admin)).agencies).toHaveLength(before.agencies.length);
    clearReportCaches();
    expect((await reportFilterOptions(admin)).agencies).toHaveLength(before.agencies.length + 1);
  });
});
