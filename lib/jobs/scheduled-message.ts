// Scheduled messages: one email at a set time, sent exactly once, for any domain (reminders, waiting-list
// offers and their expiry, approval chasers, evaluation requests, impact follow-ups, membership renewals).
//
//   registerScheduledMessage("evaluation-request", async (payload) => {   // once, from lib/jobs/handlers.ts
//     const b = await loadBooking(payload.bookingId);
//     if (!b || b.attendance !== "attended") return null;                // no longer relevant: send nothing
//     return { to: b.email, template: "evaluation-request", email: await renderEmail(...) };
//   });
//   await scheduleMessage({ kind: "evaluation-request", key: `evaluation:post:booking:${id}`, runAt, payload: { bookingId: id } }, tx);
//
// The key names the message: it is the job's unique key (queuing it twice does nothing) and the sendOnce key
// (retries and a second worker never mail twice). The composer runs at send time, so it re-checks the facts
// (still booked? session still on?) and returns null to drop a message that no longer applies.
import { sendOnce, type Attachment, type RenderedEmail } from "@/lib/mail";
import type { DbOrTx } from "@/db/client";
import { cancelJobs, enqueue, type JobRow } from "./queue";
import { registerJobHandler } from "./registry";

export type ComposedMessage = { to: string; template: string; email: RenderedEmail; attachments?: Attachment[] };
export type MessageComposer = (payload: Record<string, unknown>, context: { key: string; job: JobRow }) => Promise<ComposedMessage | null>;

export type ScheduleMessageInput = {
  /** The composer registered with registerScheduledMessage. */
  kind: string;
  /** Unique for this message, e.g. "reminder:7:booking:42", "offer-expiry:offer:9", "renewal:30:membership:3". */
  key: string;
  /** When to send; now when omitted. */
  runAt?: Date;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
};

export const messageJobKind = (kind: string) => `message:${kind}`;

export function registerScheduledMessage(kind: string, compose: MessageComposer): void {
  registerJobHandler(messageJobKind(kind), async (row) => {
    if (!row.key) throw new Error(`Scheduled message ${kind} has no key`);
    const message = await compose(row.payload, { key: row.key, job: row });
    if (message) await sendOnce({ key: row.key, ...message });
  });
}

/** Queue a message (in the caller's transaction when given one). Returns false when the key was already queued. */
export function scheduleMessage(input: ScheduleMessageInput, db?: DbOrTx): Promise<boolean> {
  return enqueue({ kind: messageJobKind(input.kind), key: input.key, runAt: input.runAt, payload: input.payload, maxAttempts: input.maxAttempts }, db);
}

/** Drop queued messages whose key starts with a prefix (e.g. "reminder:" of a cancelled booking: use the full key). */
export function cancelScheduledMessages(keyPrefix: string, db?: DbOrTx): Promise<void> {
  return cancelJobs(keyPrefix, db);
}
