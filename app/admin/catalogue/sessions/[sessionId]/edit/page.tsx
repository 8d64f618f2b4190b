import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { getSessionForAdmin, listDistricts, listTrainers, parseId, sessionFormValues } from "@/lib/catalogue-admin";
import { formatSessionTimes } from "@/lib/dates";
import { BackLink } from "@/lib/ui/components";
import { SessionForm } from "../../../session-form";

export const metadata: Metadata = { title: "Edit a session" };

export default async function EditSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/sessions/${sessionId}/edit` });
  const id = parseId(sessionId);
  const s = id ? await getSessionForAdmin(actor, id) : null;
  if (!s) notFound();
  const [districts, trainers] = await Promise.all([listDistricts(actor), listTrainers(actor)]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/admin/catalogue/opportunities/${s.opportunity.id}`}>{s.opportunity.title}</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{s.opportunity.title}</span>
          Edit the session on {formatSessionTimes(s.startsAt, s.endsAt)}
        </h1>
        {s.status === "cancelled" ? (
          <p className="govuk-body">This session has been cancelled and cannot be changed.</p>
        ) : (
          <SessionForm
            initialState={{ ok: false, errors: {}, values: sessionFormValues(s, s.trainerIds) }}
            opportunityId={s.opportunity.id}
            sessionId={s.id}
            districts={districts}
            trainers={trainers}
            placesTaken={s.placesTaken}
            submitLabel="Save changes"
          />
        )}
      </div>
    </div>
  );
}
