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
          Thank you for letting us know. Your place on {place.booking.title} has been released and offered to someone else.
        </p>
        <p className="govuk-body">
          You can book another date in the <a className="govuk-link" href="/catalogue">catalogue</a>.
        </p>
      </div>
    </div>
  );
}
