// Evaluation emails run as jobs, each sent once per key:
// - "evaluation.request" (queued when the trainer closes the register): the post-course questionnaire;
// - "evaluation.impact-request" (queued when the post-course answer comes in): the impact follow-up;
// - "evaluation.cosign-request" (queued when a learner asks): the line manager's co-sign link.
// A job that finds the questionnaire already answered (or the person gone) does nothing.
import * as React from "react";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { evaluation } from "@/db/schema";
import { CoSignRequestEmail } from "@/emails/evaluation-cosign-request";
import { ImpactRequestEmail } from "@/emails/evaluation-impact-request";
import { EvaluationRequestEmail } from "@/emails/evaluation-request";
import { formatDate } from "@/lib/dates";
import { enqueue, registerJobHandler, type JobRow } from "@/lib/jobs";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { loadEvaluationContext } from "./context";
import { COSIGN_LINK_DAYS, coSignLinkUrl, evaluationLinkUrl } from "./links";
import { cameToSession } from "./rules";

/** For the register: ask an attendee for the post-course questionnaire (once per booking). */
export async function queueEvaluationRequest(bookingId: number, db?: DbOrTx): Promise<boolean> {
  return enqueue({ kind: "evaluation.request", payload: { bookingId }, key: `evaluation-request:${bookingId}` }, db);
}

function bookingIdOf(job: JobRow): number {
  const id = Number(job.payload.bookingId);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`bad bookingId in job ${job.id}`);
  return id;
}

export async function sendEvaluationRequest(job: JobRow): Promise<void> {
  const db = await getDb();
  const bookingId = bookingIdOf(job);
  const ctx = await loadEvaluationContext(db, bookingId);
  if (!ctx || ctx.anonymised || ctx.status !== "confirmed" || !cameToSession(ctx.attendance) || ctx.submitted.includes("post")) return;
  const p = await getPartnership(db);
  const email = await renderEmail(
    `Tell us about ${ctx.opportunityTitle}`,
    React.createElement(EvaluationRequestEmail, {
      partnershipName: p.name,
      name: ctx.personName,
      courseTitle: ctx.opportunityTitle,
      sessionDate: formatDate(ctx.startsAt),
      url: evaluationLinkUrl(bookingId, "post"),
      certificate: ctx.attendance === "attended",
    }),
  );
  await sendOnce({ key: `evaluation-request:${bookingId}`, to: ctx.personEmail, template: "evaluation-request", email, db });
}

export async function sendImpactRequest(job: JobRow): Promise<void> {
  const db = await getDb();
  const bookingId = bookingIdOf(job);
  const ctx = await loadEvaluationContext(db, bookingId);
  if (!ctx || ctx.anonymised || !ctx.submitted.includes("post") || ctx.submitted.includes("impact")) return;
  const p = await getPartnership(db);
  const email = await renderEmail(
    `What has changed since ${ctx.opportunityTitle}?`,
    React.createElement(ImpactRequestEmail, {
      partnershipName: p.name,
      name: ctx.personName,
      courseTitle: ctx.opportunityTitle,
      sessionDate: formatDate(ctx.startsAt),
      url: evaluationLinkUrl(bookingId, "impact"),
    }),
  );
  await sendOnce({ key: `impact-request:${bookingId}`, to: ctx.personEmail, template: "evaluation-impact-request", email, db });
}

export async function sendCoSignRequest(job: JobRow): Promise<void> {
  const db = await getDb();
  const evaluationId = Number(job.payload.evaluationId);
  const [ev] = await db.select().from(evaluation).where(eq(evaluation.id, evaluationId));
  if (!ev || !ev.managerEmail || ev.managerCoSignedAt) return;
  const ctx = await loadEvaluationContext(db, ev.bookingId);
  if (!ctx || ctx.anonymised) return;
  const p = await getPartnership(db);
  const learnerName = ctx.personName ?? ctx.personEmail;
  const email = await renderEmail(
    `${learnerName} asks you to co-sign their training follow-up`,
    React.createElement(CoSignRequestEmail, {
      partnershipName: p.name,
      learnerName,
      courseTitle: ctx.opportunityTitle,
      url: coSignLinkUrl(evaluationId),
      days: COSIGN_LINK_DAYS,
    }),
  );
  await sendOnce({ key: `impact-cosign:${evaluationId}`, to: ev.managerEmail, template: "evaluation-cosign-request", email, db });
}

export function registerEvaluationJobs(): void {
  registerJobHandler("evaluation.request", sendEvaluationRequest);
  registerJobHandler("evaluation.impact-request", sendImpactRequest);
  registerJobHandler("evaluation.cosign-request", sendCoSignRequest);
}
