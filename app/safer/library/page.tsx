import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatShortDate } from "@/lib/dates";
import { libraryAccess, myOrganisation } from "@/lib/membership";
import { listLibrary, POLICY_STATUS_LABELS, type LibraryItem } from "@/lib/resources";
import { BackLink, CellWithDetail, Table, Tag } from "@/lib/ui/components";
import { DownloadNotice } from "./download-notice";

export const metadata: Metadata = { title: "Safer policy library" };

const colour = { up_to_date: "green", out_of_date: "red", never_reviewed: "yellow", not_used: "grey" } as const;

export default async function LibraryPage() {
  const actor = await requirePageActor({ returnTo: "/safer/library", allowIncompleteProfile: true });
  const [{ items, isMember, organisationId }, mine] = await Promise.all([listLibrary(actor), myOrganisation(actor)]);
  return (
    <>
      <BackLink href="/safer" />
      <h1 className="govuk-heading-l">Policy library</h1>
      <p className="govuk-body">
        Safeguarding policy templates for Safer members. Adapt each template to your organisation, then record when you last reviewed your own
        policy against the current version.
      </p>
      <DownloadNotice access={isMember ? "download" : libraryAccess(mine)} />
      <Table<LibraryItem>
        caption="Templates"
        rowKey={(i) => i.id}
        columns={[
          // One column for the template and its current version, so the status still fits beside it on a phone.
          {
            header: "Template and current version",
            cell: (i) => (
              <CellWithDetail
                main={
                  <Link className="govuk-link" href={`/safer/library/${i.id}`}>
                    {i.title}
                  </Link>
                }
                detail={
                  i.current ? (
                    <>
                      Version {i.current.version}, published {formatShortDate(i.current.publishedAt)}
                      <br />
                      What changed: {i.current.changeSummary}
                    </>
                  ) : (
                    "Not published"
                  )
                }
              />
            ),
          },
          ...(organisationId ? [{ header: "Your policy", cell: (i: LibraryItem) => <Tag colour={colour[i.status]}>{POLICY_STATUS_LABELS[i.status]}</Tag> }] : []),
        ]}
        rows={items}
      />
    </>
  );
}
