import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { getOfferByToken } from "@/lib/booking";
import { formatDateTime, formatSessionTimes } from "@/lib/dates";
import { NotificationBanner, Panel, SummaryList } from "@/lib/ui/components";
import { decideOfferAction } from "../actions";

export const metadata: Metadata = { title: "A place has come up" };

const DONE: Record<string, string> = {
  declined: "You turned down the place. It has been offered to the next person.",
  already_claimed: "You have already claimed this place.",
  expired: "Sorry, this offer has ended and the place has been offered to the next person.",
  failed: "This offer is no longer open.",
};

// The emailed link lands here; the buttons POST, so mail scanners opening the link claim nothing.
export default async function OfferPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> }) {
  const token = decodeURIComponent((await params).token);
  const { done } = await searchParams;
  const o = await getOfferByToken(token);
  if (!o) {
    return (
      <>
        <h1 className="govuk-heading-l">This link is not valid</h1>
        <p className="govuk-body">Check you copied the whole link from the email.</p>
      </>
    );
  }
  if (done?.startsWith("claimed-")) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title={done === "claimed-confirmed" ? "Your place is confirmed" : "Place claimed: waiting for approval"}>{o.title}</Panel>
          <p className="govuk-body">
            {done === "claimed-confirmed"
              ? "We have sent you a confirmation email with a calendar file."
              : "Your line manager needs to approve this booking. We have emailed them and will tell you when they decide."}
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href="/my-learning">
              Go to my learning
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done && DONE[done] ? (
          <NotificationBanner title="Important">
            <p className="govuk-notification-banner__heading">{DONE[done]}</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">A place has come up</h1>
        <SummaryList
          rows={[
            { key: "For", value: o.personName },
            { key: "Training", value: o.title },
            { key: "Date and time", value: formatSessionTimes(o.startsAt, o.endsAt) },
            { key: "Where", value: o.mode === "online" ? "Online" : (o.venueName ?? "Venue to be confirmed") },
            { key: "Claim by", value: formatDateTime(o.expiresAt) },
          ]}
        />
        {o.status === "open" ? (
          <form action={decideOfferAction}>
            <input type="hidden" name="token" value={token} />
            <div className="govuk-button-group">
              <button type="submit" name="decision" value="claim" className="govuk-button" data-module="govuk-button" data-prevent-double-click="true">
                Claim my place
              </button>
              <button type="submit" name="decision" value="decline" className="govuk-button govuk-button--secondary" data-module="govuk-button" data-prevent-double-click="true">
                Decline
              </button>
            </div>
          </form>
        ) : (
          <p className="govuk-body">
            {o.status === "claimed" ? "This place has been claimed." : "This offer has ended."}{" "}
            <Link className="govuk-link" href="/my-learning">
              Go to my learning
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
