import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { dbIdFrom } from "@/lib/ids";
import { listAgenciesForAdmin } from "@/lib/partnership/agencies";
import { SECTOR_LABELS } from "@/lib/reports/filters-schema";
import { BackLink, NotificationBanner, Table } from "@/lib/ui/components";
import { Link } from "@/lib/ui/link";

export const metadata: Metadata = { title: "Organisations" };

type Search = { added?: string; changed?: string; unchanged?: string };

/** The banner after a save: which organisation, and what happened to it. */
function savedMessage(s: Search, nameOf: (id: number | null) => string | undefined): string | null {
  const added = nameOf(dbIdFrom(s.added));
  if (added) return `${added} added`;
  const changed = nameOf(dbIdFrom(s.changed));
  if (changed) return `${changed} saved`;
  if (nameOf(dbIdFrom(s.unchanged))) return "Nothing was changed";
  return null;
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/settings/organisations" });
  const s = await searchParams;
  const agencies = await listAgenciesForAdmin(actor);
  const saved = savedMessage(s, (id) => agencies.find((a) => a.id === id)?.name);
  return (
    <>
      <BackLink href="/admin">Business unit</BackLink>
      {saved ? (
        <NotificationBanner success title="Success">
          <p className="govuk-notification-banner__heading">{saved}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">Organisations</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The organisations people choose from on their profile. Reports, charges for missed places and no-show figures are grouped by them.
          </p>
          <p className="govuk-body">Organisations cannot be removed because bookings and reports refer to them; rename one instead.</p>
        </div>
      </div>
      <Link href="/admin/settings/organisations/new" className="govuk-button" role="button" draggable={false} data-module="govuk-button">
        Add an organisation
      </Link>
      <Table
        scroll
        caption={`${agencies.length} ${agencies.length === 1 ? "organisation" : "organisations"}`}
        rowKey={(a) => a.id}
        rows={agencies}
        columns={[
          {
            header: "Organisation",
            cell: (a) => (
              <Link className="govuk-link" href={`/admin/settings/organisations/${a.id}/edit`}>
                {a.name}
                <span className="govuk-visually-hidden"> (change)</span>
              </Link>
            ),
          },
          { header: "Sector", cell: (a) => SECTOR_LABELS[a.sector] },
          { header: "District", cell: (a) => a.district ?? "No district" },
          { header: "People", numeric: true, cell: (a) => a.people.toLocaleString("en-GB") },
        ]}
      />
    </>
  );
}
