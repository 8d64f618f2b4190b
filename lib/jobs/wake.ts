// Waking this process's job workers: code that has just queued a job (an email) asks for it to run now rather
// than at the next poll. On globalThis because Next bundles lib/ into more than one module graph
// (instrumentation and routes), and a route must reach the worker that instrumentation started.
const g = globalThis as unknown as { __lscpWorkerWakers?: Set<() => void> };

/** The wake-up functions of the workers running in this process (lib/jobs/worker.ts adds and removes them). */
export const workerWakers: Set<() => void> = (g.__lscpWorkerWakers ??= new Set());

/**
 * Ask this process's workers to look for due jobs now. Returns false when no worker runs here: then the
 * dedicated workers (`npm run worker`) pick the job up within JOB_POLL_MS.
 */
export function wakeJobWorkers(): boolean {
  for (const wake of workerWakers) wake();
  return workerWakers.size > 0;
}
