import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { CHARGE_REASON_LABELS, formatPence, listCharges, parsePeriod, type ChargeStatusFilter } from "@/lib/charges";
import { formatShortDate } from "@/lib/dates";
import { listAgencies } from "@/lib/people";
import { ErrorSummary, InsetText, NotificationBanner, SummaryList, Table, Tag } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Charges for missed places" };

const STATUSES: { value: ChargeStatusFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "due", label: "Due" },
  { value: "waived", label: "Waived" },
];

export default async function ChargesPage({ searchParams }: { searchParams: Promise<{ agency?: string; period?: string; status?: string; waived?: string }> }) {
  const q = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/charges" });
  const agencies = await listAgencies();
  const agencyId = agencies.find((a) => String(a.id) === q.agency)?.id;
  const periodInput = (q.period ?? "").trim();
  const period = periodInput ? parsePeriod(periodInput) : null;
  const periodError = periodInput && !period ? "Enter a month like 2026-11 or a quarter like 2026-Q4" : undefined;
  const status = STATUSES.find((s) => s.value === q.status)?.value ?? "all";
  const { rows, truncated, totals } = await listCharges(actor, { agencyId, period: period ?? undefined, status });
  const filtered = Boolean(agencyId || period || status !== "all");
  const statementHref = agencyId && period ? `/admin/charges/statement?agency=${agencyId}&period=${period.key}` : null;
  return (
    <>
      {q.waived ? (
        <NotificationBanner success title="Success">
          <p className="govuk-notification-banner__heading">Charge waived</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={{ period: periodError }} />
      <h1 className="govuk-heading-l">Charges for missed places</h1>
      <p className="govuk-body">
        A charge is raised when a register closes, for each person who did not attend or cancelled late, by the partnership&apos;s
        charging policy. Waive a charge when there were extenuating circumstances.
      </p>
      <form method="get" className="app-filter govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="agency">
            Organisation
          </label>
          <select className="govuk-select" id="agency" name="agency" defaultValue={agencyId ? String(agencyId) : ""}>
            <option value="">All organisations</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className={`govuk-form-group${periodError ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label" htmlFor="period">
            Period
          </label>
          <div className="govuk-hint" id="period-hint">
            A month like 2026-11 or a quarter like 2026-Q4. Leave blank for all.
          </div>
          {periodError ? (
            <p className="govuk-error-message" id="period-error">
              <span className="govuk-visually-hidden">Error:</span> {periodError}
            </p>
          ) : null}
          <input
            className={`govuk-input govuk-input--width-10${periodError ? " govuk-input--error" : ""}`}
            id="period"
            name="period"
            type="text"
            defaultValue={periodInput}
            aria-describedby={periodError ? "period-hint period-error" : "period-hint"}
          />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="status">
            Status
          </label>
          <select className="govuk-select" id="status" name="status" defaultValue={status}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" type="submit" data-module="govuk-button">
          Filter charges
        </button>
      </form>
      {/* Totals are over every charge matching the filter (counted in SQL), even when the list below is cut short. */}
      <SummaryList
        rows={[
          { key: filtered ? "Charges matching the filter" : "Charges", value: totals.count.toLocaleString("en-GB") },
          { key: "Charged", value: formatPence(totals.chargedPence) },
          { key: "Waived", value: formatPence(totals.waivedPence) },
          { key: "Due", value: formatPence(totals.duePence) },
        ]}
      />
      {statementHref ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={statementHref}>
            Statement for invoicing: {agencies.find((a) => a.id === agencyId)?.name}, {period!.label}
          </Link>
        </p>
      ) : (
        <p className="govuk-body">
          Choose an organisation and a period to get a <Link className="govuk-link" href="/admin/charges/statement">statement for invoicing</Link>.
        </p>
      )}
      {truncated ? (
        <InsetText>
          <p className="govuk-body">
            Only the first {rows.length.toLocaleString("en-GB")} of {totals.count.toLocaleString("en-GB")} charges are listed, newest sessions first. The totals
            above cover all {totals.count.toLocaleString("en-GB")}. To see the rest, narrow the list by organisation, period (a month or quarter) or status, or
            choose an organisation and a period to download its statement as CSV.
          </p>
        </InsetText>
      ) : null}
      {rows.length === 0 ? (
        <p className="govuk-body">No charges match.</p>
      ) : (
        <Table
          scroll
          caption={truncated ? `Charges: the first ${rows.length.toLocaleString("en-GB")} of ${totals.count.toLocaleString("en-GB")}, newest sessions first` : "Charges"}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: "Person", cell: (r) => r.personName ?? r.personEmail },
            { header: "Organisation", cell: (r) => r.agencyName ?? "None" },
            { header: "Course", cell: (r) => `${r.courseTitle}, ${formatShortDate(r.sessionStartsAt)}` },
            { header: "Reason", cell: (r) => CHARGE_REASON_LABELS[r.reason] },
            { header: "Amount", numeric: true, cell: (r) => formatPence(r.amountPence) },
            {
              header: "Status",
              cell: (r) =>
                r.waivedAt ? (
                  <>
                    <Tag colour="grey">Waived</Tag> {r.waiverReason}
                  </>
                ) : (
                  <>
                    <Tag colour="yellow">Due</Tag>{" "}
                    <Link className="govuk-link" href={`/admin/charges/${r.id}/waive`}>
                      Waive<span className="govuk-visually-hidden"> charge for {r.personName ?? r.personEmail}</span>
                    </Link>
                  </>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
