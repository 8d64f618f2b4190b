import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { getBookableSession } from "@/lib/booking";
import { formatDate, formatSessionTimes } from "@/lib/dates";
import { BackLink, InsetText, WarningText } from "@/lib/ui/components";
import { draftValues, readDraft } from "./draft";
import { NeedsForm } from "./needs-form";
import { listTitles } from "@/lib/booking/prerequisites";
import { venueLine } from "@/lib/catalogue/venue";

export const metadata: Metadata = { title: "Your needs – book a place" };

export default async function BookNeedsPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const sessionId = Number((await params).sessionId);
  const actor = await requirePageActor({ returnTo: `/book/${(await params).sessionId}` });
  const found = Number.isInteger(sessionId) ? await getBookableSession(actor, sessionId) : null;
  if (!found) notFound();
  const { session: s, opportunity: o, placesLeft, blocked, missingPrerequisites, otherDates } = found;
  const venue = s.mode === "venue";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/catalogue/${o.slug}`}>Back to {o.title}</BackLink>
        <span className="govuk-caption-l">{placesLeft > 0 ? "Book a place" : "Join the waiting list"}</span>
        <h1 className="govuk-heading-l">{venue ? "Your access and dietary needs" : "Your access needs"}</h1>
        <p className="govuk-body">
          <strong>{o.title}</strong>
          <br />
          {formatSessionTimes(s.startsAt, s.endsAt)}
          <br />
          {venue ? venueLine(s.venueName, s.venueAddress) : "Online"}
        </p>
        {blocked ? (
          <>
            <InsetText>{blocked}.</InsetText>
            <p className="govuk-body">
              <Link className="govuk-link" href="/my-learning">
                Go to my learning
              </Link>
            </p>
          </>
        ) : (
          <>
            {otherDates.length ? (
              <WarningText>
                You already have {otherDates.map((d) => `${d.status === "waitlisted" ? "a waiting-list place" : d.status === "requested" ? "a place awaiting approval" : "a place"} on ${formatDate(d.startsAt)}`).join(" and ")}{" "}
                for this course. If you are changing date, cancel that booking in my learning so the place goes to someone else.
              </WarningText>
            ) : null}
            {placesLeft <= 0 ? <InsetText>This session is full. You can join the waiting list and we will email you if a place comes up.</InsetText> : null}
            <NeedsForm sessionId={s.id} venue={venue} prerequisites={missingPrerequisites.length ? { titles: listTitles(missingPrerequisites), count: missingPrerequisites.length } : null} initialState={{ ok: false, errors: {}, values: draftValues(await readDraft(s.id)) }} />
          </>
        )}
      </div>
    </div>
  );
}
