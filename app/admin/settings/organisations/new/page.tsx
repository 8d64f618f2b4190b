import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { agencyDistrictChoices, SECTOR_CHOICES } from "@/lib/partnership/agencies";
import { BackLink } from "@/lib/ui/components";
import { OrganisationForm } from "../organisation-form";

export const metadata: Metadata = { title: "Add an organisation" };

export default async function NewOrganisationPage() {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/settings/organisations/new" });
  const districts = await agencyDistrictChoices(actor);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/settings/organisations">Organisations</BackLink>
        <h1 className="govuk-heading-l">Add an organisation</h1>
        <p className="govuk-body">People can choose it on their profile as soon as it is added.</p>
        <OrganisationForm initialState={{ ok: false, errors: {}, values: { name: "", sector: "", district: "" } }} sectors={SECTOR_CHOICES} districts={districts} submitLabel="Add organisation" />
      </div>
    </div>
  );
}
