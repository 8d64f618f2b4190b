import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { getSessionForAdmin, listSessionBookings, parseId } from "@/lib/catalogue-admin";
import { formatSessionTimes } from "@/lib/dates";
import { BackLink, WarningText } from "@/lib/ui/components";
import { CancelSessionForm } from "../../../cancel-session-form";

export const metadata: Metadata = { title: "Cancel a session" };

export default async function CancelSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/sessions/${sessionId}/cancel` });
  const id = parseId(sessionId);
  const s = id ? await getSessionForAdmin(actor, id) : null;
  if (!s) notFound();
  const { bookings } = await listSessionBookings(actor, s.id);
  const live = bookings.filter((b) => ["requested", "confirmed", "waitlisted", "offered"].includes(b.status)).length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/admin/catalogue/opportunities/${s.opportunity.id}`}>{s.opportunity.title}</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{s.opportunity.title}</span>
          Cancel the session on {formatSessionTimes(s.startsAt, s.endsAt)}
        </h1>
        {s.status === "cancelled" ? (
          <p className="govuk-body">This session is already cancelled.</p>
        ) : (
          <>
            <WarningText>
              {live === 0
                ? "Nobody is booked on this session."
                : `${live} ${live === 1 ? "person is" : "people are"} booked or waiting. Their bookings will be cancelled and each will be emailed.`}{" "}
              You cannot undo this.
            </WarningText>
            <CancelSessionForm initialState={{ ok: false, errors: {}, values: {} }} sessionId={s.id} opportunityId={s.opportunity.id} />
          </>
        )}
      </div>
    </div>
  );
}
