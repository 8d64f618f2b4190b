// Reports for the business unit and the partnership board: attendance, the annual summary, impact of training.
export {
  attendanceReport,
  attendanceTotals,
  reportFilterOptions,
  markedCount,
  reportingYearsWithSessions,
  resolvePeriod,
  topBySignUps,
  type AttendanceReport,
  type AttendanceRow,
  type ReportFilterOptions,
} from "./attendance";
export { clearReportCaches, figuresAsAtText, reportCacheSeconds } from "./cache";
export { annualSummary, defaultSummaryYear, type AnnualSummary } from "./annual-summary";
export { impactReport, type ImpactReport, type ImpactRow } from "./impact";
export { attendanceCsv, annualSummaryCsv, annualSummaryTitle, impactCsv, ATTENDANCE_TABLES, IMPACT_TABLES, type AttendanceTable, type ImpactTable } from "./csv";
export { parseReportFilters, filtersQuery, SECTOR_LABELS, SECTORS, OPPORTUNITY_SCOPES, type ReportFilters } from "./filters-schema";
export { reportingYear, reportingYearLabel, reportingYearOf, reportingYearSoFar, monthLabel, shortDateLabel, longDateLabel, type Period } from "./period";
export { formatPercent, formatScore, formatUplift, formatChange, rate } from "./rates";
