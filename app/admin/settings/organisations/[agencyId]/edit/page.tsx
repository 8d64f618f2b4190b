import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { dbIdFrom } from "@/lib/ids";
import { agencyDistrictChoices, agencyValues, getAgencyForAdmin, SECTOR_CHOICES } from "@/lib/partnership/agencies";
import { BackLink } from "@/lib/ui/components";
import { OrganisationForm } from "../../organisation-form";

export const metadata: Metadata = { title: "Change an organisation" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ agencyId: string }> }) {
  const { agencyId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/settings/organisations/${agencyId}/edit` });
  const id = dbIdFrom(agencyId);
  const found = id ? await getAgencyForAdmin(actor, id) : null;
  if (!found) notFound();
  const districts = await agencyDistrictChoices(actor);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/settings/organisations">Organisations</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">Change an organisation</span>
          {found.name}
        </h1>
        <p className="govuk-body">A change shows on people&apos;s profiles, in reports and on charge statements, past ones included.</p>
        <OrganisationForm
          initialState={{ ok: false, errors: {}, values: agencyValues(found) }}
          agencyId={found.id}
          sectors={SECTOR_CHOICES}
          districts={districts}
          submitLabel="Save changes"
        />
      </div>
    </div>
  );
}
