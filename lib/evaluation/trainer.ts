// What trainers see of the evaluations of their own sessions: counts, average confidence and rating, themes,
// and the free text with nothing that says who wrote it.
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, evaluation, opportunity, session, sessionTrainer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { assertTrainerOf } from "@/lib/auth/policy";
import { rate, uplift } from "@/lib/reports/rates";

const came = sql`${booking.attendance} in ('attended','partial')`;

/** Remove what could name someone in free text (email addresses, phone numbers) and order answers by text. */
export function anonymiseAnswers(texts: (string | null)[]): string[] {
  return texts
    .filter((t): t is string => Boolean(t && t.trim()))
    .map((t) =>
      t
        .trim()
        .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email removed]")
        .replace(/(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g, "[number removed]"),
    )
    .sort((a, b) => a.localeCompare(b));
}

/** The trainer's own past sessions, newest first, with how many attendees answered. */
export async function listMyEvaluatedSessions(actor: Actor, now = new Date()) {
  // Any trainer (or admin) may list; the list holds only sessions this person trained.
  assertTrainerOf(actor, [actor.id]);
  const db = await getDb();
  return db
    .select({
      sessionId: session.id,
      startsAt: session.startsAt,
      title: opportunity.title,
      attended: sql<number>`(count(distinct ${booking.id}) filter (where ${came}))::int`,
      post: sql<number>`(count(distinct ${evaluation.id}) filter (where ${evaluation.kind} = 'post'))::int`,
    })
    .from(sessionTrainer)
    .innerJoin(session, eq(session.id, sessionTrainer.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(booking, and(eq(booking.sessionId, session.id), eq(booking.status, "confirmed")))
    .leftJoin(evaluation, eq(evaluation.bookingId, booking.id))
    .where(and(eq(sessionTrainer.personId, actor.id), lt(session.startsAt, now)))
    .groupBy(session.id, opportunity.id)
    .orderBy(desc(session.startsAt))
    .limit(200);
}

export type SessionEvaluations = {
  sessionId: number;
  title: string;
  startsAt: Date;
  attended: number;
  responses: { pre: number; post: number; impact: number };
  responseRates: { pre: number | null; post: number | null; impact: number | null };
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  uplift: number | null;
  averageRating: number | null;
  themes: { theme: string; count: number }[];
  hopes: string[];
  learned: string[];
  changes: string[];
  examples: string[];
};

/** Evaluations of one session, for its trainers (and admins); anyone else is told it does not exist. */
export async function sessionEvaluations(actor: Actor, sessionId: number): Promise<SessionEvaluations> {
  const db = await getDb();
  const [s] = await db
    .select({ id: session.id, startsAt: session.startsAt, title: opportunity.title })
    .from(session)
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(session.id, sessionId));
  if (!s) throw new AuthorizationError("Not found", 404);
  const trainers = await db.select({ id: sessionTrainer.personId }).from(sessionTrainer).where(eq(sessionTrainer.sessionId, sessionId));
  assertTrainerOf(actor, trainers.map((t) => t.id));

  const attendedIds = db
    .select({ id: booking.id })
    .from(booking)
    .where(and(eq(booking.sessionId, sessionId), eq(booking.status, "confirmed"), came));
  const [[counts], byKind, themes, texts] = await Promise.all([
    db.select({ attended: sql<number>`count(*)::int` }).from(booking).where(and(eq(booking.sessionId, sessionId), eq(booking.status, "confirmed"), came)),
    db
      .select({
        kind: evaluation.kind,
        n: sql<number>`count(*)::int`,
        confidence: sql<number | null>`avg(${evaluation.confidence})::float8`,
        rating: sql<number | null>`avg(${evaluation.rating})::float8`,
      })
      .from(evaluation)
      .where(inArray(evaluation.bookingId, attendedIds))
      .groupBy(evaluation.kind),
    db
      .select({ theme: sql<string>`${evaluation.theme}`, count: sql<number>`count(*)::int` })
      .from(evaluation)
      .where(and(inArray(evaluation.bookingId, attendedIds), eq(evaluation.kind, "impact"), sql`${evaluation.theme} is not null`))
      .groupBy(evaluation.theme)
      .orderBy(desc(sql`count(*)`), asc(evaluation.theme)),
    db
      .select({ hopes: evaluation.hopes, learned: evaluation.learned, changes: evaluation.changes, examples: evaluation.examples })
      .from(evaluation)
      .where(inArray(evaluation.bookingId, attendedIds)),
  ]);
  const k = (kind: string) => byKind.find((r) => r.kind === kind);
  const n = (kind: string) => Number(k(kind)?.n ?? 0);
  const avg = (v: number | null | undefined) => (v == null ? null : Number(v));
  const attended = Number(counts?.attended ?? 0);
  const before = avg(k("pre")?.confidence);
  const after = avg(k("post")?.confidence);
  return {
    sessionId: s.id,
    title: s.title,
    startsAt: s.startsAt,
    attended,
    responses: { pre: n("pre"), post: n("post"), impact: n("impact") },
    responseRates: { pre: rate(n("pre"), attended), post: rate(n("post"), attended), impact: rate(n("impact"), attended) },
    confidenceBefore: before,
    confidenceAfter: after,
    uplift: uplift(before, after),
    averageRating: avg(k("post")?.rating),
    themes: themes.map((t) => ({ theme: t.theme, count: Number(t.count) })),
    hopes: anonymiseAnswers(texts.map((t) => t.hopes)),
    learned: anonymiseAnswers(texts.map((t) => t.learned)),
    changes: anonymiseAnswers(texts.map((t) => t.changes)),
    examples: anonymiseAnswers(texts.map((t) => t.examples)),
  };
}
