import { describe, expect, it } from "vitest";
import { addDaysIso, isIsoDate, longDateLabel, monthLabel, monthsInPeriod, periodBounds, reportingYear, reportingYearLabel, reportingYearOf, reportingYearSoFar } from "@/lib/reports/period";
import { sameDayYearBefore } from "@/lib/reports/annual-summary";
import { resolvePeriod } from "@/lib/reports/attendance";
import { parseReportFilters, filtersQuery } from "@/lib/reports/filters-schema";

describe("reporting periods", () => {
  it("puts a date in the reporting year that starts in the partnership's month (London time)", () => {
    expect(reportingYearOf(new Date("2022-06-30T22:59:00Z"), 7)).toBe(2021); // 23:59 on 30 June in London
    expect(reportingYearOf(new Date("2022-06-30T23:00:00Z"), 7)).toBe(2022); // midnight on 1 July in London
    expect(reportingYearOf(new Date("2026-11-25T10:00:00Z"), 7)).toBe(2026);
    expect(reportingYearOf(new Date("2026-03-01T10:00:00Z"), 1)).toBe(2026);
  });

  it("names and bounds a reporting year", () => {
    expect(reportingYear(2021, 7)).toEqual({ startYear: 2021, label: "2021–22", from: "2021-07-01", to: "2022-06-30" });
    expect(reportingYear(2099, 4).to).toBe("2100-03-31");
    expect(reportingYearLabel(2024, 1)).toBe("2024");
    const { start, end } = periodBounds({ from: "2021-07-01", to: "2022-06-30" });
    expect(start.toISOString()).toBe("2021-06-30T23:00:00.000Z");
    expect(end.toISOString()).toBe("2022-06-30T23:00:00.000Z");
    expect(periodBounds({ from: "2022-01-01", to: "2022-01-31" }).end.toISOString()).toBe("2022-02-01T00:00:00.000Z");
  });

  it("lists every month a period touches, across a year end", () => {
    expect(monthsInPeriod({ from: "2021-11-15", to: "2022-02-03" })).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
    expect(monthsInPeriod({ from: "2021-07-01", to: "2022-06-30" })).toHaveLength(12);
    expect(monthLabel("2021-07")).toBe("Jul 2021");
  });

  it("does calendar arithmetic on plain dates", () => {
    expect(addDaysIso("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysIso("2022-07-01", -1)).toBe("2022-06-30");
    expect(sameDayYearBefore("2022-06-30")).toBe("2021-06-30");
    expect(sameDayYearBefore("2024-02-29")).toBe("2023-02-28");
    expect(isIsoDate("2022-02-30")).toBe(false);
    expect(isIsoDate("2022-2-3")).toBe(false);
    expect(isIsoDate("2022-02-28")).toBe(true);
  });

  it("defaults a report to the current reporting year and completes half-open periods", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    expect(resolvePeriod({}, 7, now)).toEqual({ from: "2026-07-01", to: "2027-06-30" });
    expect(resolvePeriod({ from: "2021-09-01" }, 7, now)).toEqual({ from: "2021-09-01", to: "2022-06-30" });
    expect(resolvePeriod({ to: "2022-03-31" }, 7, now)).toEqual({ from: "2021-07-01", to: "2022-03-31" });
    expect(resolvePeriod({ from: "2020-01-01", to: "2020-12-31" }, 7, now)).toEqual({ from: "2020-01-01", to: "2020-12-31" });
  });
});

describe("how much of a reporting year is reported", () => {
  const y2026 = reportingYear(2026, 7); // 1 Jul 2026 to 30 Jun 2027

  it("reports a year in progress from its start to today, as at today", () => {
    expect(reportingYearSoFar(y2026, "2026-12-02")).toEqual({ status: "in_progress", counted: { from: "2026-07-01", to: "2026-12-02" }, asAt: "2026-12-02" });
    expect(reportingYearSoFar(y2026, "2026-07-01")).toMatchObject({ status: "in_progress", counted: { from: "2026-07-01", to: "2026-07-01" } });
    expect(reportingYearSoFar(y2026, "2027-06-30")).toMatchObject({ status: "in_progress", counted: { from: "2026-07-01", to: "2027-06-30" } });
  });

  it("reports a year that has ended whole, and nothing for a year that has not started", () => {
    expect(reportingYearSoFar(reportingYear(2021, 7), "2026-12-02")).toEqual({ status: "complete", counted: { from: "2021-07-01", to: "2022-06-30" }, asAt: null });
    expect(reportingYearSoFar(y2026, "2027-07-01")).toMatchObject({ status: "complete", asAt: null });
    expect(reportingYearSoFar(reportingYear(2027, 7), "2026-12-02")).toEqual({ status: "not_started", counted: null, asAt: null });
    expect(reportingYearSoFar(y2026, "2026-06-30")).toMatchObject({ status: "not_started" });
  });

  it("writes dates out in full for 'as at'", () => {
    expect(longDateLabel("2026-12-02")).toBe("2 December 2026");
    expect(longDateLabel("2022-06-30")).toBe("30 June 2022");
  });
});

describe("report filters from the address", () => {
  it("keeps good filters and reports bad ones without failing", () => {
    const r = parseReportFilters({ from: "2021-07-01", to: "nonsense", agencyId: "12", sector: "police", scope: "" });
    expect(r.filters).toEqual({ from: "2021-07-01", agencyId: 12, sector: "police" });
    expect(r.errors.to).toMatch(/real date/);
    const bad = parseReportFilters({ agencyId: "abc", sector: "pirates" });
    expect(bad.filters).toEqual({});
    expect(Object.keys(bad.errors).sort()).toEqual(["agencyId", "sector"]);
  });

  it("refuses an end before the start", () => {
    const r = parseReportFilters({ from: "2022-07-01", to: "2022-06-30" });
    expect(r.errors.to).toMatch(/after the start/);
    expect(r.filters).toEqual({ from: "2022-07-01" });
  });

  it("writes filters back into a query string", () => {
    expect(filtersQuery({ from: "2021-07-01", agencyId: 3 }, { table: "agency" })).toBe("from=2021-07-01&agencyId=3&table=agency");
  });
});
