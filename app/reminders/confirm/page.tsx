import type { Metadata } from "next";
import { placeFromLink } from "@/lib/reminders";
import { LinkNotValid, NoLongerBooked, PlaceSummary } from "../place-summary";
import { confirmPlaceAction } from "../actions";

export const metadata: Metadata = { title: "Confirm your place" };

// Opened from the reminder email. Mail scanners open links too, so nothing happens until the button is pressed.
export default async function ConfirmPlacePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const place = await placeFromLink(token, "confirm-place");
  if (!place) return <LinkNotValid />;
  if (!place.live) return <NoLongerBooked place={place} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Confirm your place</h1>
        <PlaceSummary place={place} />
        {place.booking.attendanceConfirmedAt ? (
          <p className="govuk-body">You have already confirmed that you will attend. Thank you.</p>
        ) : (
          <>
            <p className="govuk-body">Confirm that you will attend, so the trainer knows to expect you.</p>
            <form action={confirmPlaceAction}>
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="govuk-button" data-module="govuk-button" data-prevent-double-click="true">
                Yes, I will attend
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
