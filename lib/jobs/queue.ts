// A Postgres-backed job queue. Jobs are claimed with FOR UPDATE SKIP LOCKED, so any number of app
// instances and `npm run worker` processes can work the same table without taking the same job.
// A claim is a lease: a worker that dies leaves its jobs locked until the lease runs out, then another takes them.
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { job } from "@/db/schema";

export type JobRow = typeof job.$inferSelect;
export type JobHandler = (job: JobRow) => Promise<void>;

/** How long a claimed job is reserved for its worker before others may take it again. */
export const LEASE_SECONDS = Number(process.env.JOB_LEASE_SECONDS ?? 120);

export type EnqueueInput = {
  kind: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** Same key = same job: queuing it again does nothing (e.g. "reminder:7:booking:42"). */
  key?: string;
  maxAttempts?: number;
};

/** Queue a job (in the caller's transaction when given one). Returns false if the key was already queued. */
export async function enqueue(input: EnqueueInput, db?: DbOrTx): Promise<boolean> {
  const d = db ?? (await getDb());
  const rows = await d
    .insert(job)
    .values({
      kind: input.kind,
      payload: input.payload ?? {},
      runAt: input.runAt ?? new Date(),
      key: input.key ?? null,
      maxAttempts: input.maxAttempts ?? 8,
    })
    .onConflictDoNothing({ target: job.key })
    .returning({ id: job.id });
  return rows.length > 0;
}

/** Move a queued (not yet done) job to a new time, e.g. when a session is rescheduled. */
export async function rescheduleJob(key: string, runAt: Date, db?: DbOrTx): Promise<void> {
  const d = db ?? (await getDb());
  await d.update(job).set({ runAt }).where(and(eq(job.key, key), isNull(job.doneAt)));
}

/** Cancel queued jobs whose key starts with a prefix (e.g. all reminders of a cancelled booking). */
export async function cancelJobs(keyPrefix: string, db?: DbOrTx): Promise<void> {
  const d = db ?? (await getDb());
  await d
    .update(job)
    .set({ doneAt: new Date(), lastError: "cancelled" })
    .where(and(sql`${job.key} like ${keyPrefix + "%"}`, isNull(job.doneAt), isNull(job.failedAt)));
}

/** Exponential back-off with a cap: 30s, 1m, 2m, 4m ... 1h. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

/** Claim up to `limit` due jobs for this worker. */
export async function claimDueJobs(workerId: string, limit: number, now = new Date()): Promise<JobRow[]> {
  const db = await getDb();
  const leaseExpired = new Date(now.getTime() - LEASE_SECONDS * 1000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: job.id })
      .from(job)
      .where(
        and(
          isNull(job.doneAt),
          isNull(job.failedAt),
          lte(job.runAt, now),
          or(isNull(job.lockedAt), lte(job.lockedAt, leaseExpired)),
        ),
      )
      .orderBy(job.runAt, job.id)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(job)
      .set({ lockedAt: now, lockedBy: workerId, attempts: sql`${job.attempts} + 1` })
      .where(sql`${job.id} in (${sql.join(due.map((d) => sql`${d.id}`), sql`, `)})`)
      .returning();
  });
}

export async function completeJob(id: number, workerId: string): Promise<void> {
  const db = await getDb();
  await db.update(job).set({ doneAt: new Date(), lockedAt: null, lastError: null }).where(and(eq(job.id, id), eq(job.lockedBy, workerId)));
}

export async function failJob(row: JobRow, workerId: string, error: unknown, now = new Date()): Promise<void> {
  const db = await getDb();
  const message = error instanceof Error ? error.message : String(error);
  const exhausted = row.attempts >= row.maxAttempts;
  await db
    .update(job)
    .set({
      lockedAt: null,
      lastError: message.slice(0, 2000),
      failedAt: exhausted ? now : null,
      runAt: exhausted ? row.runAt : new Date(now.getTime() + backoffSeconds(row.attempts) * 1000),
    })
    .where(and(eq(job.id, row.id), eq(job.lockedBy, workerId)));
}
