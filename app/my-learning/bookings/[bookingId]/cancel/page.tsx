import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { bookingClosedReason, getMyBooking, lastFreeCancellationMinute } from "@/lib/booking";
import { formatDateTime, formatSessionTimes } from "@/lib/dates";
import { BackLink, WarningText } from "@/lib/ui/components";
import { NothingToDo } from "../nothing-to-do";
import { cancelBookingAction } from "../../../actions";

export const metadata: Metadata = { title: "Cancel a booking" };

export default async function CancelBookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const raw = (await params).bookingId;
  const actor = await requirePageActor({ returnTo: `/my-learning/bookings/${raw}/cancel` });
  const id = Number(raw);
  const b = Number.isInteger(id) ? await getMyBooking(actor, id).catch(() => null) : null;
  if (!b) notFound();
  const closed = bookingClosedReason(b, new Date());
  if (closed) return <NothingToDo title="You cannot cancel this booking" reason={closed} />;
  const freeUntil = lastFreeCancellationMinute(b.cancelCutoff);
  const heading = { waitlisted: "Leave the waiting list?", offered: "Turn down this place?", requested: "Cancel your booking request?" }[b.status as string] ?? "Cancel your booking?";
  const button = { waitlisted: "Leave the waiting list", offered: "Turn down the place", requested: "Cancel request" }[b.status as string] ?? "Cancel booking";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/my-learning">Back to my learning</BackLink>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          <strong>{b.opportunity.title}</strong>
          <br />
          {formatSessionTimes(b.session.startsAt, b.session.endsAt)}
          <br />
          Reference {b.reference}
        </p>
        {b.freeBecauseSessionChanged ? (
          <p className="govuk-body">We changed this session after the cancellation cut-off, so there is no charge if you cancel.</p>
        ) : b.lateIfCancelledNow ? (
          <WarningText>
            The cancellation cut-off has passed, so this will be recorded as a late cancellation and a charge may be invoiced to your organisation. You can send
            a colleague from your organisation instead at no charge.
          </WarningText>
        ) : b.status === "confirmed" && freeUntil ? (
          <p className="govuk-body">You can cancel without a charge until {formatDateTime(freeUntil)}.</p>
        ) : null}
        {b.status !== "waitlisted" ? <p className="govuk-body">If anyone is on the waiting list, your place will be offered to the next person.</p> : null}
        <form action={cancelBookingAction}>
          <input type="hidden" name="bookingId" value={b.id} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" data-prevent-double-click="true">
              {button}
            </button>
            {b.status === "confirmed" ? (
              <a className="govuk-link" href={`/my-learning/bookings/${b.id}/transfer`}>
                Send a colleague instead
              </a>
            ) : null}
          </div>
        </form>
      </div>
    </div>
  );
}
