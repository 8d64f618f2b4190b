import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { getOpportunityForAdmin, listDistricts, listTrainers, parseId } from "@/lib/catalogue-admin";
import { BackLink } from "@/lib/ui/components";
import { SessionForm } from "../../../../session-form";

export const metadata: Metadata = { title: "Add a session" };

export default async function NewSessionPage({ params }: { params: Promise<{ opportunityId: string }> }) {
  const { opportunityId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/opportunities/${opportunityId}/sessions/new` });
  const id = parseId(opportunityId);
  const o = id ? await getOpportunityForAdmin(actor, id) : null;
  if (!o) notFound();
  const [districts, trainers] = await Promise.all([listDistricts(actor), listTrainers(actor)]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/admin/catalogue/opportunities/${o.id}`}>{o.title}</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{o.title}</span>
          Add a session
        </h1>
        <SessionForm
          initialState={{ ok: false, errors: {}, values: { trainerIds: [] } }}
          opportunityId={o.id}
          districts={districts}
          trainers={trainers}
          placesTaken={0}
          submitLabel="Add session"
        />
      </div>
    </div>
  );
}
