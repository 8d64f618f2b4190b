import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { listPrerequisiteChoices } from "@/lib/catalogue-admin";
import { BackLink } from "@/lib/ui/components";
import { OpportunityForm } from "../../opportunity-form";

export const metadata: Metadata = { title: "Add an opportunity" };

export default async function NewOpportunityPage() {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/catalogue/opportunities/new" });
  const choices = await listPrerequisiteChoices(actor);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/catalogue">Catalogue</BackLink>
        <h1 className="govuk-heading-l">Add an opportunity</h1>
        <OpportunityForm
          initialState={{ ok: false, errors: {}, values: { settings: ["published"], duration: "full_day", prerequisiteOpportunityIds: [] } }}
          prerequisiteChoices={choices}
          submitLabel="Add opportunity"
        />
      </div>
    </div>
  );
}
