// A Postgres-backed job queue. Jobs are claimed with FOR UPDATE SKIP LOCKED, so any number of app
// instances and `npm run worker` processes can work the same table without taking the same job.
// A claim is a lease: a worker that dies leaves its jobs locked until the lease runs out, then another takes them.
// Handlers must be safe to run twice (a lease can run out under a slow worker); mail is, through sendOnce keys.
import { and, count, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
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
  const escaped = keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  await d
    .update(job)
    .set({ doneAt: new Date(), lastError: "cancelled" })
    .where(and(sql`${job.key} like ${escaped + "%"}`, isNull(job.doneAt), isNull(job.failedAt)));
}

/** Exponential back-off with a cap: 30s, 1m, 2m, 4m ... 1h. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

/**
 * When a failed attempt is tried again: the back-off plus up to 20% jitter, so jobs that failed together
 * (a mail server outage) do not all come back in the same second.
 */
export function retryAt(now: Date, attempt: number, random: () => number = Math.random): Date {
  const seconds = backoffSeconds(attempt) * (1 + 0.2 * random());
  return new Date(now.getTime() + Math.round(seconds * 1000));
}

/** How many jobs some worker holds a live lease on and has not finished (running somewhere right now). */
export async function jobsInFlight(now = new Date()): Promise<number> {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(job)
    .where(and(isNull(job.doneAt), isNull(job.failedAt), gt(job.lockedAt, new Date(now.getTime() - LEASE_SECONDS * 1000))));
  return n;
}

/** Claim up to `limit` due jobs for this worker. */
export async function claimDueJobs(workerId: string, limit: number, now = new Date()): Promise<JobRow[]> {
  const db = await getDb();
  const leaseExpired = new Date(now.getTime() - LEASE_SECONDS * 1000);
  return db.transaction(async (tx) => {
    // A job whose last allowed attempt died with its worker (lease ran out) would otherwise be retried forever.
    // SKIP LOCKED here too, so two workers never wait on each other.
    const dead = tx
      .select({ id: job.id })
      .from(job)
      .where(and(isNull(job.doneAt), isNull(job.failedAt), gte(job.attempts, job.maxAttempts), lte(job.lockedAt, leaseExpired)))
      .for("update", { skipLocked: true });
    await tx
      .update(job)
      .set({ failedAt: now, lockedAt: null, lastError: sql`coalesce(${job.lastError}, 'worker stopped during the last attempt')` })
      .where(inArray(job.id, dead));
    const due = await tx
      .select({ id: job.id })
      .from(job)
      .where(
        and(
          isNull(job.doneAt),
          isNull(job.failedAt),
          lte(job.runAt, now),
          lt(job.attempts, job.maxAttempts),
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

/**
 * Renew this worker's lease on a job just before running it. A batch is claimed at once but run one by one,
 * so without this the last jobs of a slow batch could outlive their lease and be taken twice.
 * Returns false when the job is no longer ours (another worker took it after the lease ran out, or it was cancelled).
 */
export async function renewLease(id: number, workerId: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(job)
    .set({ lockedAt: now })
    .where(and(eq(job.id, id), eq(job.lockedBy, workerId), isNull(job.doneAt), isNull(job.failedAt)))
    .returning({ id: job.id });
  return rows.length > 0;
}

export async function completeJob(id: number, workerId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.update(job).set({ doneAt: now, lockedAt: null, lastError: null }).where(and(eq(job.id, id), eq(job.lockedBy, workerId)));
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
      runAt: exhausted ? row.runAt : retryAt(now, row.attempts),
    })
    .where(and(eq(job.id, row.id), eq(job.lockedBy, workerId), isNull(job.doneAt)));
}

/** Remove finished runs of recurring scans (one per scan per interval) after a while, so the table stays small. */
export async function pruneRecurringRuns(olderThanDays = 7, now = new Date()): Promise<void> {
  const db = await getDb();
  const before = new Date(now.getTime() - olderThanDays * 86_400_000);
  await db.delete(job).where(and(sql`${job.key} like 'recurring:%'`, lt(job.createdAt, before), or(sql`${job.doneAt} is not null`, sql`${job.failedAt} is not null`)));
}
