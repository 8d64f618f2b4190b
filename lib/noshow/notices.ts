// No-show notices to the learner and their line manager, queued when a register closes and sent by a job,
// each exactly once (sendOnce key "noshow-notice:<bookingId>:learner|manager"); and, when a reopened register
// corrects such a no-show, a correction to whoever was sent the notice ("noshow-correction:<bookingId>:…").
import * as React from "react";
import { eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { booking, charge, job, opportunity, person, sentMessage, session } from "@/db/schema";
import { appUrl } from "@/lib/auth/config";
import { formatSessionTimes } from "@/lib/dates";
import { enqueue, registerJobHandler, type JobRow } from "@/lib/jobs";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { NoShowCorrectionEmail } from "@/emails/noshow-correction";
import { NoShowNoticeEmail } from "@/emails/noshow-notice";
import { noShowsInWindow, repeatRuleApplies } from "./repeat-rule";

export type NoShowRecipient = "learner" | "manager";
export type NoShowNoticePayload = { bookingId: number; recipient: NoShowRecipient; noShows: number; repeatRule: boolean };

export const noShowNoticeKey = (bookingId: number, recipient: NoShowRecipient) => `noshow-notice:${bookingId}:${recipient}`;

/** Queue both notices per no-show, deciding now (in the closing transaction) whether the repeat rule applies. */
export async function queueNoShowNotices(tx: DbOrTx, noShows: { bookingId: number; personId: string }[], now = new Date()): Promise<void> {
  if (!noShows.length) return;
  const { policy } = await getPartnership(tx);
  for (const ns of noShows) {
    const noShowCount = await noShowsInWindow(ns.personId, now, tx);
    const repeatRule = repeatRuleApplies(noShowCount, policy);
    for (const recipient of ["learner", "manager"] as const) {
      const payload: NoShowNoticePayload = { bookingId: ns.bookingId, recipient, noShows: noShowCount, repeatRule };
      await enqueue({ kind: "noshow.notice", payload, key: noShowNoticeKey(ns.bookingId, recipient) }, tx);
    }
  }
}

/** What the no-show notice and its correction say about a booking: the person, the session and any charge. */
async function noticeRow(db: Awaited<ReturnType<typeof getDb>>, bookingId: number) {
  const [row] = await db
    .select({
      learnerEmail: person.email,
      learnerName: person.name,
      anonymisedAt: person.anonymisedAt,
      managerEmail: booking.lineManagerEmail,
      personManagerEmail: person.lineManagerEmail,
      attendance: booking.attendance,
      title: opportunity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      chargePence: charge.amountPence,
      chargeWaivedAt: charge.waivedAt,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(charge, eq(charge.bookingId, booking.id))
    .where(eq(booking.id, bookingId));
  return row;
}

/** Job handler: render and send one notice. A manager notice with no manager email on record is skipped. */
export async function sendNoShowNotice(payload: NoShowNoticePayload): Promise<"sent" | "duplicate" | "skipped"> {
  const db = await getDb();
  const row = await noticeRow(db, payload.bookingId);
  // Corrected to attended after a reopen, or the person has since been anonymised: say nothing.
  if (!row || row.attendance !== "no_show" || row.anonymisedAt) return "skipped";
  const to = payload.recipient === "learner" ? row.learnerEmail : (row.managerEmail ?? row.personManagerEmail);
  if (!to) return "skipped";
  const p = await getPartnership(db);
  const learnerName = row.learnerName ?? row.learnerEmail;
  const email = await renderEmail(
    payload.recipient === "learner" ? `You did not attend ${row.title}` : `${learnerName} did not attend ${row.title}`,
    React.createElement(NoShowNoticeEmail, {
      partnershipName: p.name,
      recipient: payload.recipient,
      learnerName,
      courseTitle: row.title,
      when: formatSessionTimes(row.startsAt, row.endsAt),
      chargePence: row.chargePence != null && !row.chargeWaivedAt ? row.chargePence : null,
      repeatRule: payload.repeatRule ? { noShows: payload.noShows, months: p.policy.repeatNoShowMonths } : null,
      attendanceUrl: `${appUrl()}/my-learning/attendance`,
    }),
  );
  return sendOnce({ key: noShowNoticeKey(payload.bookingId, payload.recipient), to, template: "noshow-notice", email });
}

export type NoShowCorrectionPayload = { bookingId: number; recipient: NoShowRecipient };

export const noShowCorrectionKey = (bookingId: number, recipient: NoShowRecipient) => `noshow-correction:${bookingId}:${recipient}`;

/**
 * Called when a register closes (again) with these bookings marked as there: those an earlier close called
 * no-shows (their notices were queued then) get a correction queued for each recipient. Whether anyone was
 * really told is decided when the job runs, once the notice's own job has finished.
 */
export async function queueNoShowCorrections(tx: DbOrTx, bookingIds: number[]): Promise<void> {
  if (!bookingIds.length) return;
  const told = await tx
    .select({ key: job.key })
    .from(job)
    .where(inArray(job.key, bookingIds.map((id) => noShowNoticeKey(id, "learner"))));
  const toldKeys = new Set(told.map((t) => t.key));
  for (const bookingId of bookingIds) {
    if (!toldKeys.has(noShowNoticeKey(bookingId, "learner"))) continue;
    for (const recipient of ["learner", "manager"] as const) {
      const payload: NoShowCorrectionPayload = { bookingId, recipient };
      await enqueue({ kind: "noshow.correction", payload, key: noShowCorrectionKey(bookingId, recipient) }, tx);
    }
  }
}

/** Thrown (so the job retries with back-off) while the notice it corrects has not finished its own job. */
export class NoShowNoticePendingError extends Error {
  constructor(key: string) {
    super(`Waiting for ${key} to finish before deciding on its correction`);
  }
}

/**
 * Job handler: tell the recipient of a sent no-show notice that it was wrong, at the address it went to.
 * Nothing is sent if the notice never went (the notice job stays silent once the mark is corrected), if the
 * mark is "did not attend" again, or if the person has been anonymised.
 */
export async function sendNoShowCorrection(payload: NoShowCorrectionPayload): Promise<"sent" | "duplicate" | "skipped"> {
  const db = await getDb();
  const noticeKey = noShowNoticeKey(payload.bookingId, payload.recipient);
  // A notice job still queued or running may be sending right now: decide only once it has finished.
  const [notice] = await db.select({ doneAt: job.doneAt, failedAt: job.failedAt }).from(job).where(eq(job.key, noticeKey));
  if (notice && !notice.doneAt && !notice.failedAt) throw new NoShowNoticePendingError(noticeKey);
  const [sent] = await db.select({ to: sentMessage.to }).from(sentMessage).where(eq(sentMessage.key, noticeKey));
  if (!sent) return "skipped";
  const row = await noticeRow(db, payload.bookingId);
  if (!row || row.anonymisedAt || (row.attendance !== "attended" && row.attendance !== "partial")) return "skipped";
  const p = await getPartnership(db);
  const learnerName = row.learnerName ?? row.learnerEmail;
  const email = await renderEmail(
    payload.recipient === "learner" ? `Correction: you did attend ${row.title}` : `Correction: ${learnerName} did attend ${row.title}`,
    React.createElement(NoShowCorrectionEmail, {
      partnershipName: p.name,
      recipient: payload.recipient,
      learnerName,
      courseTitle: row.title,
      when: formatSessionTimes(row.startsAt, row.endsAt),
      attendance: row.attendance,
      noChargeDue: row.chargePence == null || row.chargeWaivedAt != null,
      attendanceUrl: `${appUrl()}/my-learning/attendance`,
    }),
  );
  return sendOnce({ key: noShowCorrectionKey(payload.bookingId, payload.recipient), to: sent.to, template: "noshow-correction", email });
}

export function registerNoShowJobs(): void {
  registerJobHandler("noshow.notice", async (job: JobRow) => {
    await sendNoShowNotice(job.payload as NoShowNoticePayload);
  });
  registerJobHandler("noshow.correction", async (job: JobRow) => {
    await sendNoShowCorrection(job.payload as NoShowCorrectionPayload);
  });
}
