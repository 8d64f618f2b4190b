// Job kinds and their handlers. Each domain registers its own in lib/jobs/handlers.ts, so a newcomer
// finds every scheduled behaviour in one list.
import type { JobHandler } from "./queue";

const handlers = new Map<string, JobHandler>();

export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

export function registeredKinds(): string[] {
  return [...handlers.keys()];
}
