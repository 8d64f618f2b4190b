import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth";
import { attendanceReport, formatPercent, parseReportFilters, reportFilterOptions, shortDateLabel } from "@/lib/reports";
import { ATTENDANCE_COLUMNS, ATTENDANCE_COLUMNS_WITHOUT_PLACES } from "@/lib/reports/columns";
import { BarChart } from "@/lib/ui/bar-chart";
import { ErrorSummary, SummaryList } from "@/lib/ui/components";
import { ChartAndTable, CsvLink, csvHref, ReportFilterForm, ScrollTable } from "./_components/report-parts";

export const metadata: Metadata = { title: "Attendance report" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AttendanceReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/reports" });
  const { filters, errors } = parseReportFilters(await searchParams);
  const [report, options] = await Promise.all([attendanceReport(actor, filters), reportFilterOptions(actor, filters.opportunityId)]);
  const { totals, period } = report;
  const periodText = `${shortDateLabel(period.from)} to ${shortDateLabel(period.to)}`;
  const href = (table: string) => csvHref("attendance", filters, { table });
  return (
    <>
      <ErrorSummary errors={errors} order={["from", "to", "scope", "opportunityId", "sessionId", "agencyId", "sector", "district"]} />
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Reports</span>
        Attendance report
      </h1>
      <p className="govuk-body">
        Sessions starting {periodText}. A sign-up is a booking that held a place (confirmed), whether or not the person came. See also the{" "}
        <Link className="govuk-link" href="/admin/reports/annual">
          annual summary
        </Link>{" "}
        and the{" "}
        <Link className="govuk-link" href="/admin/reports/impact">
          impact of training
        </Link>
        .
      </p>
      <ReportFilterForm action="/admin/reports" filters={filters} options={options} errors={errors} />

      <h2 className="govuk-heading-m" id="totals">
        Totals
      </h2>
      <SummaryList
        rows={[
          { key: "Sign-ups", value: totals.signUps },
          { key: "Attended", value: totals.attended },
          { key: "Partially attended", value: totals.partial },
          { key: "No-shows", value: `${totals.noShows} (${formatPercent(totals.noShowRate)} of sign-ups)` },
          { key: "Not yet marked", value: totals.notMarked },
          { key: "Late cancellations", value: totals.lateCancellations },
          { key: "Waiting-list demand", value: `${totals.waitlisted} bookings joined a waiting list` },
          { key: "Fill rate", value: totals.capacity == null ? "Not shown when filtered by organisation, sector or district" : `${formatPercent(totals.fillRate)} of ${totals.capacity} places` },
        ]}
      />
      <CsvLink href={href("totals")} what="the totals" />

      <h2 className="govuk-heading-m">Trend by month</h2>
      <ChartAndTable
        chart={<BarChart orientation="vertical" title={`Sign-ups by month, ${periodText}`} data={report.byMonth.map((m) => ({ label: m.label.replace(/ (\d\d)(\d\d)$/, " $2"), value: m.signUps }))} />}
        table={<ScrollTable caption={`Attendance by month, ${periodText}`} first="Month" columns={ATTENDANCE_COLUMNS} rows={report.byMonth} />}
      />
      <CsvLink href={href("month")} what="attendance by month" />

      <h2 className="govuk-heading-m">By organisation</h2>
      {report.byAgency.length ? (
        <ChartAndTable
          chart={<BarChart title={`Sign-ups by organisation, ${periodText}`} data={report.byAgency.map((a) => ({ label: a.label, value: a.signUps }))} />}
          table={<ScrollTable caption={`Attendance by organisation, ${periodText}`} first="Organisation" columns={ATTENDANCE_COLUMNS_WITHOUT_PLACES} rows={report.byAgency} />}
        />
      ) : (
        <p className="govuk-body">No bookings match these filters.</p>
      )}
      <CsvLink href={href("agency")} what="attendance by organisation" />

      <h2 className="govuk-heading-m">By sector</h2>
      {report.bySector.length ? (
        <ChartAndTable
          chart={<BarChart title={`Sign-ups by sector, ${periodText}`} data={report.bySector.map((a) => ({ label: a.label, value: a.signUps }))} />}
          table={<ScrollTable caption={`Attendance by sector, ${periodText}`} first="Sector" columns={ATTENDANCE_COLUMNS_WITHOUT_PLACES} rows={report.bySector} />}
        />
      ) : (
        <p className="govuk-body">No bookings match these filters.</p>
      )}
      <CsvLink href={href("sector")} what="attendance by sector" />

      <h2 className="govuk-heading-m">By learning opportunity</h2>
      {report.byOpportunity.length ? (
        <ScrollTable caption={`Attendance by learning opportunity, ${periodText}`} first="Learning opportunity" columns={ATTENDANCE_COLUMNS} rows={report.byOpportunity} />
      ) : (
        <p className="govuk-body">No bookings match these filters.</p>
      )}
      <CsvLink href={href("opportunity")} what="attendance by learning opportunity" />
    </>
  );
}
