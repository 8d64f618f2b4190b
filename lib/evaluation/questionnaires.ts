// Answering the pre-course, post-course and impact questionnaires. Only the booking's own person may answer;
// each is answered once (unique index on booking and kind). The post-course answer releases the certificate
// (full attendance only) and schedules the impact follow-up.
import { and, desc, eq, inArray, or, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, certificate, evaluation, opportunity, session } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { assertSelf } from "@/lib/auth/policy";
import { enqueue } from "@/lib/jobs";
import { getPartnership } from "@/lib/partnership";
import { loadEvaluationContext, type EvaluationContext } from "./context";
import { certificateNumber, certificateReleased, impactDueAt, isQuestionnaireOpen, type Attendance, type EvaluationKind } from "./rules";
import type { ImpactEvaluationInput, PostEvaluationInput, PreEvaluationInput } from "./schemas";

export type OutstandingQuestionnaire = {
  bookingId: number;
  kind: EvaluationKind;
  opportunityTitle: string;
  startsAt: Date;
};

/** The signed-in person's questionnaires waiting for an answer, soonest session first. */
export async function listOutstandingQuestionnaires(actor: Actor, now = new Date()): Promise<OutstandingQuestionnaire[]> {
  assertSelf(actor, actor.id);
  const db = await getDb();
  const { policy } = await getPartnership(db);
  const rows = await db
    .select({
      bookingId: booking.id,
      status: booking.status,
      attendance: booking.attendance,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      title: opportunity.title,
      submitted: sql<string[]>`coalesce(array_agg(${evaluation.kind}::text) filter (where ${evaluation.id} is not null), '{}')`,
    })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(evaluation, eq(evaluation.bookingId, booking.id))
    .where(and(eq(booking.personId, actor.id), eq(booking.status, "confirmed"), or(gt(session.startsAt, now), inArray(booking.attendance, ["attended", "partial"]))))
    .groupBy(booking.id, session.id, opportunity.id)
    .orderBy(session.startsAt);
  const out: OutstandingQuestionnaire[] = [];
  for (const r of rows) {
    const facts = { status: r.status, attendance: r.attendance as Attendance, startsAt: r.startsAt, endsAt: r.endsAt, submitted: r.submitted as EvaluationKind[] };
    for (const kind of ["pre", "post", "impact"] as const) {
      if (isQuestionnaireOpen(kind, facts, now, policy.impactFollowUpDays)) out.push({ bookingId: r.bookingId, kind, opportunityTitle: r.title, startsAt: r.startsAt });
    }
  }
  return out;
}

/** The signed-in person's certificates, newest first. */
export async function listMyCertificates(actor: Actor) {
  assertSelf(actor, actor.id);
  const db = await getDb();
  return db
    .select({ bookingId: booking.id, number: certificate.number, issuedAt: certificate.issuedAt, opportunityTitle: opportunity.title, startsAt: session.startsAt })
    .from(certificate)
    .innerJoin(booking, eq(booking.id, certificate.bookingId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(booking.personId, actor.id))
    .orderBy(desc(session.startsAt));
}

export type Questionnaire = { context: EvaluationContext; open: boolean; answered: boolean; impactDueAt: Date };

/** A questionnaire for its own person only; anyone else is told it does not exist. */
export async function getQuestionnaire(actor: Actor, bookingId: number, kind: EvaluationKind, now = new Date()): Promise<Questionnaire> {
  const db = await getDb();
  const context = await loadEvaluationContext(db, bookingId);
  if (!context) throw new AuthorizationError("Not found", 404);
  assertSelf(actor, context.personId);
  const { policy } = await getPartnership(db);
  return {
    context,
    open: isQuestionnaireOpen(kind, context, now, policy.impactFollowUpDays),
    answered: context.submitted.includes(kind),
    impactDueAt: impactDueAt(context.endsAt, policy.impactFollowUpDays),
  };
}

export type Answer =
  | { kind: "pre"; input: PreEvaluationInput }
  | { kind: "post"; input: PostEvaluationInput }
  | { kind: "impact"; input: ImpactEvaluationInput };

export type SubmitResult =
  | { ok: true; certificateNumber: string | null }
  | { ok: false; reason: "closed" }
  | { ok: false; reason: "invalid"; errors: Partial<Record<string, string>> };

export async function submitEvaluation(actor: Actor, bookingId: number, answer: Answer, now = new Date()): Promise<SubmitResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Lock the booking so two submissions of the same form cannot both release a certificate.
    await tx.select({ id: booking.id }).from(booking).where(eq(booking.id, bookingId)).for("update");
    const ctx = await loadEvaluationContext(tx, bookingId);
    if (!ctx) throw new AuthorizationError("Not found", 404);
    assertSelf(actor, ctx.personId);
    const p = await getPartnership(tx);
    if (!isQuestionnaireOpen(answer.kind, ctx, now, p.policy.impactFollowUpDays)) return { ok: false, reason: "closed" } as const;

    const values: typeof evaluation.$inferInsert = { bookingId, kind: answer.kind, submittedAt: now };
    if (answer.kind === "pre") Object.assign(values, { confidence: answer.input.confidence, hopes: answer.input.hopes });
    if (answer.kind === "post") Object.assign(values, { confidence: answer.input.confidence, learned: answer.input.learned, rating: answer.input.rating });
    if (answer.kind === "impact") {
      const { changes, examples, theme, askManager } = answer.input;
      if (askManager && !ctx.lineManagerEmail) {
        return { ok: false, reason: "invalid", errors: { askManager: "Add your line manager's email address to your details before asking them to co-sign" } } as const;
      }
      Object.assign(values, { changes, examples, theme, managerEmail: askManager ? ctx.lineManagerEmail!.toLowerCase() : null });
    }
    const [saved] = await tx.insert(evaluation).values(values).onConflictDoNothing({ target: [evaluation.bookingId, evaluation.kind] }).returning({ id: evaluation.id });
    if (!saved) return { ok: false, reason: "closed" } as const;
    await recordAudit({ actorId: actor.id, action: `evaluation.${answer.kind}_submitted`, entity: "evaluation", entityId: saved.id, details: { bookingId } }, tx);

    let number: string | null = null;
    if (answer.kind === "post") {
      if (certificateReleased(ctx.attendance, true)) {
        number = certificateNumber(p.shortName, now, bookingId);
        await tx.insert(certificate).values({ bookingId, number, issuedAt: now }).onConflictDoNothing({ target: certificate.bookingId });
        await recordAudit({ actorId: actor.id, action: "certificate.issued", entity: "certificate", entityId: bookingId, details: { number } }, tx);
      }
      await enqueue(
        { kind: "evaluation.impact-request", payload: { bookingId }, runAt: impactDueAt(ctx.endsAt, p.policy.impactFollowUpDays), key: `impact-request:${bookingId}` },
        tx,
      );
    }
    if (answer.kind === "impact" && values.managerEmail) {
      await enqueue({ kind: "evaluation.cosign-request", payload: { evaluationId: saved.id }, key: `cosign-request:${saved.id}` }, tx);
    }
    return { ok: true, certificateNumber: number } as const;
  });
}
