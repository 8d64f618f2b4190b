// CSV files of every report table (csv-stringify), the same columns as on the page.
import { stringify } from "csv-stringify/sync";
import type { AnnualSummary } from "./annual-summary";
import type { AttendanceReport, AttendanceRow } from "./attendance";
import { ATTENDANCE_COLUMNS, ATTENDANCE_COLUMNS_WITHOUT_PLACES, IMPACT_COLUMNS, type ReportColumn } from "./columns";
import type { ImpactReport, ImpactRow } from "./impact";
import { longDateLabel, shortDateLabel } from "./period";
import { formatChange, formatPercent } from "./rates";

export const ATTENDANCE_TABLES = { totals: "Total", month: "Month", agency: "Organisation", sector: "Sector", opportunity: "Learning opportunity" } as const;
export type AttendanceTable = keyof typeof ATTENDANCE_TABLES;

export const IMPACT_TABLES = { course: "Learning opportunity", agency: "Organisation", themes: "Theme" } as const;
export type ImpactTable = keyof typeof IMPACT_TABLES;

export type CsvFile = { fileName: string; body: string };

function table<T extends { label: string }>(first: string, columns: ReportColumn<T>[], rows: readonly T[]): string {
  return stringify([[first, ...columns.map((c) => c.header)], ...rows.map((r) => [r.label, ...columns.map((c) => c.value(r))])]);
}

export function attendanceRows(report: AttendanceReport, t: AttendanceTable): readonly AttendanceRow[] {
  switch (t) {
    case "totals":
      return [{ ...report.totals, label: `${report.period.from} to ${report.period.to}` }];
    case "month":
      return report.byMonth;
    case "agency":
      return report.byAgency;
    case "sector":
      return report.bySector;
    case "opportunity":
      return report.byOpportunity;
  }
}

export function attendanceCsv(report: AttendanceReport, t: AttendanceTable): CsvFile {
  return {
    fileName: `attendance-by-${t}-${report.period.from}-to-${report.period.to}.csv`,
    body: table(ATTENDANCE_TABLES[t], t === "agency" || t === "sector" ? ATTENDANCE_COLUMNS_WITHOUT_PLACES : ATTENDANCE_COLUMNS, attendanceRows(report, t)),
  };
}

export function impactCsv(report: ImpactReport, t: ImpactTable): CsvFile {
  const fileName = `impact-by-${t}-${report.period.from}-to-${report.period.to}.csv`;
  if (t === "themes") return { fileName, body: stringify([["Theme", "Follow-ups"], ...report.themes.map((r) => [r.theme, r.count])]) };
  const rows: readonly ImpactRow[] = t === "course" ? report.byCourse : report.byAgency;
  return { fileName, body: table(IMPACT_TABLES[t], IMPACT_COLUMNS, rows) };
}

/** "2021–22", or "2026–27 so far, as at 2 December 2026" for the year in progress. */
export function annualSummaryTitle(s: AnnualSummary): string {
  return s.asAt ? `${s.year.label} so far, as at ${longDateLabel(s.asAt)}` : s.year.label;
}

/** The summary's figures as label/value rows, in the order shown on the page. */
export function annualSummaryRows(s: AnnualSummary): [string, string | number][] {
  return [
    ["Learning opportunities provided", s.opportunitiesProvided],
    ["Multi-agency courses", s.multiAgencyCourses],
    ["Sign-ups to multi-agency courses", s.courseSignUps],
    ["Booked and did not attend", s.didNotAttend],
    ["Did not attend (share of sign-ups marked)", formatPercent(s.didNotAttendRate)],
    [`Safer members on ${shortDateLabel(s.saferMembers.on)}`, s.saferMembers.members],
    [`Change since ${shortDateLabel(s.saferMembers.yearBeforeOn)}`, formatChange(s.saferMembers.change)],
  ];
}

export function annualSummaryCsv(s: AnnualSummary): CsvFile {
  // The file name carries the days counted, so a year-in-progress file says how far it goes.
  return {
    fileName: `annual-summary-${s.counted.from}-to-${s.counted.to}.csv`,
    body: stringify([["Measure", `Reporting year ${annualSummaryTitle(s)}`], ...annualSummaryRows(s)]),
  };
}
