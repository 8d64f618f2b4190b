// The email to each person whose booking ended because the business unit cancelled the session.
// Run as a job queued in the cancelling transaction; sendOnce's key makes a retried job a no-op.
import * as React from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, opportunity, person, session } from "@/db/schema";
import { SessionCancelledEmail } from "@/emails/session-cancelled";
import { appUrl } from "@/lib/auth/config";
import { formatSessionTimes } from "@/lib/dates";
import type { JobRow } from "@/lib/jobs/queue";
import { registerJobHandler } from "@/lib/jobs/registry";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { SESSION_CANCELLED_JOB } from "./job-kinds";

export async function sendSessionCancelledMail(job: Pick<JobRow, "payload">): Promise<void> {
  const bookingId = Number(job.payload.bookingId);
  const reason = typeof job.payload.reason === "string" ? job.payload.reason : "";
  const db = await getDb();
  const [row] = await db
    .select({ reference: booking.reference, email: person.email, name: person.name, anonymisedAt: person.anonymisedAt, title: opportunity.title, startsAt: session.startsAt, endsAt: session.endsAt })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(booking.id, bookingId));
  if (!row || row.anonymisedAt) return;
  const p = await getPartnership();
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
    }),
  );
  await sendOnce({ key: `session-cancelled:booking:${bookingId}`, to: row.email, template: "session-cancelled", email });
}

export function registerCatalogueAdminJobs(): void {
  registerJobHandler(SESSION_CANCELLED_JOB, sendSessionCancelledMail);
}
