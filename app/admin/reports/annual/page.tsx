import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { annualSummary, defaultSummaryYear, formatChange, formatPercent, reportingYear, reportingYearsWithSessions, shortDateLabel } from "@/lib/reports";
import { annualSummaryRows } from "@/lib/reports/csv";
import { getPartnership } from "@/lib/partnership";
import { Button, Select } from "@/lib/ui/fields";
import { CsvLink } from "../_components/report-parts";

export const metadata: Metadata = { title: "Annual summary" };

export default async function AnnualSummaryPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/reports/annual" });
  const { year: asked } = await searchParams;
  const [years, p] = await Promise.all([reportingYearsWithSessions(actor), getPartnership()]);
  const requested = /^\d{4}$/.test(asked ?? "") ? Number(asked) : null;
  const startYear = requested ?? (await defaultSummaryYear(actor));
  const s = await annualSummary(actor, startYear);
  const choices = [...new Set([startYear, ...years])].sort((a, b) => b - a);
  const courseFilter = `/admin/reports?from=${s.year.from}&to=${s.year.to}&scope=multi_agency_course`;
  return (
    <>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Reports</span>
        Annual summary {s.year.label}
      </h1>
      <p className="govuk-body">
        Learning and Safer membership in the reporting year {shortDateLabel(s.year.from)} to {shortDateLabel(s.year.to)}, counted from the
        platform&apos;s records.
      </p>
      <form method="get" action="/admin/reports/annual" className="app-filter govuk-!-margin-bottom-6">
        <Select id="year" label="Reporting year" options={choices.map((y) => ({ value: String(y), label: reportingYear(y, p.reportingYearStartMonth).label }))} input={{ defaultValue: String(startYear) }} />
        <Button secondary>Show year</Button>
      </form>

      <div className="govuk-grid-row">
        <Figure value={s.opportunitiesProvided} label="learning opportunities provided" />
        <Figure value={s.multiAgencyCourses} label="multi-agency training courses" />
        <Figure value={s.courseSignUps} label="people signed up to them" />
      </div>
      <div className="govuk-grid-row">
        <Figure value={s.didNotAttend} label={`booked and did not attend (${formatPercent(s.didNotAttendRate)})`} />
        <Figure value={s.saferMembers.atYearEnd} label={`Safer members, ${formatChange(s.saferMembers.change)} on the year before`} />
      </div>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Annual summary {s.year.label}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Measure
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {s.year.label}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {annualSummaryRows(s).map(([label, value]) => (
            <tr className="govuk-table__row" key={label}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvLink href={`/admin/reports/export?report=annual&year=${startYear}`} what={`the annual summary ${s.year.label}`} />
      <h2 className="govuk-heading-m">How these are counted</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>Learning opportunities provided: published opportunities with at least one session starting in the year.</li>
        <li>Multi-agency courses: opportunities of the type &ldquo;course&rdquo; marked multi-agency, with a session in the year.</li>
        <li>
          Sign-ups: bookings on those courses&apos; sessions that held a place; did not attend: those marked as no-shows (
          <Link className="govuk-link" href={courseFilter}>
            see the attendance report for these courses
          </Link>
          ).
        </li>
        <li>
          Safer members: organisations with an approved membership covering {shortDateLabel(s.saferMembers.on)} ({s.saferMembers.atYearEnd}), compared with{" "}
          {shortDateLabel(s.saferMembers.yearBeforeOn)} ({s.saferMembers.yearBefore}).
        </li>
      </ul>
    </>
  );
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <div className="govuk-grid-column-one-third">
      <p className="govuk-!-font-size-48 govuk-!-font-weight-bold govuk-!-margin-bottom-1">{value}</p>
      <p className="govuk-body">{label}</p>
    </div>
  );
}
