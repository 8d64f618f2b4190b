import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatShortDate } from "@/lib/dates";
import { listLibrary, POLICY_STATUS_LABELS, type LibraryItem } from "@/lib/resources";
import { BackLink, InsetText, Table, Tag } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Safer policy library" };

const colour = { up_to_date: "green", out_of_date: "red", never_reviewed: "yellow", not_used: "grey" } as const;

export default async function LibraryPage() {
  const actor = await requirePageActor({ returnTo: "/safer/library", allowIncompleteProfile: true });
  const { items, isMember, organisationId } = await listLibrary(actor);
  return (
    <>
      <BackLink href="/safer" />
      <h1 className="govuk-heading-l">Policy library</h1>
      <p className="govuk-body">
        Safeguarding policy templates for Safer members. Adapt each template to your organisation, then record when you last reviewed your own
        policy against the current version.
      </p>
      {!isMember ? (
        <InsetText>
          Downloads are for contacts of organisations with an active Safer membership.{" "}
          {organisationId ? "Renew your membership to download templates." : <Link className="govuk-link" href="/safer">Find out about membership</Link>}
        </InsetText>
      ) : null}
      <Table<LibraryItem>
        caption="Templates"
        rowKey={(i) => i.id}
        columns={[
          {
            header: "Template",
            cell: (i) => (
              <Link className="govuk-link" href={`/safer/library/${i.id}`}>
                {i.title}
              </Link>
            ),
          },
          { header: "Current version", cell: (i) => (i.current ? `Version ${i.current.version}` : "Not published") },
          { header: "Published", cell: (i) => (i.current ? formatShortDate(i.current.publishedAt) : "") },
          { header: "What changed", cell: (i) => i.current?.changeSummary ?? "" },
          ...(organisationId ? [{ header: "Your policy", cell: (i: LibraryItem) => <Tag colour={colour[i.status]}>{POLICY_STATUS_LABELS[i.status]}</Tag> }] : []),
        ]}
        rows={items}
      />
    </>
  );
}
