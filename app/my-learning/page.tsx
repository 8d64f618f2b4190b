import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { getMyLearning, type BookingView } from "@/lib/booking";
import { formatDateTime, formatSessionTimes, formatShortDate } from "@/lib/dates";
import { NotificationBanner, SummaryCard, SummaryList, Tag } from "@/lib/ui/components";
import { claimOfferAction } from "./actions";

export const metadata: Metadata = { title: "My learning" };

const DONE: Record<string, { text: string; success: boolean }> = {
  cancelled: { text: "Your booking is cancelled. There is no charge.", success: true },
  late_cancelled: { text: "Your booking is cancelled. It was after the cut-off, so a late cancellation charge may apply.", success: true },
  declined: { text: "You turned down the place. It has been offered to the next person.", success: true },
  transferred: { text: "Your place has been given to your colleague. We have emailed you both.", success: true },
  "claimed-confirmed": { text: "You claimed the place. Your booking is confirmed.", success: true },
  "claimed-requested": { text: "You claimed the place. We have asked your line manager to approve it.", success: true },
  "offer-expired": { text: "Sorry, that offer has ended and the place has gone to the next person.", success: false },
  "offer-already_claimed": { text: "You have already claimed that place.", success: false },
  failed: { text: "That booking could not be changed. It may already have been cancelled or the session has started.", success: false },
  "profile-saved": { text: "Your details have been saved.", success: true },
};

function where(b: BookingView) {
  return b.session.mode === "online" ? "Online" : [b.session.venueName, b.session.district].filter(Boolean).join(", ") || "Venue to be confirmed";
}

const ATTENDANCE: Record<string, string> = { attended: "Attended", partial: "Partly attended", no_show: "Did not attend" };
const STATUS: Record<string, string> = {
  cancelled: "Cancelled",
  late_cancelled: "Cancelled late",
  transferred: "Given to a colleague",
  declined: "Not approved or offer ended",
  waitlisted: "Waiting list closed",
  offered: "Offer not taken",
  requested: "Not approved in time",
  confirmed: "Booked",
};

function Card({ b, children, tag }: { b: BookingView; children?: React.ReactNode; tag: React.ReactNode }) {
  return (
    <SummaryCard title={b.opportunity.title} actions={children}>
      <SummaryList
        rows={[
          { key: "When", value: formatSessionTimes(b.session.startsAt, b.session.endsAt) },
          { key: "Where", value: where(b) },
          { key: "Reference", value: b.reference },
          { key: "Status", value: tag },
        ]}
      />
    </SummaryCard>
  );
}

export default async function MyLearningPage({ searchParams }: { searchParams: Promise<{ done?: string; profile?: string }> }) {
  const sp = await searchParams;
  const actor = await requirePageActor({ returnTo: "/my-learning" });
  const mine = await getMyLearning(actor, actor.id);
  const done = DONE[sp.done ?? (sp.profile === "saved" ? "profile-saved" : "")];
  const nothingAhead = !mine.upcoming.length && !mine.awaitingApproval.length && !mine.waiting.length && !mine.offers.length;
  // Booked places, requests and waiting-list places in one list by date: what comes next is what people look for.
  const ahead = [
    ...mine.upcoming.map((b) => ({ b, kind: "booked" as const })),
    ...mine.awaitingApproval.map((b) => ({ b, kind: "requested" as const })),
    ...mine.waiting.map((b) => ({ b, kind: "waiting" as const })),
  ].sort((x, y) => x.b.session.startsAt.getTime() - y.b.session.startsAt.getTime());
  return (
    <>
      {done ? (
        <NotificationBanner success={done.success} title={done.success ? "Success" : "Important"}>
          <p className="govuk-notification-banner__heading">{done.text}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">My learning</h1>
      <nav aria-label="More in my learning">
        <ul className="govuk-list app-inline-list">
          <li>
            <Link className="govuk-link" href="/check-in">Check in to a session</Link>
          </li>
          <li>
            <Link className="govuk-link" href="/evaluations">Evaluations and certificates</Link>
          </li>
          <li>
            <Link className="govuk-link" href="/my-learning/attendance">Your attendance record</Link>
          </li>
          <li>
            <Link className="govuk-link" href="/profile">Your details and data</Link>
          </li>
        </ul>
      </nav>

      {mine.offers.length ? (
        <>
          <h2 className="govuk-heading-m">Places offered to you</h2>
          {mine.offers.map((b) => (
            <Card key={b.id} b={b} tag={<Tag colour="orange">Offered until {b.openOffer ? formatDateTime(b.openOffer.expiresAt) : "soon"}</Tag>}>
              <ul className="govuk-list govuk-!-margin-0">
                <li className="govuk-summary-card__action">
                  <form action={claimOfferAction}>
                    <input type="hidden" name="bookingId" value={b.id} />
                    <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
                      Claim my place<span className="govuk-visually-hidden"> on {b.opportunity.title}</span>
                    </button>
                  </form>
                </li>
                <li className="govuk-summary-card__action">
                  <Link className="govuk-link" href={`/my-learning/bookings/${b.id}/cancel`}>
                    Decline<span className="govuk-visually-hidden"> the place on {b.opportunity.title}</span>
                  </Link>
                </li>
              </ul>
            </Card>
          ))}
        </>
      ) : null}

      <h2 className="govuk-heading-m">Upcoming</h2>
      {nothingAhead ? (
        <p className="govuk-body">
          You have no upcoming bookings.{" "}
          <Link className="govuk-link" href="/catalogue">
            Find training
          </Link>
        </p>
      ) : null}
      {ahead.map(({ b, kind }) =>
        kind === "booked" ? (
          <Card key={b.id} b={b} tag={<Tag colour="green">Booked</Tag>}>
            <ul className="govuk-list govuk-!-margin-0">
              <li className="govuk-summary-card__action">
                <Link className="govuk-link" href={`/my-learning/bookings/${b.id}/cancel`}>
                  Cancel<span className="govuk-visually-hidden"> {b.opportunity.title} on {formatShortDate(b.session.startsAt)}</span>
                </Link>
              </li>
              <li className="govuk-summary-card__action">
                <Link className="govuk-link" href={`/my-learning/bookings/${b.id}/transfer`}>
                  Send a colleague instead<span className="govuk-visually-hidden"> to {b.opportunity.title}</span>
                </Link>
              </li>
            </ul>
          </Card>
        ) : kind === "requested" ? (
          <Card key={b.id} b={b} tag={<Tag colour="yellow">Waiting for approval from {b.lineManagerEmail}</Tag>}>
            <Link className="govuk-link" href={`/my-learning/bookings/${b.id}/cancel`}>
              Cancel<span className="govuk-visually-hidden"> request for {b.opportunity.title}</span>
            </Link>
          </Card>
        ) : (
          <Card key={b.id} b={b} tag={<Tag colour="blue">Waiting list: number {b.waitingListPosition}</Tag>}>
            <Link className="govuk-link" href={`/my-learning/bookings/${b.id}/cancel`}>
              Leave the waiting list<span className="govuk-visually-hidden"> for {b.opportunity.title}</span>
            </Link>
          </Card>
        ),
      )}

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">History</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Training
            </th>
            <th scope="col" className="govuk-table__header">
              Date
            </th>
            <th scope="col" className="govuk-table__header">
              Outcome
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {mine.history.map((b) => (
            <tr className="govuk-table__row" key={b.id}>
              <th scope="row" className="govuk-table__header">
                {b.opportunity.title}
              </th>
              <td className="govuk-table__cell">{formatShortDate(b.session.startsAt)}</td>
              <td className="govuk-table__cell">{b.attendance ? ATTENDANCE[b.attendance] : (STATUS[b.status] ?? b.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mine.history.length === 0 ? <p className="govuk-body">Nothing yet.</p> : null}
    </>
  );
}
