// The worker loop: claim due jobs, run their handlers, record success or failure with back-off.
// Runs inside every app instance (instrumentation.ts) and as `npm run worker`; both are safe together.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { claimDueJobs, completeJob, enqueue, failJob, jobsInFlight, renewLease, type JobRow } from "./queue";
import { registerAllJobHandlers } from "./handlers";
import { jobHandler, recurringDefinitions } from "./registry";
import { workerWakers } from "./wake";

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export async function runJob(row: JobRow, workerId: string, now?: Date): Promise<"done" | "failed" | "lost"> {
  // The batch was claimed at once; renew the lease now so a slow batch never outlives it, and skip a job
  // that another worker has already taken over (or that was cancelled) meanwhile.
  if (!(await renewLease(row.id, workerId, now ?? new Date()))) return "lost";
  const handler = jobHandler(row.kind);
  try {
    if (!handler) throw new Error(`No handler for job kind "${row.kind}"`);
    await handler(row);
    await completeJob(row.id, workerId, now ?? new Date());
    return "done";
  } catch (err) {
    await failJob(row, workerId, err, now ?? new Date());
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

/**
 * Claim and run one batch. Returns how many jobs were claimed.
 * `now` lets tests step through time (back-off, lease expiry); the worker loop always uses the clock.
 */
export async function runDueJobsOnce(workerId: string, batchSize = 20, now?: Date): Promise<number> {
  registerAllJobHandlers();
  await queueRecurringJobs(now);
  const rows = await claimDueJobs(workerId, batchSize, now);
  for (const row of rows) await runJob(row, workerId, now);
  return rows.length;
}

/** Run everything due now, batch after batch (dev route, tests). */
export async function runAllDueJobs(workerId = newWorkerId(), now?: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await runDueJobsOnce(workerId, 50, now);
    total += n;
    if (n === 0) return total;
  }
}

/**
 * Wait (up to `timeoutMs`) until no worker is running a job. With several app instances, another instance's worker
 * may have claimed a due job a moment before this one looked: "every due job has run" must wait for it too.
 */
export async function waitForJobsInFlight(timeoutMs = 10_000, pollMs = 100): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while ((await jobsInFlight()) > 0) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return true;
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
  let busy = false;
  let wokenWhileBusy = false;

  const tick = async () => {
    if (stopped) return;
    busy = true;
    wokenWhileBusy = false;
    let ran = 0;
    try {
      ran = await runDueJobsOnce(id, batchSize);
    } catch (e) {
      // The database may be restarting: log and keep polling rather than crash the instance.
      (opts.onError ?? ((err) => console.error("[jobs] worker error", err)))(e);
    }
    busy = false;
    if (!stopped) timer = setTimeout(() => (running = tick()), ran >= batchSize || wokenWhileBusy ? 0 : pollMs);
  };
  const wake = () => {
    if (stopped) return;
    if (busy) {
      wokenWhileBusy = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => (running = tick()), 0);
  };
  workerWakers.add(wake);
  timer = setTimeout(() => (running = tick()), 0);
  return {
    id,
    stop: async () => {
      stopped = true;
      workerWakers.delete(wake);
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** Run every recurring scan at once, outside its schedule (the dev route and tests; scans are idempotent). */
export async function runRecurringScansNow(): Promise<void> {
  registerAllJobHandlers();
  for (const r of recurringDefinitions()) await r.run();
}
