import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorizationError, requirePageActor } from "@/lib/auth";
import { getRegister, hasSessionStarted, registerNotOpenMessage } from "@/lib/attendance";
import { listAgencies } from "@/lib/people";
import { BackLink, InsetText } from "@/lib/ui/components";
import { WalkInForm } from "./walk-in-form";

export const metadata: Metadata = { title: "Add a walk-in" };

export default async function WalkInPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const actor = await requirePageActor({ roles: ["trainer", "admin"], returnTo: `/trainer/sessions/${sessionId}/walk-in` });
  const { session: s } = await getRegister(actor, Number(sessionId)).catch((e: unknown) => {
    if (e instanceof AuthorizationError) notFound();
    throw e;
  });
  const agencies = await listAgencies();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/trainer/sessions/${s.id}`}>Back to the register</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{s.title}</span>
          Add a walk-in
        </h1>
        <p className="govuk-body">Someone who came without a booking. They are marked as attended and are never charged.</p>
        {s.registerClosedAt ? (
          <p className="govuk-body">The register is closed, so nobody can be added.</p>
        ) : !hasSessionStarted(new Date(), s) ? (
          <InsetText>{registerNotOpenMessage(s.startsAt)}</InsetText>
        ) : (
          <WalkInForm sessionId={s.id} agencies={agencies} />
        )}
      </div>
    </div>
  );
}
