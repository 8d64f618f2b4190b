import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { APPROVAL_REASON_TEXT, getMyBooking, lastFreeCancellationMinute, waitingListPromise, type ApprovalReason } from "@/lib/booking";
import { getPolicy } from "@/lib/partnership";
import { formatDateTime, formatSessionTimes } from "@/lib/dates";
import { Panel } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Booking complete" };

export default async function BookingConfirmationPage({ params }: { params: Promise<{ sessionId: string; bookingId: string }> }) {
  const p = await params;
  const actor = await requirePageActor({ returnTo: `/book/${p.sessionId}/confirmation/${p.bookingId}` });
  const id = Number(p.bookingId);
  const b = Number.isInteger(id) ? await getMyBooking(actor, id).catch(() => null) : null;
  if (!b) notFound();
  const freeUntil = lastFreeCancellationMinute(b.cancelCutoff);
  const title = { confirmed: "Booking confirmed", requested: "Booking requested", waitlisted: "You are on the waiting list", offered: "A place is offered to you" }[b.status as string] ?? "Booking updated";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={title}>
          {b.status === "waitlisted" ? "Your reference" : "Your booking reference"}
          <br />
          <strong>{b.reference}</strong>
        </Panel>
        <p className="govuk-body">
          <strong>{b.opportunity.title}</strong>
          <br />
          {formatSessionTimes(b.session.startsAt, b.session.endsAt)}
        </p>
        {b.status === "confirmed" ? (
          <>
            <p className="govuk-body">We have sent a confirmation email with a calendar file to {actor.email}.</p>
            {freeUntil ? (
              <p className="govuk-body">You can cancel online without a charge until {formatDateTime(freeUntil)}.</p>
            ) : (
              <p className="govuk-body">
                The time to cancel without a charge has already passed. If you cannot come, send a colleague from your organisation instead (this is
                free), or cancel as soon as you can: a late cancellation may be charged.
              </p>
            )}
          </>
        ) : null}
        {b.status === "requested" ? (
          <p className="govuk-body">
            We are holding a place for you and have asked your line manager ({b.lineManagerEmail}) to approve it, because{" "}
            {APPROVAL_REASON_TEXT[(b.approvalReason ?? "course") as ApprovalReason]}. We will email you when they decide.
          </p>
        ) : null}
        {b.status === "waitlisted" ? (
          <p className="govuk-body">
            You are number {b.waitingListPosition} on the waiting list. {waitingListPromise((await getPolicy()).offerClaimWindowHours)}.
          </p>
        ) : null}
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          See and change your bookings in{" "}
          <Link className="govuk-link" href="/my-learning">
            my learning
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
