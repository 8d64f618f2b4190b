import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth";
import { OPPORTUNITY_TYPE_LABELS, getOpportunityBySlug, type OpportunitySession } from "@/lib/catalogue";
import { formatDate, formatTime } from "@/lib/dates";
import { BackLink, InsetText, SummaryList, Tag } from "@/lib/ui/components";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const found = await getOpportunityBySlug(null, (await params).slug);
  return { title: found?.opportunity.title ?? "Training not found" };
}

const STATUS_TEXT: Record<string, string> = {
  confirmed: "You are booked",
  requested: "Waiting for approval",
  waitlisted: "You are on the waiting list",
  offered: "A place is offered to you",
};

function where(s: OpportunitySession) {
  if (s.mode === "online") return "Online";
  return [s.venueName, s.district].filter(Boolean).join(", ") || "Venue to be confirmed";
}

export default async function OpportunityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await currentActor();
  const found = await getOpportunityBySlug(actor, slug);
  if (!found) notFound();
  const { opportunity: o, sessions, mayBook, prerequisiteOpportunities } = found;
  return (
    <>
      <BackLink href="/catalogue">Back to find training</BackLink>
      <span className="govuk-caption-l">{OPPORTUNITY_TYPE_LABELS[o.type]}</span>
      <h1 className="govuk-heading-l">{o.title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">{o.summary}</p>
          {o.membersOnly ? (
            <InsetText>
              This Safer workshop is for members of the Safer programme only.{" "}
              {actor && !mayBook ? "You are not a contact of an organisation with an active Safer membership, so you cannot book it." : null}
            </InsetText>
          ) : null}
          {o.requiresManagerApproval ? <InsetText>Your line manager needs to approve a booking on this course. We hold your place while they decide.</InsetText> : null}
          <p className="govuk-body">{o.description}</p>
          {o.outcomes.length ? (
            <>
              <h2 className="govuk-heading-m">What you will learn</h2>
              <ul className="govuk-list govuk-list--bullet">
                {o.outcomes.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 className="govuk-heading-m">Who it is for</h2>
          <SummaryList
            rows={[
              { key: "Audience", value: o.audience },
              { key: "Level", value: o.level },
              { key: "Topic", value: o.topic },
              {
                key: "Before you book",
                value: (
                  <>
                    {o.prerequisites ? <p className="govuk-body govuk-!-margin-bottom-1">{o.prerequisites}</p> : null}
                    {prerequisiteOpportunities.length ? (
                      <p className="govuk-body govuk-!-margin-bottom-0">
                        Complete first:{" "}
                        {prerequisiteOpportunities.map((p, i) => (
                          <span key={p.slug}>
                            {i > 0 ? ", " : ""}
                            <Link className="govuk-link" href={`/catalogue/${p.slug}`}>
                              {p.title}
                            </Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    {!o.prerequisites && !prerequisiteOpportunities.length ? "No prerequisites" : null}
                  </>
                ),
              },
            ]}
          />
        </div>
      </div>
      {/* The place goes under the date, not in a column of its own, so the buttons fit a phone's width. */}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Upcoming dates</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When and where
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Places left
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sessions.map((s) => (
            <tr className="govuk-table__row" key={s.id}>
              <th scope="row" className="govuk-table__header">
                {formatDate(s.startsAt)}
                <br />
                <span className="govuk-body-s">
                  {formatTime(s.startsAt)} to {formatTime(s.endsAt)}
                  <br />
                  {where(s)}
                </span>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{s.placesLeft > 0 ? s.placesLeft : "Full"}</td>
              <td className="govuk-table__cell">
                {s.myBooking ? (
                  <Link className="govuk-link" href="/my-learning">
                    {STATUS_TEXT[s.myBooking.status] ?? "See my learning"}
                  </Link>
                ) : !mayBook ? (
                  <Tag colour="grey">Members only</Tag>
                ) : (
                  <Link className={`govuk-button govuk-!-margin-bottom-0${s.placesLeft > 0 ? "" : " govuk-button--secondary"}`} data-module="govuk-button" role="button" draggable={false} href={`/book/${s.id}`}>
                    {s.placesLeft > 0 ? "Book" : "Join the waiting list"}
                    <span className="govuk-visually-hidden"> for {formatDate(s.startsAt)}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length === 0 ? <p className="govuk-body">There are no upcoming dates for this training yet.</p> : null}
    </>
  );
}
