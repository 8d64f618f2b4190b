// The columns of each report table, shared by the page and the CSV export so both show the same numbers.
import type { AttendanceRow } from "./attendance";
import type { ImpactRow } from "./impact";
import { formatPercent, formatScore, formatUplift } from "./rates";

export type ReportColumn<T> = { header: string; value: (row: T) => string | number };

const PLACE_COLUMNS = ["Places", "Fill rate"];

export const ATTENDANCE_COLUMNS: ReportColumn<AttendanceRow>[] = [
  { header: "Sign-ups", value: (r) => r.signUps },
  { header: "Attended", value: (r) => r.attended },
  { header: "Partial", value: (r) => r.partial },
  { header: "No-shows", value: (r) => r.noShows },
  { header: "Not yet marked", value: (r) => r.notMarked },
  { header: "Late cancellations", value: (r) => r.lateCancellations },
  { header: "Waiting-list demand", value: (r) => r.waitlisted },
  { header: "Places", value: (r) => (r.capacity == null ? "–" : r.capacity) },
  { header: "Fill rate", value: (r) => formatPercent(r.fillRate) },
  // Over sign-ups already marked (see withRates); "–" where nothing is marked yet.
  { header: "No-show rate (of marked)", value: (r) => formatPercent(r.noShowRate) },
];

/** Places belong to sessions: tables by organisation or sector leave out places and fill rate. */
export const ATTENDANCE_COLUMNS_WITHOUT_PLACES = ATTENDANCE_COLUMNS.filter((c) => !PLACE_COLUMNS.includes(c.header));

export const IMPACT_COLUMNS: ReportColumn<ImpactRow>[] = [
  { header: "Attended", value: (r) => r.attended },
  { header: "Pre-course responses", value: (r) => r.pre },
  { header: "Pre-course rate", value: (r) => formatPercent(r.preRate) },
  { header: "Post-course responses", value: (r) => r.post },
  { header: "Post-course rate", value: (r) => formatPercent(r.postRate) },
  { header: "Impact responses", value: (r) => r.impact },
  { header: "Impact rate", value: (r) => formatPercent(r.impactRate) },
  { header: "Confidence before (1–5)", value: (r) => formatScore(r.confidenceBefore) },
  { header: "Confidence after (1–5)", value: (r) => formatScore(r.confidenceAfter) },
  { header: "Uplift", value: (r) => formatUplift(r.uplift) },
  { header: "Co-signed by manager", value: (r) => formatPercent(r.coSignedShare) },
];
