import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { attendanceReport, formatPercent, parseReportFilters, reportFilterOptions, type AttendanceRow } from "@/lib/reports";
import { ATTENDANCE_COLUMNS, ATTENDANCE_COLUMNS_WITHOUT_PLACES } from "@/lib/reports/columns";
import { ErrorSummary, SummaryList } from "@/lib/ui/components";
import {
  ATTENDANCE_BREAKDOWNS,
  AttendanceSection,
  CsvLink,
  csvHref,
  FiguresAsAt,
  periodText as periodOf,
  REPORT_PATH,
  ReportFilterForm,
  reportHref,
  type AttendanceBreakdown,
} from "./_components/report-parts";

export const metadata: Metadata = { title: "Attendance report" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The overview shows this many organisations and learning opportunities; their own pages show them all. */
const TOP = 10;

/**
 * "71 (16% of the 451 sign-ups marked so far)": the rate is over marked sign-ups only (lib/reports withRates),
 * so the base is named whenever some sign-ups are not marked yet.
 */
function noShowsText(t: AttendanceRow): string {
  if (t.marked === 0) return `${t.noShows} (no register marked yet)`;
  if (t.notMarked === 0) return `${t.noShows} (${formatPercent(t.noShowRate)} of sign-ups)`;
  return `${t.noShows} (${formatPercent(t.noShowRate)} of the ${t.marked} sign-ups marked so far)`;
}

export default async function AttendanceReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: REPORT_PATH });
  const { filters, errors } = parseReportFilters(await searchParams);
  const [report, options] = await Promise.all([attendanceReport(actor, filters), reportFilterOptions(actor, filters.opportunityId)]);
  const { totals } = report;
  const periodText = periodOf(report);
  const href = (table: string) => csvHref("attendance", filters, { table });
  const breakdown = (t: AttendanceBreakdown) => {
    const b = ATTENDANCE_BREAKDOWNS[t];
    return { what: b.what, first: b.first, columns: b.columns, rows: b.rows(report), csvHref: href(t), top: { limit: TOP, plural: b.plural, href: reportHref(b.path, filters) } };
  };
  return (
    <>
      <ErrorSummary errors={errors} order={["from", "to", "scope", "opportunityId", "sessionId", "agencyId", "sector", "district"]} />
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Reports</span>
        Attendance report
      </h1>
      <p className="govuk-body">
        Sessions starting {periodText}. A sign-up is a booking that held a place (confirmed), whether or not the person came. The no-show rate is over
        sign-ups whose attendance has been marked (attended, partly attended or did not attend); &ldquo;–&rdquo; means no
        register is marked yet. See also the{" "}
        <a className="govuk-link" href="/admin/reports/annual">
          annual summary
        </a>{" "}
        and the{" "}
        <a className="govuk-link" href="/admin/reports/impact">
          impact of training
        </a>
        .
      </p>
      <FiguresAsAt computedAt={report.computedAt} />
      <ReportFilterForm action={REPORT_PATH} filters={filters} options={options} errors={errors} />

      <h2 className="govuk-heading-m" id="totals">
        Totals
      </h2>
      <SummaryList
        rows={[
          { key: "Sign-ups", value: totals.signUps },
          { key: "Attended", value: totals.attended },
          { key: "Partially attended", value: totals.partial },
          { key: "No-shows", value: noShowsText(totals) },
          { key: "Not yet marked", value: totals.notMarked },
          { key: "Late cancellations", value: totals.lateCancellations },
          { key: "Waiting-list demand", value: `${totals.waitlisted} bookings joined a waiting list` },
          { key: "Fill rate", value: totals.capacity == null ? "Not shown when filtered by organisation, sector or district" : `${formatPercent(totals.fillRate)} of ${totals.capacity} places` },
        ]}
      />
      <CsvLink href={href("totals")} what="the totals" />

      <AttendanceSection
        heading="Trend by month"
        what="month"
        first="Month"
        rows={report.byMonth}
        columns={ATTENDANCE_COLUMNS}
        periodText={periodText}
        csvHref={href("month")}
        chart="vertical"
        chartLabel={(m) => m.label.replace(/ (\d\d)(\d\d)$/, " $2")}
      />
      <AttendanceSection heading="By organisation" {...breakdown("agency")} periodText={periodText} chart="horizontal" />
      <AttendanceSection heading="By sector" what="sector" first="Sector" rows={report.bySector} columns={ATTENDANCE_COLUMNS_WITHOUT_PLACES} periodText={periodText} csvHref={href("sector")} chart="horizontal" />
      <AttendanceSection heading="By learning opportunity" {...breakdown("opportunity")} periodText={periodText} chart="horizontal" />
    </>
  );
}
