// Pieces shared by the report pages: the filter form (a GET form, so filters live in the address and work
// without JavaScript), compact scrollable tables, charts beside tables, attendance sections that show the top
// rows and link to the whole table, and CSV links.
// Report pages use plain <a> links, not next/link: nothing to prefetch, and less markup on large pages.
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth";
import { BackLink, InsetText } from "@/lib/ui/components";
import { Button, Select, TextInput } from "@/lib/ui/fields";
import { formatShortDate } from "@/lib/dates";
import { OPPORTUNITY_TYPE_LABELS } from "@/lib/catalogue";
import {
  attendanceReport,
  figuresAsAtText,
  filtersQuery,
  parseReportFilters,
  reportFilterOptions,
  shortDateLabel,
  OPPORTUNITY_SCOPES,
  SECTORS,
  SECTOR_LABELS,
  topBySignUps,
  type AttendanceReport,
  type AttendanceRow,
  type ReportFilterOptions,
  type ReportFilters,
} from "@/lib/reports";
import { ATTENDANCE_COLUMNS, ATTENDANCE_COLUMNS_WITHOUT_PLACES, type ReportColumn } from "@/lib/reports/columns";
import { BarChart } from "@/lib/ui/bar-chart";
import { optionsHtml, reportTableHtml } from "@/lib/ui/markup";

export type FilterOptions = Omit<ReportFilterOptions, "reportingYearStartMonth">;

const SCOPE_LABELS: Record<(typeof OPPORTUNITY_SCOPES)[number], string> = {
  ...OPPORTUNITY_TYPE_LABELS,
  course: "Courses (all)",
  multi_agency_course: "Multi-agency courses",
};

export function ReportFilterForm({ action, filters, options, errors }: { action: string; filters: ReportFilters; options: FilterOptions; errors: Partial<Record<string, string>> }) {
  const v = (k: keyof ReportFilters) => (filters[k] === undefined ? "" : String(filters[k]));
  return (
    <form method="get" action={action} className="app-filter govuk-!-margin-bottom-6" aria-label="Filter the report">
      <h2 className="govuk-heading-m">Filter the report</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput id="from" label="From (date)" hint="For example, 2021-07-01. Leave blank for the current reporting year." error={errors.from} input={{ type: "date", defaultValue: v("from") }} />
        </div>
        <div className="govuk-grid-column-one-half">
          <TextInput id="to" label="To (date, inclusive)" hint="For example, 2022-06-30." error={errors.to} input={{ type: "date", defaultValue: v("to") }} />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="scope"
            label="Type of learning"
            error={errors.scope}
            optionsHtml={optionsHtml([{ value: "", label: "All types" }, ...OPPORTUNITY_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))], v("scope"))}
          />
          <Select
            id="opportunityId"
            label="Learning opportunity"
            error={errors.opportunityId}
            optionsHtml={optionsHtml([{ value: "", label: "All learning opportunities" }, ...options.opportunities.map((o) => ({ value: String(o.id), label: o.title }))], v("opportunityId"))}
          />
          {options.sessions.length ? (
            <Select
              id="sessionId"
              label="Session"
              error={errors.sessionId}
              optionsHtml={optionsHtml([{ value: "", label: "All sessions" }, ...options.sessions.map((s) => ({ value: String(s.id), label: formatShortDate(s.startsAt) }))], v("sessionId"))}
            />
          ) : null}
        </div>
        <div className="govuk-grid-column-one-half">
          <Select
            id="agencyId"
            label="Organisation"
            error={errors.agencyId}
            optionsHtml={optionsHtml([{ value: "", label: "All organisations" }, ...options.agencies.map((a) => ({ value: String(a.id), label: a.name }))], v("agencyId"))}
          />
          <Select
            id="sector"
            label="Sector"
            error={errors.sector}
            optionsHtml={optionsHtml([{ value: "", label: "All sectors" }, ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))], v("sector"))}
          />
          <Select
            id="district"
            label="Organisation's district"
            error={errors.district}
            optionsHtml={optionsHtml([{ value: "", label: "All districts" }, ...options.districts.map((d) => ({ value: d, label: d }))], v("district"))}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button>Apply filters</Button>
        <a className="govuk-link" href={action}>
          Clear filters
        </a>
      </div>
    </form>
  );
}

/**
 * A report table (lib/ui/markup renders it as one HTML string: report tables have hundreds of cells).
 * Wide tables scroll sideways on small screens; the region is focusable so keyboard users can scroll it.
 */
export function ScrollTable<T extends { key: string; label: string }>({ caption, first, columns, rows }: { caption: string; first: string; columns: readonly ReportColumn<T>[]; rows: readonly T[] }) {
  return (
    <div className="govuk-body-s app-scroll-x" tabIndex={0} role="region" aria-label={caption} dangerouslySetInnerHTML={{ __html: reportTableHtml({ caption, first, columns, rows }) }} />
  );
}

export function CsvLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href} download>
        Download CSV<span className="govuk-visually-hidden"> of {what}</span>
      </a>
    </p>
  );
}

export function csvHref(report: "attendance" | "impact" | "annual", filters: ReportFilters, extra: Record<string, string>): string {
  return `/admin/reports/export?${filtersQuery(filters, { report, ...extra })}`;
}

export function ChartAndTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <>
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4 app-chart-figure">
        {chart}
      </figure>
      {table}
    </>
  );
}

/** "Figures as at 2:05pm on 1 Dec 2026, refreshed every minute." */
export function FiguresAsAt({ computedAt }: { computedAt: Date }) {
  return <p className="govuk-body-s">{figuresAsAtText(computedAt)}</p>;
}

export const REPORT_PATH = "/admin/reports";

/** The tables of the attendance report that have a page of their own (the overview shows their top rows). */
export const ATTENDANCE_BREAKDOWNS = {
  agency: {
    path: "/admin/reports/organisations",
    title: "Attendance by organisation",
    what: "organisation",
    plural: "organisations",
    first: "Organisation",
    columns: ATTENDANCE_COLUMNS_WITHOUT_PLACES,
    rows: (r: AttendanceReport) => r.byAgency,
    order: "most sign-ups first",
  },
  opportunity: {
    path: "/admin/reports/opportunities",
    title: "Attendance by learning opportunity",
    what: "learning opportunity",
    plural: "learning opportunities",
    first: "Learning opportunity",
    columns: ATTENDANCE_COLUMNS,
    rows: (r: AttendanceReport) => r.byOpportunity,
    order: "A to Z",
  },
} as const;
export type AttendanceBreakdown = keyof typeof ATTENDANCE_BREAKDOWNS;

/** The address of a report page with the same filters. */
export function reportHref(path: string, filters: ReportFilters): string {
  const q = filtersQuery(filters);
  return q ? `${path}?${q}` : path;
}

/**
 * One table of the attendance report under its heading: a bar chart of sign-ups beside it (optional), a link
 * to the whole table when only the `top` rows with most sign-ups are shown, and the CSV of the WHOLE table.
 */
export function AttendanceSection(props: {
  heading: string;
  what: string;
  first: string;
  rows: readonly AttendanceRow[];
  columns: readonly ReportColumn<AttendanceRow>[];
  periodText: string;
  csvHref: string;
  chart?: "horizontal" | "vertical";
  chartLabel?: (row: AttendanceRow) => string;
  top?: { limit: number; plural: string; href: string };
}) {
  const { heading, what, first, rows, columns, periodText, csvHref: csv, chart, chartLabel = (r) => r.label, top } = props;
  const cut = top != null && rows.length > top.limit;
  const shown = top ? topBySignUps(rows, top.limit) : rows;
  const chartWhich = cut ? ` (top ${top.limit})` : "";
  const tableWhich = cut ? ` (top ${top.limit} by sign-ups)` : "";
  const table = <ScrollTable caption={`Attendance by ${what}${tableWhich}, ${periodText}`} first={first} columns={columns} rows={shown} />;
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      {!rows.length ? (
        <p className="govuk-body">No bookings match these filters.</p>
      ) : chart ? (
        <ChartAndTable chart={<BarChart orientation={chart} title={`Sign-ups by ${what}${chartWhich}, ${periodText}`} data={shown.map((r) => ({ label: chartLabel(r), value: r.signUps }))} />} table={table} />
      ) : (
        table
      )}
      {cut ? (
        <p className="govuk-body">
          <a className="govuk-link" href={top.href}>
            See all {rows.length} {top.plural}
          </a>
        </p>
      ) : null}
      <CsvLink href={csv} what={`attendance by ${what}`} />
    </>
  );
}

/** The filters in words, for pages that show a report without the filter form. */
export function describeFilters(filters: ReportFilters, options: FilterOptions): string[] {
  const out: string[] = [];
  if (filters.scope) out.push(`type of learning: ${SCOPE_LABELS[filters.scope]}`);
  if (filters.opportunityId) out.push(`learning opportunity: ${options.opportunities.find((o) => o.id === filters.opportunityId)?.title ?? "not found"}`);
  if (filters.sessionId) {
    const s = options.sessions.find((x) => x.id === filters.sessionId);
    out.push(`session: ${s ? formatShortDate(s.startsAt) : "not found"}`);
  }
  if (filters.agencyId) out.push(`organisation: ${options.agencies.find((a) => a.id === filters.agencyId)?.name ?? "not found"}`);
  if (filters.sector) out.push(`sector: ${SECTOR_LABELS[filters.sector]}`);
  if (filters.district) out.push(`district: ${filters.district}`);
  return out;
}

/** "1 Jul 2021 to 30 Jun 2022" */
export function periodText(r: AttendanceReport): string {
  return `${shortDateLabel(r.period.from)} to ${shortDateLabel(r.period.to)}`;
}

/**
 * A page with one whole table of the attendance report, for the same filters as the overview (read from the
 * address). The caller (the route) has already let only admins in; lib checks again.
 */
export async function AttendanceBreakdownPage({ actor, breakdown, searchParams }: { actor: Actor; breakdown: AttendanceBreakdown; searchParams: Record<string, string | string[] | undefined> }) {
  const b = ATTENDANCE_BREAKDOWNS[breakdown];
  const { filters, errors } = parseReportFilters(searchParams);
  const [report, options] = await Promise.all([attendanceReport(actor, filters), reportFilterOptions(actor, filters.opportunityId)]);
  const rows = b.rows(report);
  const period = periodText(report);
  const overview = reportHref(REPORT_PATH, filters);
  const described = describeFilters(filters, options);
  const problems = Object.values(errors);
  return (
    <>
      <BackLink href={overview}>Back to the attendance report</BackLink>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Attendance report</span>
        {b.title}
      </h1>
      {problems.length ? <InsetText>Some filters in the address were left out: {problems.join("; ")}.</InsetText> : null}
      <p className="govuk-body">
        Sessions starting {period}
        {described.length ? `; ${described.join("; ")}` : ""}. {rows.length} {rows.length === 1 ? b.what : b.plural}, {b.order}.{" "}
        <a className="govuk-link" href={overview}>
          Change the filters
        </a>{" "}
        on the attendance report.
      </p>
      <FiguresAsAt computedAt={report.computedAt} />
      {rows.length ? <ScrollTable caption={`${b.title}, ${period}`} first={b.first} columns={b.columns} rows={rows} /> : <p className="govuk-body">No bookings match these filters.</p>}
      <CsvLink href={csvHref("attendance", filters, { table: breakdown })} what={`attendance by ${b.what}`} />
    </>
  );
}
