// The "Session changed" email: the business unit changed a session's time, mode, venue or joining link, and
// everyone holding or waiting for a place on it is told once, with what changed (was / now), the updated calendar
// event for those who were sent one, and what to do if they can no longer come.
//
// One job per booking is queued in the transaction that changes the session (queueSessionChangedMails), so the
// emails are never lost and never sent for a change that rolled back. The job key and sendOnce's key are the same
// and name the change (session, moment of the change, booking): a retried job sends nothing twice, and a later
// change is a new email. The job renders from the change it carries (the session before and after), not from the
// session as it is by then, so each email says exactly what that change was.
import * as React from "react";
import { and, eq, inArray } from "drizzle-orm";
import { after } from "next/server";
import { getDb, type Tx } from "@/db/client";
import { booking, opportunity, person, session, waitlistOffer } from "@/db/schema";
import { SessionChangedEmail } from "@/emails/session-changed";
import { appUrl } from "@/lib/auth/config";
import { bookingChangedFile, calendarOrganizer } from "@/lib/booking/calendar";
import { cancellationCutoff, cutoffWorkingDays, lastFreeCancellationMinute } from "@/lib/booking/rules";
import { changedAfterCutoff } from "@/lib/booking/session-change";
import { formatDateTime, formatSessionTimes } from "@/lib/dates";
import { enqueue, type JobRow } from "@/lib/jobs/queue";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { createLinkToken } from "@/lib/links/signed";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { SESSION_CHANGED_JOB } from "./job-kinds";
import { attendeeChanges, describeChanges, detailsFromJson, detailsToJson, sessionDetails, whereWords, type SessionDetails, type SessionDetailsJson } from "./session-changes";

type Holder = "confirmed" | "requested" | "offered" | "waitlisted";

export function sessionChangedKey(sessionId: number, changedAt: Date, bookingId: number): string {
  return `session-changed:${sessionId}:${changedAt.getTime()}:booking:${bookingId}`;
}

/**
 * Queue the email to each person holding or waiting for a place, in the transaction that changed the session.
 * Returns how many people will be told (0 when nothing they rely on changed). `skip`: bookings already being
 * emailed about the session as it now is (a place offered in this same transaction describes the new details).
 *
 * Who: confirmed places, places awaiting their manager's approval, open offers, and the waiting list. The waiting
 * list is told too: they joined for the old time and place, and hearing now lets anyone it no longer suits leave,
 * so the queue moves faster and nobody is offered (and holds for the claim window) a place they cannot take. Only
 * people holding a place were ever given the joining link, so a change of the link alone goes to them only.
 */
export async function queueSessionChangedMails(
  tx: Tx,
  change: { sessionId: number; before: SessionDetails; after: SessionDetails; changedAt: Date },
  skip: ReadonlySet<number> = new Set(),
): Promise<number> {
  const before = sessionDetails(change.before);
  const after = sessionDetails(change.after);
  const changed = attendeeChanges(before, after);
  if (!changed.length) return 0;
  const newsToEveryone = describeChanges(before, after, { withLink: false }).length > 0;
  const holders: Holder[] = newsToEveryone ? ["confirmed", "requested", "offered", "waitlisted"] : ["confirmed"];
  const rows = await tx
    .select({ id: booking.id })
    .from(booking)
    .where(and(eq(booking.sessionId, change.sessionId), inArray(booking.status, holders)))
    .orderBy(booking.id);
  let queued = 0;
  for (const b of rows) {
    if (skip.has(b.id)) continue;
    const payload = { sessionId: change.sessionId, bookingId: b.id, changedAt: change.changedAt.toISOString(), changed, before: detailsToJson(before), after: detailsToJson(after) };
    if (await enqueue({ kind: SESSION_CHANGED_JOB, payload, key: sessionChangedKey(change.sessionId, change.changedAt, b.id) }, tx)) queued++;
  }
  return queued;
}

/** After commit, serving a request: wake this instance's job worker so the emails go at once (else within JOB_POLL_MS). */
export function wakeWorkersAfterResponse(): void {
  try {
    after(() => {
      wakeJobWorkers();
    });
  } catch {
    // Not serving a request (scripts, tests): the worker's next poll sends them.
  }
}

/** The job: render and send one person's email (idempotent by key). */
export async function sendSessionChangedMail(job: Pick<JobRow, "payload">, now = new Date()): Promise<void> {
  const p = job.payload as { sessionId: number; bookingId: number; changedAt: string; before: SessionDetailsJson; after: SessionDetailsJson };
  const bookingId = Number(p.bookingId);
  const changedAt = new Date(p.changedAt);
  const before = detailsFromJson(p.before);
  const changedTo = detailsFromJson(p.after);
  const db = await getDb();
  const [row] = await db
    .select({ b: booking, s: session, title: opportunity.title, email: person.email, name: person.name, anonymisedAt: person.anonymisedAt })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(booking.id, bookingId));
  // Nobody to tell: the person cancelled (or was moved on) since, the session was cancelled or has started.
  if (!row || row.anonymisedAt || row.s.status !== "scheduled" || row.s.startsAt.getTime() <= now.getTime()) return;
  const { b, s } = row;
  if (!["confirmed", "requested", "offered", "waitlisted"].includes(b.status)) return;
  const status = b.status as Holder;
  const holdsPlace = status === "confirmed";
  const changes = describeChanges(before, changedTo, { withLink: holdsPlace });
  if (!changes.length) return;

  const partnership = await getPartnership(db);
  const name = row.name ?? row.email;
  const myLearningUrl = `${appUrl()}/my-learning`;
  // Only a confirmed booking was sent a calendar file (the confirmation and reminders); update that same event.
  const attachments =
    holdsPlace && b.confirmedAt
      ? [
          bookingChangedFile(
            { reference: b.reference, title: row.title, ...changedTo },
            { changedAt, organizer: calendarOrganizer(partnership.name), manageUrl: myLearningUrl },
          ),
        ]
      : [];

  let lead: string;
  let advice: string[];
  let actionUrl = myLearningUrl;
  let actionLabel = "Go to my learning";
  if (holdsPlace) {
    // The same rule the cancellation applies (lib/booking/cancel.ts): free after a change made after the cut-off.
    const cutoff = cancellationCutoff(s.startsAt, cutoffWorkingDays(s.cancelCutoffWorkingDays, partnership.policy.cancelCutoffWorkingDays));
    const free = changedAfterCutoff(s.attendeeChangedAt, b.createdAt, cutoff);
    const freeUntil = lastFreeCancellationMinute(cutoff, now);
    lead = `We have changed the session of ${row.title} you have a place on.`;
    advice = [
      "If you can still come, you do not need to do anything.",
      "If you can no longer come, cancel your place in My learning, or send a colleague from your organisation instead, so the place is not wasted.",
      free
        ? "Because we made this change after the cancellation cut-off, there is no charge if you cancel."
        : freeUntil
          ? `You can cancel without a charge until ${formatDateTime(freeUntil)}; after that a late cancellation charge may apply.`
          : "The time to cancel without a charge has passed, so a cancellation now may be charged: sending a colleague is free.",
    ];
  } else if (status === "offered") {
    const [offer] = await db.select().from(waitlistOffer).where(and(eq(waitlistOffer.bookingId, b.id), eq(waitlistOffer.status, "open")));
    if (!offer) return;
    lead = `We are holding a place for you on ${row.title} until ${formatDateTime(offer.expiresAt)}, and we have changed the session.`;
    advice = ["Claim the place only if the new arrangements suit you. If they do not, decline it, so it goes to the next person on the waiting list."];
    actionUrl = `${appUrl()}/offers/${createLinkToken("claim-offer", offer.id, offer.expiresAt)}`;
    actionLabel = "Claim or decline the place";
  } else if (status === "requested") {
    lead = `We have changed the session of ${row.title} you asked to book. Your line manager has not decided on your request yet.`;
    advice = ["If the new arrangements do not suit you, cancel your request in My learning, so the place goes to someone else."];
  } else {
    lead = `You are on the waiting list for ${row.title}, and we have changed the session.`;
    advice = [
      "If the new arrangements do not suit you, leave the waiting list in My learning, so the next person is offered a place sooner.",
      "If you stay on it and a place comes up, we will email you as before.",
    ];
  }

  const email = await renderEmail(
    `Session changed: ${row.title}`,
    React.createElement(SessionChangedEmail, {
      partnershipName: partnership.name,
      name,
      title: row.title,
      reference: b.reference,
      lead,
      changes,
      when: formatSessionTimes(changedTo.startsAt, changedTo.endsAt),
      where: whereWords(changedTo, holdsPlace),
      calendarFile: attachments.length > 0,
      advice,
      actionUrl,
      actionLabel,
    }),
  );
  await sendOnce({ key: sessionChangedKey(Number(p.sessionId), changedAt, bookingId), to: row.email, template: "session-changed", email, attachments });
}
