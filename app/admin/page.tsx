import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";

export const metadata: Metadata = { title: "Business unit" };

export default async function AdminDashboardPage() {
  await requirePageActor({ roles: ["admin"], returnTo: "/admin" });
  return (
    <>
      <h1 className="govuk-heading-l">Business unit</h1>
      <p className="govuk-body">Run the partnership&apos;s learning offer.</p>
      {/* The admin areas: each area adds ONE <li> here (link + one-line description), in the same shape. */}
      <ul className="govuk-list govuk-list--spaced" id="admin-areas">
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/catalogue">
            Catalogue
          </Link>
          <br />
          Add and edit learning opportunities and their sessions, and manage each session&apos;s bookings.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/settings">
            Policy settings
          </Link>
          <br />
          Reminder timings, waiting-list claim window, cancellation cut-off, charges, the repeat no-show rule, Safer fees and renewal notices, the impact follow-up and how long personal data is kept.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/settings/partnership">
            Partnership details
          </Link>
          <br />
          The partnership&apos;s name, the help contacts shown on every page, its districts and the month its reporting year starts.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/settings/organisations">
            Organisations
          </Link>
          <br />
          The organisations people choose on their profile, by which reports, charges and no-show figures are grouped: add one, or change its name, sector or district.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/safer">
            Safer memberships
          </Link>
          <br />
          Decide membership applications, see member counts, manage the policy library and see which members are out of date.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/reports">
            Reports
          </Link>
          <br />
          Attendance, no-shows, fill rate and waiting-list demand for any period, by month, organisation, sector and course, with CSV export.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/reports/annual">
            Annual summary
          </Link>
          <br />
          The reporting year&apos;s headline figures for the partnership board.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/reports/impact">
            Impact of training
          </Link>
          <br />
          Evaluation response rates, confidence before and after, and what changed in practice, by course and organisation.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/charges">
            Charges for missed places
          </Link>
          <br />
          No-show and late-cancellation charges by organisation and period: waive with a reason, download statements for invoicing.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/audit">
            Audit log
          </Link>
          <br />
          Who changed what, and when.
        </li>
        <li>
          <Link className="govuk-link govuk-!-font-weight-bold" href="/admin/people">
            People and roles
          </Link>
          <br />
          Find people, make them trainers or admins (or take the role away), and add someone who has not signed in yet.
        </li>
      </ul>
    </>
  );
}
