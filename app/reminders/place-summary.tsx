import { SummaryList } from "@/lib/ui/components";
import { formatSessionTimes } from "@/lib/dates";
import type { PlaceFromLink } from "@/lib/reminders";
import { venueLine } from "@/lib/catalogue/venue";

/** The booking a reminder link is about. */
export function PlaceSummary({ place }: { place: PlaceFromLink }) {
  const b = place.booking;
  const where = b.mode === "online" ? "Online" : venueLine(b.venueName, b.venueAddress) || "To be confirmed";
  return (
    <SummaryList
      rows={[
        { key: "Course", value: b.title },
        { key: "Date and time", value: formatSessionTimes(b.startsAt, b.endsAt) },
        { key: "Where", value: where },
        { key: "Name", value: b.personName ?? b.email },
        { key: "Booking reference", value: b.reference },
      ]}
    />
  );
}

/** The page for a link that is not genuine, is for something else, or has expired. */
export function LinkNotValid() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This link cannot be used</h1>
        <p className="govuk-body">The link may have expired (links stop working when the session starts) or been copied incompletely.</p>
        <p className="govuk-body">
          You can see and change your bookings in <a className="govuk-link" href="/my-learning">My learning</a> after you sign in.
        </p>
      </div>
    </div>
  );
}

/** The booking was cancelled, released, or the session is off or over. */
export function NoLongerBooked({ place }: { place: PlaceFromLink }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You no longer have this place</h1>
        <PlaceSummary place={place} />
        <p className="govuk-body">
          {place.booking.sessionStatus === "cancelled"
            ? "This session has been cancelled."
            : place.booking.startsAt.getTime() <= Date.now()
              ? "This session has already started."
              : "This booking has been cancelled or released, so there is nothing to confirm."}{" "}
          See your bookings in <a className="govuk-link" href="/my-learning">My learning</a>.
        </p>
      </div>
    </div>
  );
}
