import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { formatShortDate } from "@/lib/dates";
import { extensionFor, getResource } from "@/lib/resources";
import { BackLink, CellWithDetail, NotificationBanner, Table } from "@/lib/ui/components";
import { VersionForm } from "./version-form";

export const metadata: Metadata = { title: "Policy template – business unit" };

export default async function AdminResourcePage({ params, searchParams }: { params: Promise<{ resourceId: string }>; searchParams: Promise<{ added?: string; published?: string }> }) {
  const { resourceId } = await params;
  const sp = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/safer/library/${resourceId}` });
  const id = Number(resourceId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await getResource(actor, id);
  if (!found) notFound();
  return (
    <>
      <BackLink href="/admin/safer/library" />
      {sp.published || sp.added ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">
            {sp.published ? `Version ${sp.published} published. Members who downloaded an earlier version will be emailed.` : "Template added. Upload its first version."}
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{found.resource.category}</span>
        {found.resource.title}
      </h1>
      <p className="govuk-body">{found.resource.description}</p>
      {found.versions.length ? (
        <Table
          caption="Versions"
          rowKey={(v) => v.id}
          columns={[
            {
              header: "Version",
              cell: (v) => <CellWithDetail main={v.organisationId ? `${v.version} (organisation ${v.organisationId} only)` : String(v.version)} detail={`Published ${formatShortDate(v.publishedAt)}`} />,
            },
            { header: "What changed", cell: (v) => v.changeSummary },
            { header: "File", cell: (v) => `${extensionFor(v.contentType).toUpperCase()}, ${Math.max(1, Math.round(v.size / 1024))} KB` },
          ]}
          rows={found.versions}
        />
      ) : (
        <p className="govuk-body">No versions yet.</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Upload a new version</h2>
          <VersionForm resourceId={id} />
        </div>
      </div>
    </>
  );
}
