import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { formatDate, formatShortDate, parseLondonDate } from "@/lib/dates";
import { activeOrganisationIdsFor, libraryAccess, myOrganisation } from "@/lib/membership";
import { extensionFor, getResource, listLibrary, POLICY_STATUS_LABELS } from "@/lib/resources";
import { BackLink, CellWithDetail, NotificationBanner, SummaryList, Table } from "@/lib/ui/components";
import { DownloadNotice } from "../download-notice";

export const metadata: Metadata = { title: "Policy template" };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export default async function ResourcePage({ params, searchParams }: { params: Promise<{ resourceId: string }>; searchParams: Promise<{ reviewed?: string }> }) {
  const { resourceId } = await params;
  const { reviewed } = await searchParams;
  const id = Number(resourceId);
  const actor = await requirePageActor({ returnTo: `/safer/library/${resourceId}`, allowIncompleteProfile: true });
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await getResource(actor, id);
  if (!found) notFound();
  const [active, library, organisation] = await Promise.all([activeOrganisationIdsFor(actor.id), listLibrary(actor), myOrganisation(actor)]);
  const mine = library.items.find((i) => i.id === id);
  const { resource: r, versions, current } = found;
  const isMember = active.length > 0;
  return (
    <>
      <BackLink href="/safer/library" />
      {reviewed ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">Review recorded</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{r.category}</span>
        {r.title}
      </h1>
      <p className="govuk-body">{r.description}</p>
      {current ? (
        <SummaryList
          rows={[
            { key: "Current version", value: `Version ${current.version}, published ${formatDate(current.publishedAt)}` },
            { key: "What changed", value: current.changeSummary },
            ...(library.organisationId && mine
              ? [
                  { key: "Your organisation downloaded", value: mine.downloaded ? `Version ${mine.downloaded}` : "Not yet" },
                  {
                    key: "Your last review",
                    value: mine.reviewedOn ? `${formatDate(parseLondonDate(mine.reviewedOn)!)} (against version ${mine.reviewed}): ${POLICY_STATUS_LABELS[mine.status]}` : "Not recorded",
                    action: { href: `/safer/library/${id}/review`, label: "Record a review", hidden: `of your ${r.title.toLowerCase()}` },
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <p className="govuk-body">No version has been published yet.</p>
      )}
      {current && isMember ? (
        <a className="govuk-button" href={`/safer/library/${id}/download`} download>
          Download version {current.version} ({extensionFor(current.contentType).toUpperCase()})
        </a>
      ) : current ? (
        <DownloadNotice access={libraryAccess(organisation)} />
      ) : null}
      {versions.length ? (
        <Table
          caption="Version history"
          rowKey={(v) => v.id}
          columns={[
            // The date goes under the version, so the download links fit beside what changed on a phone.
            { header: "Version", cell: (v) => <CellWithDetail main={v.organisationId ? `${v.version} (your organisation only)` : String(v.version)} detail={`Published ${formatShortDate(v.publishedAt)}`} /> },
            { header: "What changed", cell: (v) => v.changeSummary },
            {
              header: "File",
              cell: (v) =>
                isMember ? (
                  <a className="govuk-link" href={`/safer/library/${id}/download?version=${v.id}`} download>
                    Download<span className="govuk-visually-hidden"> version {v.version}</span> ({extensionFor(v.contentType).toUpperCase()}, {size(v.size)})
                  </a>
                ) : (
                  `${extensionFor(v.contentType).toUpperCase()}, ${size(v.size)}`
                ),
            },
          ]}
          rows={versions}
        />
      ) : null}
      {library.organisationId ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/safer/library/${id}/review`}>
            Record that you reviewed your own {r.title.toLowerCase()}
          </Link>
        </p>
      ) : null}
    </>
  );
}
