import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatShortDate } from "@/lib/dates";
import { listResourcesForAdmin } from "@/lib/resources";
import { BackLink, Table } from "@/lib/ui/components";
import { ResourceForm } from "./resource-form";

export const metadata: Metadata = { title: "Policy library – business unit" };

export default async function AdminLibraryPage() {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/safer/library" });
  const resources = await listResourcesForAdmin(actor);
  return (
    <>
      <BackLink href="/admin/safer" />
      <h1 className="govuk-heading-l">Policy library</h1>
      <Table
        scroll
        caption="Templates"
        rowKey={(r) => r.id}
        columns={[
          {
            header: "Template",
            cell: (r) => (
              <Link className="govuk-link" href={`/admin/safer/library/${r.id}`}>
                {r.title}
              </Link>
            ),
          },
          { header: "Category", cell: (r) => r.category },
          { header: "Current version", cell: (r) => (r.current ? String(r.current.version) : "None"), numeric: true },
          { header: "Published", cell: (r) => (r.current ? formatShortDate(r.current.publishedAt) : "") },
          { header: "Downloads", cell: (r) => r.downloads, numeric: true },
        ]}
        rows={resources}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Add a template</h2>
          <p className="govuk-body">After adding it, upload its first version.</p>
          <ResourceForm />
        </div>
      </div>
    </>
  );
}
