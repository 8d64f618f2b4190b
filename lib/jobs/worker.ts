// The worker loop: claim due jobs, run their handlers, record success or failure with back-off.
// Runs inside every app instance (instrumentation.ts) and as `npm run worker`; both are safe together.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { claimDueJobs, completeJob, enqueue, failJob, type JobRow } from "./queue";
import { registerAllJobHandlers } from "./handlers";
import { jobHandler, recurringDefinitions } from "./registry";

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export async function runJob(row: JobRow, workerId: string): Promise<"done" | "failed"> {
  const handler = jobHandler(row.kind);
  try {
    if (!handler) throw new Error(`No handler for job kind "${row.kind}"`);
    await handler(row);
    await completeJob(row.id, workerId);
    return "done";
  } catch (err) {
    await failJob(row, workerId, err);
    return "failed";
  }
}

/** Queue the current bucket of every recurring scan (a no-op where another instance already did). */
export async function queueRecurringJobs(now = new Date()): Promise<void> {
  for (const r of recurringDefinitions()) {
    const bucket = Math.floor(now.getTime() / (r.everySeconds * 1000));
    await enqueue({ kind: `recurring:${r.name}`, key: `recurring:${r.name}:${bucket}`, runAt: now, maxAttempts: 3 });
  }
}

/** Claim and run one batch. Returns how many jobs were run. */
export async function runDueJobsOnce(workerId: string, batchSize = 20): Promise<number> {
  registerAllJobHandlers();
  await queueRecurringJobs();
  const rows = await claimDueJobs(workerId, batchSize);
  for (const row of rows) await runJob(row, workerId);
  return rows.length;
}

export type WorkerHandle = { stop: () => Promise<void>; id: string };

/** Poll for due jobs until stopped. A full batch is followed at once by the next; otherwise wait. */
export function startWorker(opts: { pollMs?: number; batchSize?: number; onError?: (e: unknown) => void } = {}): WorkerHandle {
  const id = newWorkerId();
  const pollMs = opts.pollMs ?? Number(process.env.JOB_POLL_MS ?? 5000);
  const batchSize = opts.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    if (stopped) return;
    let ran = 0;
    try {
      ran = await runDueJobsOnce(id, batchSize);
    } catch (e) {
      // The database may be restarting: log and keep polling rather than crash the instance.
      (opts.onError ?? ((err) => console.error("[jobs] worker error", err)))(e);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), ran >= batchSize ? 0 : pollMs);
  };
  timer = setTimeout(() => (running = tick()), 0);
  return {
    id,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
