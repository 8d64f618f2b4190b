import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { BOOKING_STATUS_NAMES, getBookingForAdmin, parseId } from "@/lib/catalogue-admin";
import { formatSessionTimes } from "@/lib/dates";
import { BackLink, SummaryList } from "@/lib/ui/components";
import { Button } from "@/lib/ui/fields";
import { cancelBookingAction } from "../../../actions";

export const metadata: Metadata = { title: "Cancel a booking" };

export default async function CancelBookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/bookings/${bookingId}/cancel` });
  const id = parseId(bookingId);
  const b = id ? await getBookingForAdmin(actor, id) : null;
  if (!b) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/admin/catalogue/sessions/${b.sessionId}/bookings`}>Bookings</BackLink>
        <h1 className="govuk-heading-l">Cancel the booking of {b.personName ?? b.email}?</h1>
        <SummaryList
          rows={[
            { key: "Reference", value: b.reference },
            { key: "Session", value: formatSessionTimes(b.startsAt, b.endsAt) },
            { key: "Status", value: BOOKING_STATUS_NAMES[b.status] ?? b.status },
          ]}
        />
        <p className="govuk-body">Use this when the person has asked the business unit to cancel for them. Their place is freed for the waiting list.</p>
        <form action={cancelBookingAction}>
          <input type="hidden" name="bookingId" value={b.id} />
          <input type="hidden" name="sessionId" value={b.sessionId} />
          <Button warning>Cancel the booking</Button>
        </form>
      </div>
    </div>
  );
}
