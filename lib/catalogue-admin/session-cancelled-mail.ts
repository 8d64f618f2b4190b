// The email to each person whose booking ended because the business unit cancelled the session.
// Run as a job queued in the cancelling transaction; sendOnce's key makes a retried job a no-op.
import * as React from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, opportunity, person, session } from "@/db/schema";
import { SessionCancelledEmail } from "@/emails/session-cancelled";
import { appUrl } from "@/lib/auth/config";
import { bookingCancellationFile, calendarOrganizer } from "@/lib/booking/calendar";
import { formatSessionTimes } from "@/lib/dates";
import type { JobRow } from "@/lib/jobs/queue";
import { registerJobHandler } from "@/lib/jobs/registry";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { SESSION_CANCELLED_JOB, SESSION_CHANGED_JOB } from "./job-kinds";
import { sendSessionChangedMail } from "./session-changed-mail";

export async function sendSessionCancelledMail(job: Pick<JobRow, "payload">): Promise<void> {
  const bookingId = Number(job.payload.bookingId);
  const reason = typeof job.payload.reason === "string" ? job.payload.reason : "";
  const db = await getDb();
  const [row] = await db
    .select({
      reference: booking.reference,
      confirmedAt: booking.confirmedAt,
      cancelledAt: booking.cancelledAt,
      updatedAt: booking.updatedAt,
      email: person.email,
      name: person.name,
      anonymisedAt: person.anonymisedAt,
      title: opportunity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      mode: session.mode,
      venueName: session.venueName,
      venueAddress: session.venueAddress,
      onlineUrl: session.onlineUrl,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(booking.id, bookingId));
  if (!row || row.anonymisedAt) return;
  const p = await getPartnership();
  // A confirmed place was sent the booking's calendar event; cancel that event (waiting-list and approval places
  // never had one).
  const attachments = row.confirmedAt
    ? [bookingCancellationFile(row, { cancelledAt: row.cancelledAt ?? row.updatedAt, organizer: calendarOrganizer(p.name), attendee: { name: row.name ?? row.email, email: row.email } })]
    : [];
  const email = await renderEmail(
    `Cancelled: ${row.title}`,
    React.createElement(SessionCancelledEmail, {
      partnershipName: p.name,
      personName: row.name,
      opportunityTitle: row.title,
      when: formatSessionTimes(row.startsAt, row.endsAt),
      reason,
      reference: row.reference,
      catalogueUrl: `${appUrl()}/catalogue`,
      calendarFile: attachments.length > 0,
    }),
  );
  await sendOnce({ key: `session-cancelled:booking:${bookingId}`, to: row.email, template: "session-cancelled", email, attachments });
}

export function registerCatalogueAdminJobs(): void {
  registerJobHandler(SESSION_CANCELLED_JOB, sendSessionCancelledMail);
  registerJobHandler(SESSION_CHANGED_JOB, (job) => sendSessionChangedMail(job));
}
