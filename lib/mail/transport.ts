// Delivery: real SMTP when SMTP_URL is set, otherwise the dev outbox table (read at /dev/outbox).
import type { Transporter } from "nodemailer";
import { devOutbox } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type Attachment = { filename: string; contentType: string; content: string | Buffer };
export type MailMessage = { to: string; subject: string; html: string; text: string; attachments?: Attachment[]; messageId?: string };

const g = globalThis as unknown as { __lscpSmtp?: Transporter };

export function usingDevOutbox(): boolean {
  return !process.env.SMTP_URL;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Safeguarding learning <no-reply@example.org>";
}

async function smtp(): Promise<Transporter> {
  if (!g.__lscpSmtp) {
    const nodemailer = await import("nodemailer");
    g.__lscpSmtp = nodemailer.createTransport(process.env.SMTP_URL!);
  }
  return g.__lscpSmtp;
}

/** Hand a message to SMTP or write it to the dev outbox (inside the caller's transaction). */
export async function deliver(db: DbOrTx, msg: MailMessage): Promise<void> {
  if (usingDevOutbox()) {
    await db.insert(devOutbox).values({
      to: msg.to.toLowerCase(),
      subject: msg.subject,
      html: msg.html,
      text: msg.text,
      attachments: (msg.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.isBuffer(a.content) ? a.content.toString("base64") : Buffer.from(a.content).toString("base64"),
      })),
    });
    return;
  }
  const t = await smtp();
  await t.sendMail({ from: mailFrom(), ...msg });
}

/** For tests that swap SMTP servers. */
export function resetSmtpTransport(): void {
  g.__lscpSmtp?.close();
  g.__lscpSmtp = undefined;
}
