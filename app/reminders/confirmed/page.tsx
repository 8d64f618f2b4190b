import type { Metadata } from "next";
import { placeFromLink } from "@/lib/reminders";
import { Panel } from "@/lib/ui/components";
import { formatSessionTimes } from "@/lib/dates";
import { LinkNotValid } from "../place-summary";

export const metadata: Metadata = { title: "Place confirmed" };

export default async function PlaceConfirmedPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const place = await placeFromLink(token, "confirm-place");
  if (!place || !place.booking.attendanceConfirmedAt) return <LinkNotValid />;
  const b = place.booking;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Place confirmed">
          Your booking reference is
          <br />
          <strong>{b.reference}</strong>
        </Panel>
        <p className="govuk-body">
          Thank you. We will expect you at {b.title} on {formatSessionTimes(b.startsAt, b.endsAt)}.
        </p>
        <p className="govuk-body">
          If your plans change, release your place in <a className="govuk-link" href="/my-learning">My learning</a> so someone else
          can have it.
        </p>
      </div>
    </div>
  );
}
