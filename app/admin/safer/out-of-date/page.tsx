import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { formatShortDate, parseLondonDate } from "@/lib/dates";
import { outOfDateMembers, POLICY_STATUS_LABELS } from "@/lib/resources";
import { BackLink, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Members with out-of-date policies" };

export default async function OutOfDatePage() {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/safer/out-of-date" });
  const members = await outOfDateMembers(actor);
  const rows = members.flatMap((m) => m.items.map((i) => ({ ...i, organisation: m.name, district: m.district, key: `${m.organisationId}:${i.resourceId}` })));
  return (
    <>
      <BackLink href="/admin/safer" />
      <h1 className="govuk-heading-l">Members with out-of-date policies</h1>
      <p className="govuk-body">
        Active members who downloaded a template but have not recorded a review of their own policy against its current version. {members.length}{" "}
        {members.length === 1 ? "organisation" : "organisations"}.
      </p>
      <Table
        scroll
        caption="Out-of-date policies by organisation"
        rowKey={(r) => r.key}
        columns={[
          { header: "Organisation", cell: (r) => r.organisation },
          { header: "District", cell: (r) => r.district },
          { header: "Template", cell: (r) => r.title },
          { header: "Current version", cell: (r) => r.current, numeric: true },
          { header: "Downloaded", cell: (r) => (r.downloaded == null ? "None" : `Version ${r.downloaded}`) },
          { header: "Last review", cell: (r) => (r.reviewedOn ? `${formatShortDate(parseLondonDate(r.reviewedOn)!)} (version ${r.reviewed})` : "Never") },
          { header: "Status", cell: (r) => POLICY_STATUS_LABELS[r.status] },
        ]}
        rows={rows}
      />
    </>
  );
}
