// Sending mail exactly once per key: the key is recorded in the same transaction that hands the message
// over, so a retry after success finds the key and skips; a failed hand-over rolls the key back.
import { createHash } from "node:crypto";
import type * as React from "react";
import { render } from "@react-email/components";
import { getDb, type DbOrTx } from "@/db/client";
import { sentMessage } from "@/db/schema";
import { deliver, type Attachment } from "./transport";

export type RenderedEmail = { subject: string; html: string; text: string };

export async function renderEmail(subject: string, element: React.ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

export type SendOptions = {
  key: string;
  to: string;
  template: string;
  email: RenderedEmail;
  attachments?: Attachment[];
  db?: DbOrTx;
};

/** Send once per key. Returns "duplicate" when this key was already sent. Throws if delivery fails. */
export async function sendOnce(opts: SendOptions): Promise<"sent" | "duplicate"> {
  const db = opts.db ?? (await getDb());
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(sentMessage)
      .values({ key: opts.key, to: opts.to.toLowerCase(), subject: opts.email.subject, template: opts.template })
      .onConflictDoNothing({ target: sentMessage.key })
      .returning({ id: sentMessage.id });
    if (inserted.length === 0) return "duplicate";
    // A Message-ID derived from the key lets receiving servers drop the one duplicate SMTP cannot rule out
    // (a crash after the server accepted the message but before our commit).
    const messageId = `<${createHash("sha256").update(opts.key).digest("hex").slice(0, 32)}@safeguarding-learning>`;
    await deliver(tx, { to: opts.to, ...opts.email, attachments: opts.attachments, messageId });
    return "sent";
  });
}

export { usingDevOutbox, type Attachment } from "./transport";
