import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { getBookableSession, newFormToken, waitingListPromise } from "@/lib/booking";
import { getPolicy } from "@/lib/partnership";
import { formatSessionTimes } from "@/lib/dates";
import { BackLink, InsetText, SummaryList } from "@/lib/ui/components";
import { draftValues, readDraft } from "../draft";
import { listTitles } from "@/lib/booking/prerequisites";
import { ConfirmForm } from "./confirm-form";
import { venueLine } from "@/lib/catalogue/venue";

export const metadata: Metadata = { title: "Check your answers – book a place" };

export default async function CheckAnswersPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const raw = (await params).sessionId;
  const actor = await requirePageActor({ returnTo: `/book/${raw}` });
  const sessionId = Number(raw);
  const found = Number.isInteger(sessionId) ? await getBookableSession(actor, sessionId) : null;
  if (!found) notFound();
  const { session: s, opportunity: o, placesLeft, blocked, missingPrerequisites } = found;
  const answers = await readDraft(s.id);
  const venue = s.mode === "venue";
  const change = { href: `/book/${s.id}`, label: "Change" };
  const full = placesLeft <= 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/book/${s.id}`}>Back</BackLink>
        <h1 className="govuk-heading-l">Check your answers</h1>
        <SummaryList
          rows={[
            { key: "Training", value: o.title },
            { key: "Date and time", value: formatSessionTimes(s.startsAt, s.endsAt) },
            { key: "Where", value: venue ? venueLine(s.venueName, s.venueAddress) : "Online" },
            { key: "Your name", value: actor.name ?? actor.email },
            { key: "Access needs", value: answers.accessNeeds || "None", action: { ...change, hidden: "access needs" } },
            ...(venue ? [{ key: "Dietary needs", value: answers.dietaryNeeds || "None", action: { ...change, hidden: "dietary needs" } }] : []),
            ...(missingPrerequisites.length
              ? [
                  {
                    key: "Training this course requires",
                    value: answers.prerequisitesConfirmed ? `You have completed ${listTitles(missingPrerequisites)}, or equivalent training` : "Not confirmed",
                    action: { ...change, hidden: "the training this course requires" },
                  },
                ]
              : []),
          ]}
        />
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
            <h2 className="govuk-heading-m">{full ? "Join the waiting list" : "Now confirm your booking"}</h2>
            {full ? (
              <p className="govuk-body">The session is full. {waitingListPromise((await getPolicy()).offerClaimWindowHours)}.</p>
            ) : o.requiresManagerApproval ? (
              <p className="govuk-body">We will hold a place for you and ask your line manager ({actor.lineManagerEmail}) to approve it.</p>
            ) : (
              <p className="govuk-body">By booking you agree to cancel, or send a colleague instead, if you cannot come. Late cancellations and missed places may be charged to your organisation.</p>
            )}
            <ConfirmForm sessionId={s.id} initialState={{ ok: false, errors: {}, values: { ...draftValues(answers), formToken: newFormToken(), intent: full ? "waitlist" : "book" } }} />
          </>
        )}
      </div>
    </div>
  );
}
