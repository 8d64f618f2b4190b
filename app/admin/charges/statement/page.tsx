import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { agencyStatement, CHARGE_REASON_LABELS, formatPence } from "@/lib/charges";
import { parsePeriod } from "@/lib/charges/period";
import { formatShortDate } from "@/lib/dates";
import { listAgencies } from "@/lib/people";
import { BackLink, ErrorSummary, SummaryList, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Charges statement" };

export default async function StatementPage({ searchParams }: { searchParams: Promise<{ agency?: string; period?: string }> }) {
  const q = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/charges/statement" });
  const agencies = await listAgencies();
  const st = q.agency && q.period ? await agencyStatement(actor, Number(q.agency), q.period) : null;
  const asked = Boolean(q.agency || q.period);
  // GET form: what was asked for but cannot be shown is explained next to the field (GOV.UK error pattern).
  const errors: Record<string, string> = {};
  if (asked && !agencies.some((a) => String(a.id) === q.agency)) errors.agency = "Select an organisation";
  if (asked && !parsePeriod(q.period ?? "")) errors.period = "Enter a month like 2026-11 or a quarter like 2026-Q4";
  return (
    <>
      <BackLink href="/admin/charges">Back to charges</BackLink>
      <h1 className="govuk-heading-l">{st ? `Statement: ${st.agency.name}, ${st.period.label}` : "Charges statement"}</h1>
      <ErrorSummary errors={errors} order={["agency", "period"]} />
      <form method="get" className="app-filter govuk-!-margin-bottom-6">
        <div className={`govuk-form-group${errors.agency ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label" htmlFor="agency">
            Organisation
          </label>
          {errors.agency ? (
            <p className="govuk-error-message" id="agency-error">
              <span className="govuk-visually-hidden">Error:</span> {errors.agency}
            </p>
          ) : null}
          <select
            className={`govuk-select${errors.agency ? " govuk-select--error" : ""}`}
            id="agency"
            name="agency"
            defaultValue={q.agency ?? ""}
            aria-describedby={errors.agency ? "agency-error" : undefined}
          >
            <option value="">Select an organisation</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className={`govuk-form-group${errors.period ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label" htmlFor="period">
            Month or quarter
          </label>
          <div className="govuk-hint" id="period-hint">
            For example 2026-11 or 2026-Q4
          </div>
          {errors.period ? (
            <p className="govuk-error-message" id="period-error">
              <span className="govuk-visually-hidden">Error:</span> {errors.period}
            </p>
          ) : null}
          <input
            className={`govuk-input govuk-input--width-10${errors.period ? " govuk-input--error" : ""}`}
            id="period"
            name="period"
            type="text"
            defaultValue={q.period ?? ""}
            aria-describedby={errors.period ? "period-hint period-error" : "period-hint"}
          />
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
              scroll
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
