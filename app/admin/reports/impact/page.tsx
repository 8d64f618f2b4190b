import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatPercent, formatScore, formatUplift, impactReport, parseReportFilters, reportFilterOptions, shortDateLabel } from "@/lib/reports";
import { IMPACT_COLUMNS } from "@/lib/reports/columns";
import { BarChart } from "@/lib/ui/bar-chart";
import { ErrorSummary, SummaryList, Table } from "@/lib/ui/components";
import { ChartAndTable, CsvLink, csvHref, ReportFilterForm, ScrollTable } from "../_components/report-parts";

export const metadata: Metadata = { title: "Impact of training" };

export default async function ImpactReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/reports/impact" });
  const { filters, errors } = parseReportFilters(await searchParams);
  const [report, options] = await Promise.all([impactReport(actor, filters), reportFilterOptions(actor, filters.opportunityId)]);
  const t = report.totals;
  const periodText = `${shortDateLabel(report.period.from)} to ${shortDateLabel(report.period.to)}`;
  const href = (table: string) => csvHref("impact", filters, { table });
  return (
    <>
      <ErrorSummary errors={errors} order={["from", "to", "scope", "opportunityId", "sessionId", "agencyId", "sector", "district"]} />
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Reports</span>
        Impact of training
      </h1>
      <p className="govuk-body">
        Sessions starting {periodText}. Response rates are out of the people who came (fully or in part). Confidence is on a scale of 1 (not at
        all confident) to 5 (very confident). Back to the{" "}
        <Link className="govuk-link" href="/admin/reports">
          attendance report
        </Link>
        .
      </p>
      <ReportFilterForm action="/admin/reports/impact" filters={filters} options={options} errors={errors} />

      <h2 className="govuk-heading-m">Overall</h2>
      <SummaryList
        rows={[
          { key: "People who came", value: t.attended },
          { key: "Answered before the course", value: `${t.pre} (${formatPercent(t.preRate)})` },
          { key: "Answered after the course", value: `${t.post} (${formatPercent(t.postRate)})` },
          { key: "Impact follow-ups", value: `${t.impact} (${formatPercent(t.impactRate)})` },
          { key: "Average confidence before", value: formatScore(t.confidenceBefore) },
          { key: "Average confidence after", value: formatScore(t.confidenceAfter) },
          { key: "Confidence uplift", value: formatUplift(t.uplift) },
          { key: "Follow-ups co-signed by a line manager", value: `${t.coSigned} (${formatPercent(t.coSignedShare)})` },
        ]}
      />

      <h2 className="govuk-heading-m">What changed in practice</h2>
      {report.themes.length ? (
        <ChartAndTable
          chart={<BarChart title={`Impact follow-ups by theme, ${periodText}`} data={report.themes.map((x) => ({ label: x.theme, value: x.count }))} />}
          table={
            <Table
              caption={`Impact follow-ups by theme, ${periodText}`}
              captionSize="s"
              columns={[
                { header: "Theme", cell: (r) => r.theme },
                { header: "Follow-ups", cell: (r) => r.count, numeric: true },
              ]}
              rows={report.themes}
              rowKey={(r) => r.theme}
            />
          }
        />
      ) : (
        <p className="govuk-body">No impact follow-ups in this period yet.</p>
      )}
      <CsvLink href={href("themes")} what="follow-ups by theme" />

      <h2 className="govuk-heading-m">By learning opportunity</h2>
      {report.byCourse.length ? (
        <ScrollTable caption={`Impact by learning opportunity, ${periodText}`} first="Learning opportunity" columns={IMPACT_COLUMNS} rows={report.byCourse} />
      ) : (
        <p className="govuk-body">Nobody came to a session matching these filters.</p>
      )}
      <CsvLink href={href("course")} what="impact by learning opportunity" />

      <h2 className="govuk-heading-m">By organisation</h2>
      {report.byAgency.length ? (
        <ScrollTable caption={`Impact by organisation, ${periodText}`} first="Organisation" columns={IMPACT_COLUMNS} rows={report.byAgency} />
      ) : (
        <p className="govuk-body">Nobody came to a session matching these filters.</p>
      )}
      <CsvLink href={href("agency")} what="impact by organisation" />
    </>
  );
}
