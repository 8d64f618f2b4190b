import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { getOpportunityForAdmin, listPrerequisiteChoices, opportunityFormValues, parseId } from "@/lib/catalogue-admin";
import { BackLink } from "@/lib/ui/components";
import { OpportunityForm } from "../../../opportunity-form";

export const metadata: Metadata = { title: "Edit an opportunity" };

export default async function EditOpportunityPage({ params }: { params: Promise<{ opportunityId: string }> }) {
  const { opportunityId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/opportunities/${opportunityId}/edit` });
  const id = parseId(opportunityId);
  const o = id ? await getOpportunityForAdmin(actor, id) : null;
  if (!o) notFound();
  const choices = await listPrerequisiteChoices(actor, o.id);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/admin/catalogue/opportunities/${o.id}`}>{o.title}</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{o.title}</span>
          Edit the opportunity
        </h1>
        <OpportunityForm initialState={{ ok: false, errors: {}, values: opportunityFormValues(o) }} opportunityId={o.id} prerequisiteChoices={choices} submitLabel="Save changes" />
      </div>
    </div>
  );
}
