// The line manager's co-sign of an impact follow-up, authorised by the signed link alone (managers may have
// no account). The page shows the answers; only the POST of its button signs.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { evaluation } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { loadEvaluationContext } from "./context";
import { coSignEvaluationId } from "./links";

export type CoSignView = {
  evaluationId: number;
  learnerName: string;
  courseTitle: string;
  sessionStartsAt: Date;
  changes: string;
  examples: string;
  theme: string | null;
  coSignedAt: Date | null;
};

/** What the manager sees, or null when the link is not genuine, has expired or names nothing to co-sign. */
export async function getCoSignView(token: string | null | undefined, now = new Date()): Promise<CoSignView | null> {
  const id = coSignEvaluationId(token, now);
  if (id == null) return null;
  const db = await getDb();
  const [ev] = await db.select().from(evaluation).where(and(eq(evaluation.id, id), eq(evaluation.kind, "impact")));
  if (!ev || !ev.managerEmail) return null;
  const ctx = await loadEvaluationContext(db, ev.bookingId);
  if (!ctx || ctx.anonymised) return null;
  return {
    evaluationId: ev.id,
    learnerName: ctx.personName ?? ctx.personEmail,
    courseTitle: ctx.opportunityTitle,
    sessionStartsAt: ctx.startsAt,
    changes: ev.changes ?? "",
    examples: ev.examples ?? "",
    theme: ev.theme,
    coSignedAt: ev.managerCoSignedAt,
  };
}

export type CoSignResult = { ok: true; coSignedAt: Date } | { ok: false; reason: "invalid" };

/** Co-sign once; signing again keeps the first time. */
export async function coSignImpact(token: string | null | undefined, now = new Date()): Promise<CoSignResult> {
  const view = await getCoSignView(token, now);
  if (!view) return { ok: false, reason: "invalid" };
  if (view.coSignedAt) return { ok: true, coSignedAt: view.coSignedAt };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(evaluation)
      .set({ managerCoSignedAt: now })
      .where(and(eq(evaluation.id, view.evaluationId), isNull(evaluation.managerCoSignedAt)))
      .returning({ at: evaluation.managerCoSignedAt, managerEmail: evaluation.managerEmail });
    if (!row) {
      const [again] = await tx.select({ at: evaluation.managerCoSignedAt }).from(evaluation).where(eq(evaluation.id, view.evaluationId));
      return { ok: true, coSignedAt: again!.at! } as const;
    }
    await recordAudit({ actorId: null, action: "evaluation.co_signed", entity: "evaluation", entityId: view.evaluationId, details: { by: row.managerEmail } }, tx);
    return { ok: true, coSignedAt: row.at! } as const;
  });
}
