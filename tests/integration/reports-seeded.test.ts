// Report figures against the seeded demo partnership: the 2021–22 annual report must come out of the data.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import { AuthorizationError } from "@/lib/auth/errors";
import { annualSummary, attendanceCsv, attendanceReport, defaultSummaryYear, impactReport, reportingYearsWithSessions } from "@/lib/reports";
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
    const s = await annualSummary(await admin(), 2021);
    expect(s.year.label).toBe("2021–22");
    expect(s.opportunitiesProvided).toBe(131);
    expect(s.multiAgencyCourses).toBe(35);
    expect(s.courseSignUps).toBe(559);
    expect(s.didNotAttend).toBe(114);
    expect(Math.round(s.didNotAttendRate! * 100)).toBe(20);
    expect(s.saferMembers).toMatchObject({ atYearEnd: 581, yearBefore: 492, change: 89, on: "2022-06-30", yearBeforeOn: "2021-06-30" });
  });

  it("opens on the year of the published report and offers every year with sessions", async () => {
    const a = await admin();
    expect(await defaultSummaryYear(a, SEED_NOW)).toBe(2021);
    const years = await reportingYearsWithSessions(a);
    expect(years).toContain(2021);
    expect(years[years.length - 1]).toBe(2021);
  });
});

describe("the attendance report", () => {
  it("totals for the year's multi-agency courses equal the summary", async () => {
    const r = await attendanceReport(await admin(), COURSES, SEED_NOW);
    expect(r.period).toEqual(YEAR);
    expect(r.totals.signUps).toBe(559);
    expect(r.totals.noShows).toBe(114);
    expect(r.totals.attended + r.totals.partial + r.totals.noShows + r.totals.notMarked).toBe(559);
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
      await expect(annualSummary(who, 2021)).rejects.toMatchObject({ status: 403 });
      await expect(impactReport(who, COURSES, SEED_NOW)).rejects.toMatchObject({ status: 403 });
    }
  });
});
