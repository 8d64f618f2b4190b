// Job kinds and their handlers, and recurring scans. Each domain registers its own from lib/jobs/handlers.ts,
// so a newcomer finds every scheduled behaviour in one list.
import type { JobHandler } from "./queue";

const handlers = new Map<string, JobHandler>();

export type Recurring = { name: string; everySeconds: number; run: () => Promise<void> };
const recurring = new Map<string, Recurring>();

export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/**
 * A scan that runs every `everySeconds` on exactly one instance: the worker queues one job per time bucket
 * with key "recurring:<name>:<bucket>", and the unique key stops the other instances queuing it again.
 */
export function registerRecurring(def: Recurring): void {
  recurring.set(def.name, def);
  handlers.set(`recurring:${def.name}`, () => def.run());
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

export function recurringDefinitions(): Recurring[] {
  return [...recurring.values()];
}
