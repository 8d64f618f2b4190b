// No-show notices to the learner and their line manager, queued when a register closes and sent by a job,
// each exactly once (sendOnce key "noshow-notice:<bookingId>:learner|manager").
import * as React from "react";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { booking, charge, opportunity, person, session } from "@/db/schema";
import { appUrl } from "@/lib/auth/config";
import { formatSessionTimes } from "@/lib/dates";
import { enqueue, registerJobHandler, type JobRow } from "@/lib/jobs";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
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

/** Job handler: render and send one notice. A manager notice with no manager email on record is skipped. */
export async function sendNoShowNotice(payload: NoShowNoticePayload): Promise<"sent" | "duplicate" | "skipped"> {
  const db = await getDb();
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
    .where(eq(booking.id, payload.bookingId));
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

export function registerNoShowJobs(): void {
  registerJobHandler("noshow.notice", async (job: JobRow) => {
    await sendNoShowNotice(job.payload as NoShowNoticePayload);
  });
}
