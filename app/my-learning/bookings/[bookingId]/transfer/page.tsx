import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { bookingClosedReason, getMyBooking } from "@/lib/booking";
import { formatSessionTimes } from "@/lib/dates";
import { BackLink } from "@/lib/ui/components";
import { TransferForm } from "./transfer-form";
import { NothingToDo } from "../nothing-to-do";

export const metadata: Metadata = { title: "Send a colleague instead" };

export default async function TransferBookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const raw = (await params).bookingId;
  const actor = await requirePageActor({ returnTo: `/my-learning/bookings/${raw}/transfer` });
  const id = Number(raw);
  const b = Number.isInteger(id) ? await getMyBooking(actor, id).catch(() => null) : null;
  if (!b) notFound();
  const closed = bookingClosedReason(b, new Date(), "transfer");
  if (closed) return <NothingToDo title="You cannot send a colleague to this session" reason={closed} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/my-learning">Back to my learning</BackLink>
        <h1 className="govuk-heading-l">Send a colleague instead</h1>
        <p className="govuk-body">
          <strong>{b.opportunity.title}</strong>
          <br />
          {formatSessionTimes(b.session.startsAt, b.session.endsAt)}
        </p>
        <p className="govuk-body">
          Your colleague gets your place and a confirmation email; your booking ends. There is no charge. They must meet any prerequisites of the course.
        </p>
        <TransferForm bookingId={b.id} initialState={{ ok: false, errors: {}, values: {} }} />
      </div>
    </div>
  );
}
