import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { agencyStatement, CHARGE_REASON_LABELS, formatPence } from "@/lib/charges";
import { formatShortDate } from "@/lib/dates";
import { listAgencies } from "@/lib/people";
import { BackLink, SummaryList, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Charges statement" };

export default async function StatementPage({ searchParams }: { searchParams: Promise<{ agency?: string; period?: string }> }) {
  const q = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/charges/statement" });
  const agencies = await listAgencies();
  const st = q.agency && q.period ? await agencyStatement(actor, Number(q.agency), q.period) : null;
  const asked = Boolean(q.agency || q.period);
  return (
    <>
      <BackLink href="/admin/charges">Back to charges</BackLink>
      <h1 className="govuk-heading-l">{st ? `Statement: ${st.agency.name}, ${st.period.label}` : "Charges statement"}</h1>
      {asked && !st ? (
        <p className="govuk-body govuk-error-message">Choose an organisation and enter a month like 2026-11 or a quarter like 2026-Q4.</p>
      ) : null}
      <form method="get" className="app-filter govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="agency">
            Organisation
          </label>
          <select className="govuk-select" id="agency" name="agency" defaultValue={q.agency ?? ""}>
            <option value="">Select an organisation</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="period">
            Month or quarter
          </label>
          <div className="govuk-hint" id="period-hint">
            For example 2026-11 or 2026-Q4
          </div>
          <input className="govuk-input govuk-input--width-10" id="period" name="period" type="text" defaultValue={q.period ?? ""} aria-describedby="period-hint" />
        </div>
        <button className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" type="submit" data-module="govuk-button">
          Show statement
        </button>
      </form>
      {st ? (
        <>
          <SummaryList
            rows={[
              { key: "Charged", value: formatPence(st.totals.chargedPence) },
              { key: "Waived", value: formatPence(st.totals.waivedPence) },
              { key: "Due", value: formatPence(st.totals.duePence) },
            ]}
          />
          <p className="govuk-body">
            <Link className="govuk-link" href={`/admin/charges/statement/csv?agency=${st.agency.id}&period=${st.period.key}`} download>
              Download this statement as CSV
            </Link>
          </p>
          {st.rows.length === 0 ? (
            <p className="govuk-body">No charges in this period.</p>
          ) : (
            <Table
              caption="Charges in the period"
              rows={st.rows}
              rowKey={(r) => r.id}
              columns={[
                { header: "Person", cell: (r) => r.personName ?? r.personEmail },
                { header: "Course", cell: (r) => `${r.courseTitle}, ${formatShortDate(r.sessionStartsAt)}` },
                { header: "Reason", cell: (r) => CHARGE_REASON_LABELS[r.reason] },
                { header: "Amount", numeric: true, cell: (r) => formatPence(r.amountPence) },
                { header: "Status", cell: (r) => (r.waivedAt ? `Waived: ${r.waiverReason ?? ""}` : "Due") },
              ]}
            />
          )}
        </>
      ) : null}
    </>
  );
}
