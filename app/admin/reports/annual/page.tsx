import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import {
  annualSummary,
  annualSummaryTitle,
  defaultSummaryYear,
  formatChange,
  formatPercent,
  longDateLabel,
  reportingYear,
  reportingYearsWithSessions,
  shortDateLabel,
} from "@/lib/reports";
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
  const label = (y: number) => reportingYear(y, p.reportingYearStartMonth).label;
  // Years that have not started are never offered (annualSummary is null for them), even when asked for by address.
  const choices = [...new Set([...(s ? [startYear] : []), ...years])].sort((a, b) => b - a);
  const chooser = (
    <form method="get" action="/admin/reports/annual" className="app-filter govuk-!-margin-bottom-6">
      <Select id="year" label="Reporting year" options={choices.map((y) => ({ value: String(y), label: label(y) }))} input={{ defaultValue: String(s ? startYear : (choices[0] ?? "")) }} />
      <Button secondary>Show year</Button>
    </form>
  );
  if (!s) {
    return (
      <>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">Reports</span>
          Annual summary {label(startYear)}
        </h1>
        <p className="govuk-body">The reporting year {label(startYear)} has not started yet, so there is nothing to summarise. Choose another year.</p>
        {chooser}
      </>
    );
  }
  const title = annualSummaryTitle(s);
  const courseFilter = `/admin/reports?from=${s.counted.from}&to=${s.counted.to}&scope=multi_agency_course`;
  const members = s.saferMembers;
  return (
    <>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Reports</span>
        Annual summary {title}
      </h1>
      {s.asAt ? (
        <p className="govuk-body">
          The reporting year {shortDateLabel(s.year.from)} to {shortDateLabel(s.year.to)} is still in progress. These are its figures so far, as at{" "}
          {longDateLabel(s.asAt)}: sessions from {shortDateLabel(s.counted.from)} up to today (sessions still to come are not counted), and Safer
          members today compared with the same day a year before. Counted from the platform&apos;s records.
        </p>
      ) : (
        <p className="govuk-body">
          Learning and Safer membership in the reporting year {shortDateLabel(s.year.from)} to {shortDateLabel(s.year.to)}, counted from the
          platform&apos;s records.
        </p>
      )}
      {chooser}

      <div className="govuk-grid-row">
        <Figure value={s.opportunitiesProvided} label="learning opportunities provided" />
        <Figure value={s.multiAgencyCourses} label="multi-agency training courses" />
        <Figure value={s.courseSignUps} label="people signed up to them" />
      </div>
      <div className="govuk-grid-row">
        <Figure value={s.didNotAttend} label={`booked and did not attend (${formatPercent(s.didNotAttendRate)} of those marked)`} />
        <Figure
          value={members.members}
          label={s.asAt ? `Safer members today, ${formatChange(members.change)} on a year ago` : `Safer members, ${formatChange(members.change)} on the year before`}
        />
      </div>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Annual summary {title}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Measure
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {s.asAt ? `${s.year.label} so far` : s.year.label}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {annualSummaryRows(s).map(([rowLabel, value]) => (
            <tr className="govuk-table__row" key={rowLabel}>
              <th scope="row" className="govuk-table__header">
                {rowLabel}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvLink href={`/admin/reports/export?report=annual&year=${startYear}`} what={`the annual summary ${title}`} />
      <h2 className="govuk-heading-m">How these are counted</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          Learning opportunities provided: published opportunities with at least one session starting in the year
          {s.asAt ? ` up to today (${shortDateLabel(s.asAt)})` : ""}.
        </li>
        <li>Multi-agency courses: opportunities of the type &ldquo;course&rdquo; marked multi-agency, with a session in those days.</li>
        <li>
          Sign-ups: bookings on those courses&apos; sessions that held a place; did not attend: those marked as no-shows, and their share of the
          sign-ups whose attendance has been marked (
          <Link className="govuk-link" href={courseFilter}>
            see the attendance report for these courses
          </Link>
          ).
        </li>
        <li>
          Safer members: organisations with an approved membership covering {shortDateLabel(members.on)} ({members.members}), compared with{" "}
          {shortDateLabel(members.yearBeforeOn)} ({members.yearBefore}).
          {s.asAt ? " Memberships due for renewal later in the year count as members until they lapse." : ""}
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
