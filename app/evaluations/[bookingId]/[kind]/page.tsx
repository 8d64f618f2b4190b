import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { AuthorizationError, requirePageActor } from "@/lib/auth";
import { EVALUATION_KINDS, EVALUATION_TITLES, getQuestionnaire, type EvaluationKind } from "@/lib/evaluation";
import { formatDate, formatSessionTimes } from "@/lib/dates";
import { BackLink, Panel } from "@/lib/ui/components";
import { ImpactForm, PostForm, PreForm } from "./questionnaire-forms";

export const metadata: Metadata = { title: "Course questionnaire" };

type Params = Promise<{ bookingId: string; kind: string }>;

export default async function QuestionnairePage({ params }: { params: Params }) {
  const { bookingId: rawId, kind: rawKind } = await params;
  const bookingId = Number(rawId);
  if (!/^\d{1,9}$/.test(rawId) || !EVALUATION_KINDS.includes(rawKind as EvaluationKind)) notFound();
  const kind = rawKind as EvaluationKind;
  const actor = await requirePageActor({ returnTo: `/evaluations/${bookingId}/${kind}` });
  let q;
  try {
    q = await getQuestionnaire(actor, bookingId, kind);
  } catch (e) {
    if (e instanceof AuthorizationError) notFound();
    throw e;
  }
  const c = q.context;
  const title = EVALUATION_TITLES[kind];

  if (q.answered) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Thank you for your answers">{c.opportunityTitle}</Panel>
          {kind === "post" && c.certificateNumber ? (
            <p className="govuk-body">
              Your certificate of attendance is ready.{" "}
              <a className="govuk-link" href={`/certificates/${c.bookingId}`}>
                Download your certificate (PDF)
              </a>
            </p>
          ) : null}
          {kind === "post" && !c.certificateNumber ? (
            <p className="govuk-body">Certificates of attendance are given for attending the whole course, so there is no certificate for this one.</p>
          ) : null}
          {kind === "post" ? <p className="govuk-body">We will ask you about the impact on your practice on {formatDate(q.impactDueAt)}.</p> : null}
          <p className="govuk-body">
            <Link className="govuk-link" href="/evaluations">
              Back to your questionnaires
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/evaluations">Back to your questionnaires</BackLink>
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{c.opportunityTitle}</span>
          {title}
        </h1>
        <p className="govuk-body">{formatSessionTimes(c.startsAt, c.endsAt)}</p>
        {!q.open ? (
          <>
            <p className="govuk-body">{closedReason(kind, q.impactDueAt)}</p>
            <p className="govuk-body">
              <Link className="govuk-link" href="/evaluations">
                Back to your questionnaires
              </Link>
            </p>
          </>
        ) : kind === "pre" ? (
          <PreForm bookingId={c.bookingId} topic={c.opportunityTopic} />
        ) : kind === "post" ? (
          <PostForm bookingId={c.bookingId} topic={c.opportunityTopic} />
        ) : (
          <ImpactForm bookingId={c.bookingId} managerEmail={c.lineManagerEmail} />
        )}
      </div>
    </div>
  );
}

function closedReason(kind: EvaluationKind, impactDueAt: Date): string {
  switch (kind) {
    case "pre":
      return "These questions are for before the course, and it has started (or your place is not confirmed).";
    case "post":
      return "These questions open once the trainer has recorded that you came to the course.";
    case "impact":
      return `The follow-up opens on ${formatDate(impactDueAt)}, after you have answered the questions after the course.`;
  }
}
