import type { Metadata } from "next";
import { formatPence } from "@/lib/charges/calculate";
import { placeFromLink } from "@/lib/reminders";
import { WarningText } from "@/lib/ui/components";
import { LinkNotValid, NoLongerBooked, PlaceSummary } from "../place-summary";
import { releasePlaceAction } from "../actions";

export const metadata: Metadata = { title: "Release your place" };

// Opened from the reminder email. Mail scanners open links too, so nothing happens until the button is pressed.
export default async function ReleasePlacePage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  const place = await placeFromLink(token, "release-place");
  if (!place) return <LinkNotValid />;
  if (!place.live) return <NoLongerBooked place={place} />;
  const waiting = place.waitingCount === 1 ? "1 person is" : `${place.waitingCount} people are`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error ? (
          <div className="govuk-error-summary" tabIndex={-1} id="error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">There is a problem</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">Your place could not be released. Try again, or cancel it in My learning.</p>
              </div>
            </div>
          </div>
        ) : null}
        <h1 className="govuk-heading-l">Release your place</h1>
        <PlaceSummary place={place} />
        <p className="govuk-body">
          If you cannot come, release your place now and it will be offered straight away to
          {place.waitingCount > 0 ? ` the next person on the waiting list (${waiting} waiting).` : " someone else."}
        </p>
        {place.lateRelease && place.chargePence > 0 ? (
          <WarningText>
            It is now past the cancellation deadline, so releasing your place counts as a late cancellation and your organisation may be
            charged {formatPence(place.chargePence)}. Sending a colleague in your place from My learning is free.
          </WarningText>
        ) : null}
        <form action={releasePlaceAction}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" data-prevent-double-click="true">
            Release my place
          </button>
        </form>
      </div>
    </div>
  );
}
