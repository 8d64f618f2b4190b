import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { auditFilterOptions, describeDetails, listAuditEvents, SYSTEM_ACTOR } from "@/lib/audit";
import { formatDateTime } from "@/lib/dates";
import { Table } from "@/lib/ui/components";
import { Button, Select } from "@/lib/ui/fields";
import { Pagination } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ entity?: string; actor?: string; page?: string }> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/audit" });
  const q = await searchParams;
  const entity = typeof q.entity === "string" && q.entity.length <= 100 ? q.entity : "";
  const actorId = typeof q.actor === "string" && q.actor.length <= 100 ? q.actor : "";
  const pageNo = Number.parseInt(q.page ?? "1", 10);
  const [log, options] = await Promise.all([
    listAuditEvents(actor, { entity: entity || undefined, actorId: actorId || undefined, page: Number.isFinite(pageNo) ? pageNo : 1 }),
    auditFilterOptions(actor),
  ]);
  const pageHref = (n: number) => `/admin/audit?${new URLSearchParams({ ...(entity ? { entity } : {}), ...(actorId ? { actor: actorId } : {}), page: String(n) })}`;
  const first = log.total ? (log.page - 1) * log.pageSize + 1 : 0;
  const last = Math.min(log.total, log.page * log.pageSize);
  return (
    <>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">Who changed what, and when. Newest first.</p>
      <form method="get" action="/admin/audit" className="app-filter govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select id="entity" label="What changed" options={[{ value: "", label: "Everything" }, ...options.entities.map((e) => ({ value: e, label: e }))]} input={{ defaultValue: entity }} />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="actor"
              label="Who changed it"
              options={[
                { value: "", label: "Anyone" },
                { value: SYSTEM_ACTOR, label: "The system or an emailed link" },
                ...options.actors.map((a) => ({ value: a.id, label: a.name ? `${a.name} (${a.email})` : a.email })),
              ]}
              input={{ defaultValue: actorId }}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button secondary>Filter</Button>
          <Link className="govuk-link" href="/admin/audit">
            Clear filters
          </Link>
        </div>
      </form>
      <p className="govuk-body" id="audit-count">
        {log.total ? `Showing ${first} to ${last} of ${log.total} changes` : "No changes match these filters."}
      </p>
      {log.entries.length ? (
        <div className="govuk-body-s app-scroll-x" tabIndex={0} role="region" aria-label="Audit log entries">
          <Table
            caption={`Changes, page ${log.page} of ${log.pages}`}
            captionSize="s"
            columns={[
              { header: "When", cell: (e) => formatDateTime(e.at) },
              { header: "Who", cell: (e) => (e.actorId ? (e.actorName ?? e.actorEmail ?? "Removed person") : "System or emailed link") },
              { header: "What", cell: (e) => `${e.entity}${e.entityId ? ` ${e.entityId}` : ""}` },
              { header: "Change", cell: (e) => e.action },
              { header: "Details", cell: (e) => <span className="app-pre-wrap">{describeDetails(e.details)}</span> },
            ]}
            rows={log.entries}
            rowKey={(e) => e.id}
          />
        </div>
      ) : null}
      <Pagination page={log.page} pages={log.pages} href={pageHref} label="Audit log pages" />
    </>
  );
}
