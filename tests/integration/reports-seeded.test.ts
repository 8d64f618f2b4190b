// Report figures against the seeded demo partnership: the 2021–22 annual report must come out of the data.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import { AuthorizationError } from "@/lib/auth/errors";
import { annualSummary, annualSummaryCsv, attendanceCsv, attendanceReport, defaultSummaryYear, impactReport, reportingYearsWithSessions } from "@/lib/reports";
import { membershipStatistics } from "@/lib/membership";
import { attendanceTotals } from "@/lib/reports/attendance";
import { actorByEmail, parseCsv as parse, SEED_NOW } from "../support/reports";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const YEAR = { from: "2021-07-01", to: "2022-06-30" };
const COURSES = { ...YEAR, scope: "multi_agency_course" as const };

beforeAll(async () => {
  await seed(await getDb(), { now: SEED_NOW });
}, 600_000);

const admin = () => getDb().then((db) => actorByEmail(db, "admin@example.org"));

describe("the annual summary for 2021–22", () => {
  it("reproduces the published figures from the data", async () => {
    const s = (await annualSummary(await admin(), 2021, SEED_NOW))!;
    expect(s.asAt).toBeNull(); // a year that has ended is reported whole
    expect(s.counted).toEqual(YEAR);
    expect(s.year.label).toBe("2021–22");
    expect(s.opportunitiesProvided).toBe(131);
    expect(s.multiAgencyCourses).toBe(35);
    expect(s.courseSignUps).toBe(559);
    expect(s.didNotAttend).toBe(114);
    expect(Math.round(s.didNotAttendRate! * 100)).toBe(20);
    expect(s.saferMembers).toMatchObject({ members: 581, yearBefore: 492, change: 89, on: "2022-06-30", yearBeforeOn: "2021-06-30" });
  });

  it("opens on the year of the published report and offers every year with sessions up to the current one", async () => {
    const a = await admin();
    expect(await defaultSummaryYear(a, SEED_NOW)).toBe(2021);
    const years = await reportingYearsWithSessions(a, SEED_NOW);
    expect(years).toContain(2021);
    expect(years[years.length - 1]).toBe(2021);
    expect(years[0]).toBe(2026);
    expect(years).not.toContain(2027);
    expect(await annualSummary(a, 2027, SEED_NOW)).toBeNull();
    // A year with sessions already scheduled is still not offered before it starts: on 1 March 2026 (2025–26 in
    // progress) the seeded 2026–27 sessions exist, but the newest year offered is 2025–26.
    expect((await attendanceTotals(a, { from: "2026-07-01", to: "2027-06-30" })).capacity).toBeGreaterThan(0);
    const earlier = await reportingYearsWithSessions(a, new Date("2026-03-01T12:00:00Z"));
    expect(earlier[0]).toBe(2025);
    expect(await annualSummary(a, 2026, new Date("2026-03-01T12:00:00Z"))).toBeNull();
  });
});

describe("the annual summary for the year in progress (2026–27 on 25 Nov 2026)", () => {
  it("counts up to today and compares Safer members today with a year ago, as the membership counts do", async () => {
    const a = await admin();
    const s = (await annualSummary(a, 2026, SEED_NOW))!;
    expect(s.asAt).toBe("2026-11-25");
    expect(s.counted).toEqual({ from: "2026-07-01", to: "2026-11-25" });
    expect(s.year).toMatchObject({ from: "2026-07-01", to: "2027-06-30" });
    // The same figures as /admin/safer/counts (before: members covering 30 June 2027, so renewals still to come were losses).
    const stats = await membershipStatistics(a, SEED_NOW);
    expect(s.saferMembers).toEqual({ members: stats.current.total, yearBefore: stats.yearAgo.total, change: stats.change, on: "2026-11-25", yearBeforeOn: "2025-11-25" });
    expect(s.saferMembers.members).toBeGreaterThan(500);

    // Sessions still to come are not counted: so far + the rest of the year = the whole year.
    const scope = { scope: "multi_agency_course" as const };
    const whole = await attendanceTotals(a, s.year, scope);
    const rest = await attendanceTotals(a, { from: "2026-11-26", to: "2027-06-30" }, scope);
    expect(rest.signUps).toBeGreaterThan(0);
    expect(s.courseSignUps).toBe(whole.signUps - rest.signUps);
    expect(s.didNotAttend).toBe(whole.noShows - rest.noShows);
    const soFar = await attendanceTotals(a, s.counted, scope);
    expect(s.didNotAttendRate).toBe(soFar.noShowRate);
    expect(s.didNotAttendRate).toBeCloseTo(soFar.noShows / (soFar.attended + soFar.partial + soFar.noShows));

    const csv = annualSummaryCsv(s);
    expect(csv.fileName).toBe("annual-summary-2026-07-01-to-2026-11-25.csv");
    const rows = parse(csv.body);
    expect(rows[0][1]).toBe("Reporting year 2026–27 so far, as at 25 November 2026");
    expect(rows.find((r) => r[0] === "Safer members on 25 Nov 2026")?.[1]).toBe(String(stats.current.total));
  });
});

describe("the attendance report", () => {
  it("totals for the year's multi-agency courses equal the summary", async () => {
    const r = await attendanceReport(await admin(), COURSES, SEED_NOW);
    expect(r.period).toEqual(YEAR);
    expect(r.totals.signUps).toBe(559);
    expect(r.totals.noShows).toBe(114);
    expect(r.totals.attended + r.totals.partial + r.totals.noShows + r.totals.notMarked).toBe(559);
    // The historic year is fully marked, so the no-show rate over marked sign-ups is the published 20%.
    expect(r.totals.notMarked).toBe(0);
    expect(r.totals.marked).toBe(559);
    expect(r.totals.noShowRate).toBeCloseTo(114 / 559);
    expect(r.totals.capacity).toBeGreaterThanOrEqual(559);
    expect(r.totals.fillRate).toBeCloseTo(559 / r.totals.capacity!);
    expect(r.byMonth).toHaveLength(12);
    const sum = (rows: readonly { signUps: number; noShows: number }[]) => rows.reduce((a, x) => [a[0] + x.signUps, a[1] + x.noShows], [0, 0]);
    expect(sum(r.byMonth)).toEqual([559, 114]);
    expect(sum(r.byAgency)).toEqual([559, 114]);
    expect(sum(r.bySector)).toEqual([559, 114]);
    expect(sum(r.byOpportunity)).toEqual([559, 114]);
    expect(r.byOpportunity).toHaveLength(35);
    expect(r.totals.lateCancellations).toBe(r.byAgency.reduce((a, x) => a + x.lateCancellations, 0));
    expect(r.totals.waitlisted).toBe(r.byMonth.reduce((a, x) => a + x.waitlisted, 0));
  });

  it("filtered by each agency, sums back to the total", async () => {
    const a = await admin();
    const all = await attendanceReport(a, COURSES, SEED_NOW);
    const agencies = all.byAgency.filter((x) => x.key !== "none");
    let signUps = 0;
    let noShows = 0;
    for (const ag of agencies) {
      const t = await attendanceTotals(a, YEAR, { ...COURSES, agencyId: Number(ag.key) });
      expect(t.signUps).toBe(ag.signUps);
      signUps += t.signUps;
      noShows += t.noShows;
    }
    const none = all.byAgency.find((x) => x.key === "none");
    expect(signUps + (none?.signUps ?? 0)).toBe(559);
    expect(noShows + (none?.noShows ?? 0)).toBe(114);
    // With an agency filter places belong to the sessions, not the agency: no fill rate is claimed.
    const one = await attendanceReport(a, { ...COURSES, agencyId: Number(agencies[0].key) }, SEED_NOW);
    expect(one.totals.signUps).toBe(agencies[0].signUps);
    expect(one.totals.fillRate).toBeNull();
  });

  it("by sector and district narrows to the matching agencies", async () => {
    const a = await admin();
    const all = await attendanceReport(a, COURSES, SEED_NOW);
    let total = 0;
    for (const s of all.bySector.filter((x) => x.key !== "none")) {
      const t = await attendanceTotals(a, YEAR, { ...COURSES, sector: s.key as never });
      expect(t.signUps).toBe(s.signUps);
      total += t.signUps;
    }
    expect(total + (all.bySector.find((x) => x.key === "none")?.signUps ?? 0)).toBe(559);
    const norwich = await attendanceTotals(a, YEAR, { ...COURSES, district: "Norwich" });
    expect(norwich.signUps).toBeGreaterThan(0);
    expect(norwich.signUps).toBeLessThan(559);
  });

  it("exports every table as CSV with the same numbers", async () => {
    const r = await attendanceReport(await admin(), COURSES, SEED_NOW);
    const totals = parse(attendanceCsv(r, "totals").body) as string[][];
    expect(totals[0].slice(0, 5)).toEqual(["Total", "Sign-ups", "Attended", "Partial", "No-shows"]);
    expect(totals[1][1]).toBe("559");
    expect(totals[1][4]).toBe("114");
    expect(totals[1][10]).toBe("20%");
    const agency = attendanceCsv(r, "agency");
    expect(agency.fileName).toBe("attendance-by-agency-2021-07-01-to-2022-06-30.csv");
    expect(parse(agency.body)[0]).not.toContain("Fill rate");
    const rows = (parse(agency.body) as string[][]).slice(1);
    expect(rows).toHaveLength(r.byAgency.length);
    expect(rows.reduce((a, x) => a + Number(x[1]), 0)).toBe(559);
    expect(rows.reduce((a, x) => a + Number(x[4]), 0)).toBe(114);
    const month = (parse(attendanceCsv(r, "month").body) as string[][]).slice(1);
    expect(month.map((m) => m[0])).toEqual(r.byMonth.map((m) => m.label));
  });

  it("covers every type of opportunity unless asked for one", async () => {
    const a = await admin();
    const everything = await attendanceTotals(a, YEAR);
    expect(everything.signUps).toBeGreaterThanOrEqual(559);
  });
});

describe("the no-show rate in a year still in progress", () => {
  it("is worked out over marked sign-ups, with no rate where nothing is marked", async () => {
    const r = await attendanceReport(await admin(), {}, SEED_NOW); // the current reporting year, 2026–27
    const t = r.totals;
    expect(t.notMarked).toBeGreaterThan(0); // sessions still to come
    expect(t.marked).toBe(t.signUps - t.notMarked);
    expect(t.noShowRate).toBeCloseTo(t.noShows / t.marked);
    expect(t.noShowRate!).toBeGreaterThan(t.noShows / t.signUps);
    // Months still to come have sign-ups but nothing marked: no rate (shown "–"), not 0%.
    const future = r.byMonth.filter((m) => m.key > "2026-11" && m.signUps > 0);
    expect(future.length).toBeGreaterThan(0);
    for (const m of future) expect(m).toMatchObject({ marked: 0, noShowRate: null });
    for (const row of [...r.byMonth, ...r.byAgency, ...r.bySector, ...r.byOpportunity]) {
      expect(row.noShowRate).toBe(row.marked ? row.noShows / row.marked : null);
    }
    const unmarkedAgency = r.byAgency.find((x) => x.signUps > 0 && x.marked === 0);
    const csv = parse(attendanceCsv(r, "month").body) as string[][];
    const rateAt = csv[0].indexOf("No-show rate (of marked)");
    expect(rateAt).toBeGreaterThan(0);
    for (const m of future) expect(csv.find((line) => line[0] === m.label)![rateAt]).toBe("–");
    if (unmarkedAgency) {
      const agencyCsv = parse(attendanceCsv(r, "agency").body) as string[][];
      const at = agencyCsv[0].indexOf("No-show rate (of marked)");
      expect(agencyCsv.find((line) => line[0] === unmarkedAgency.label)![at]).toBe("–");
    }
  });
});

describe("the impact report", () => {
  it("counts responses among people who came and confidence before and after", async () => {
    const r = await impactReport(await admin(), COURSES, SEED_NOW);
    const t = r.totals;
    expect(t.attended).toBeGreaterThan(0);
    expect(t.post).toBeGreaterThan(0);
    expect(t.post).toBeLessThanOrEqual(t.attended);
    expect(t.postRate).toBeCloseTo(t.post / t.attended);
    expect(t.confidenceBefore).not.toBeNull();
    expect(t.uplift).toBeCloseTo(t.confidenceAfter! - t.confidenceBefore!);
    expect(r.byCourse.reduce((a, x) => a + x.attended, 0)).toBe(t.attended);
    expect(r.byAgency.reduce((a, x) => a + x.impact, 0)).toBe(t.impact);
    expect(r.themes.reduce((a, x) => a + x.count, 0)).toBeLessThanOrEqual(t.impact);
    if (t.impact) expect(t.coSignedShare).toBeCloseTo(t.coSigned / t.impact);
  });
});

describe("who may see reports", () => {
  it("refuses learners, trainers and Safer contacts", async () => {
    const db = await getDb();
    for (const email of ["learner@example.org", "trainer@example.org", "safer@example.org"]) {
      const who = await actorByEmail(db, email);
      await expect(attendanceReport(who, COURSES, SEED_NOW)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(annualSummary(who, 2021, SEED_NOW)).rejects.toMatchObject({ status: 403 });
      await expect(impactReport(who, COURSES, SEED_NOW)).rejects.toMatchObject({ status: 403 });
    }
  });
});
