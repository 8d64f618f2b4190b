import type { Metadata } from "next";
import { placeFromLink } from "@/lib/reminders";
import { Panel } from "@/lib/ui/components";
import { LinkNotValid } from "../place-summary";

export const metadata: Metadata = { title: "Place released" };

export default async function PlaceReleasedPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const place = await placeFromLink(token, "release-place");
  if (!place || place.booking.status === "confirmed") return <LinkNotValid />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Place released">
          Booking reference
          <br />
          <strong>{place.booking.reference}</strong>
        </Panel>
        <p className="govuk-body">
          Thank you for letting us know. Your place on {place.booking.title} has been released. If anyone is on the waiting list, it has been offered to the
          next person.
        </p>
        {place.booking.status === "late_cancelled" ? (
          <p className="govuk-body">This was after the cancellation cut-off, so it is recorded as a late cancellation and a charge may be invoiced to your organisation.</p>
        ) : null}
        <p className="govuk-body">
          You can book another date in the <a className="govuk-link" href="/catalogue">catalogue</a>.
        </p>
      </div>
    </div>
  );
}
