// Pieces shared by the report pages: the filter form (a GET form, so filters live in the address and work
// without JavaScript), scrollable tables and CSV links.
import Link from "next/link";
import type { ReactNode } from "react";
import { Table, type Column } from "@/lib/ui/components";
import { Button, Select, TextInput } from "@/lib/ui/fields";
import { formatShortDate } from "@/lib/dates";
import { OPPORTUNITY_TYPE_LABELS } from "@/lib/catalogue";
import { filtersQuery, OPPORTUNITY_SCOPES, SECTORS, SECTOR_LABELS, type ReportFilters } from "@/lib/reports";
import type { ReportColumn } from "@/lib/reports/columns";

export type FilterOptions = {
  opportunities: { id: number; title: string }[];
  agencies: { id: number; name: string }[];
  districts: string[];
  sessions: { id: number; startsAt: Date }[];
};

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
            options={[{ value: "", label: "All types" }, ...OPPORTUNITY_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))]}
            input={{ defaultValue: v("scope") }}
          />
          <Select
            id="opportunityId"
            label="Learning opportunity"
            error={errors.opportunityId}
            options={[{ value: "", label: "All learning opportunities" }, ...options.opportunities.map((o) => ({ value: String(o.id), label: o.title }))]}
            input={{ defaultValue: v("opportunityId") }}
          />
          {options.sessions.length ? (
            <Select
              id="sessionId"
              label="Session"
              error={errors.sessionId}
              options={[{ value: "", label: "All sessions" }, ...options.sessions.map((s) => ({ value: String(s.id), label: formatShortDate(s.startsAt) }))]}
              input={{ defaultValue: v("sessionId") }}
            />
          ) : null}
        </div>
        <div className="govuk-grid-column-one-half">
          <Select
            id="agencyId"
            label="Organisation"
            error={errors.agencyId}
            options={[{ value: "", label: "All organisations" }, ...options.agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
            input={{ defaultValue: v("agencyId") }}
          />
          <Select
            id="sector"
            label="Sector"
            error={errors.sector}
            options={[{ value: "", label: "All sectors" }, ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))]}
            input={{ defaultValue: v("sector") }}
          />
          <Select
            id="district"
            label="Organisation's district"
            error={errors.district}
            options={[{ value: "", label: "All districts" }, ...options.districts.map((d) => ({ value: d, label: d }))]}
            input={{ defaultValue: v("district") }}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button>Apply filters</Button>
        <Link className="govuk-link" href={action}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** Wide tables scroll sideways on small screens; the region is focusable so keyboard users can scroll it. */
export function ScrollTable<T extends { key: string; label: string }>({ caption, first, columns, rows }: { caption: string; first: string; columns: ReportColumn<T>[]; rows: T[] }) {
  const cols: Column<T>[] = [{ header: first, cell: (r) => r.label }, ...columns.map((c) => ({ header: c.header, cell: (r: T) => c.value(r), numeric: true }))];
  return (
    <div className="govuk-body-s app-scroll-x" tabIndex={0} role="region" aria-label={caption}>
      <Table caption={caption} captionSize="s" columns={cols} rows={rows} rowKey={(r) => r.key} />
    </div>
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
