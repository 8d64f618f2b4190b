// Booking emails. Each notice is queued as a job in the transaction that caused it (so it is never lost) and,
// for the person who acted, also sent straight after commit; sendOnce's key makes the second attempt a no-op.
import * as React from "react";
import { eq } from "drizzle-orm";
import { after } from "next/server";
import { getDb, type DbOrTx } from "@/db/client";
import { approval, booking, opportunity, person, session, waitlistOffer } from "@/db/schema";
import { appUrl } from "@/lib/auth/config";
import { formatDateTime, formatSessionTimes } from "@/lib/dates";
import { enqueue } from "@/lib/jobs/queue";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { createLinkToken } from "@/lib/links/signed";
import { renderEmail, sendOnce, type Attachment } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { BookingApprovalRequestEmail } from "@/emails/booking-approval-request";
import { BookingConfirmedEmail } from "@/emails/booking-confirmed";
import { BookingOfferEmail } from "@/emails/booking-offer";
import { BookingUpdateEmail } from "@/emails/booking-update";
import {
  APPROVAL_REASON_TEXT,
  APPROVAL_REASON_TEXT_FOR_MANAGER,
  cancellationCutoff,
  cutoffWorkingDays,
  lastFreeCancellationMinute,
  waitingListPromise,
  type ApprovalReason,
} from "./rules";
import { venueLine } from "@/lib/catalogue/venue";
import { bookingCalendarFile, bookingCancellationFile, calendarOrganizer, type CalendarBooking } from "./calendar";

export type Notice =
  | { kind: "confirmed"; bookingId: number; via: "booked" | "approved" | "claimed" | "substitute" }
  | { kind: "requested"; bookingId: number }
  | { kind: "approval-request"; bookingId: number; approvalId: number; reminder?: boolean }
  | { kind: "waitlisted"; bookingId: number }
  | { kind: "offer"; bookingId: number; offerId: number }
  | { kind: "approval-declined"; bookingId: number }
  | { kind: "offer-lapsed"; bookingId: number }
  | { kind: "cancelled"; bookingId: number; late: boolean }
  | { kind: "transferred"; bookingId: number; colleagueName: string };

export const NOTICE_JOB = "booking:notice";

export function noticeKey(n: Notice): string {
  switch (n.kind) {
    case "approval-request":
      return n.reminder ? `approval-chaser:${n.approvalId}` : `booking:approval-request:${n.approvalId}`;
    case "offer":
      return `booking:offer:${n.offerId}`;
    default:
      return `booking:${n.kind}:${n.bookingId}`;
  }
}

/** Queue a notice in the caller's transaction and remember it for sending after commit. */
export async function queueNotice(tx: DbOrTx, notice: Notice, collector?: Notice[]): Promise<void> {
  await enqueue({ kind: NOTICE_JOB, payload: notice as unknown as Record<string, unknown>, key: `notice:${noticeKey(notice)}` }, tx);
  collector?.push(notice);
}

/**
 * After commit. Serving a request, the queued jobs send the notices: once the response has gone, this
 * instance's job worker is woken to send them at once (or, where web instances do not work the queue, a
 * dedicated worker sends them within JOB_POLL_MS), so nobody's page waits for email rendering or the mail
 * server. Outside a request (scripts, tests) they are sent now; the queued job then finds them sent.
 */
export async function sendNoticesNow(notices: Notice[]): Promise<void> {
  if (!notices.length) return;
  try {
    after(() => {
      wakeJobWorkers();
    });
    return;
  } catch {
    // Not serving a request: send now.
  }
  for (const n of notices) {
    try {
      await sendNotice(n);
    } catch (err) {
      console.error("[booking] notice will be retried by the job queue", noticeKey(n), err);
    }
  }
}

/**
 * Where the session is, for an email. Only a confirmation carries the calendar file with the joining link; an
 * offer has none, so it says when the link will come instead of pointing at a file that is not there.
 */
function whereText(s: typeof session.$inferSelect, calendarFile: boolean): string {
  if (s.mode === "online") {
    return calendarFile
      ? "Online (the joining link is in your calendar file and reminders)"
      : "Online (we will send you the joining link when you claim the place)";
  }
  return venueLine(s.venueName, s.venueAddress) || "Venue to be confirmed";
}

function calendarBooking(b: typeof booking.$inferSelect, s: typeof session.$inferSelect, o: typeof opportunity.$inferSelect): CalendarBooking {
  return { reference: b.reference, title: o.title, startsAt: s.startsAt, endsAt: s.endsAt, mode: s.mode, venueName: s.venueName, venueAddress: s.venueAddress, onlineUrl: s.onlineUrl };
}

async function loadContext(db: DbOrTx, bookingId: number) {
  const [row] = await db
    .select({ b: booking, s: session, o: opportunity, p: person })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .innerJoin(person, eq(person.id, booking.personId))
    .where(eq(booking.id, bookingId));
  return row ?? null;
}

/** Render and send one notice (idempotent by key). Used by the job handler and straight after commit. */
export async function sendNotice(n: Notice, db?: DbOrTx): Promise<void> {
  const d = db ?? (await getDb());
  const ctx = await loadContext(d, n.bookingId);
  if (!ctx) return;
  const { b, s, o, p } = ctx;
  const partnership = await getPartnership(d);
  const base = { partnershipName: partnership.name };
  const name = p.name ?? p.email;
  const when = formatSessionTimes(s.startsAt, s.endsAt);
  const myLearningUrl = `${appUrl()}/my-learning`;
  const key = noticeKey(n);
  const organizer = calendarOrganizer(partnership.name);
  // Only a booking that was confirmed was ever sent a calendar file (a waiting-list or approval place was not),
  // so only its ending sends the file that takes the event out of the calendar again.
  const cancellationFile = (): Attachment[] =>
    b.confirmedAt ? [bookingCancellationFile(calendarBooking(b, s, o), { cancelledAt: b.cancelledAt ?? b.updatedAt, organizer, attendee: { name, email: p.email } })] : [];
  const removesEvent = (files: Attachment[]) => (files.length ? ["The attached calendar file removes the session from your calendar."] : []);
  const update = async (heading: string, paragraphs: string[], subject: string, attachments: Attachment[] = []) =>
    sendOnce({
      key,
      to: p.email,
      template: `booking-${n.kind}`,
      email: await renderEmail(subject, React.createElement(BookingUpdateEmail, { ...base, name, heading, paragraphs, title: o.title, when, reference: b.reference, myLearningUrl })),
      attachments,
      db: d,
    });

  switch (n.kind) {
    case "confirmed": {
      const freeUntil = lastFreeCancellationMinute(cancellationCutoff(s.startsAt, cutoffWorkingDays(s.cancelCutoffWorkingDays, partnership.policy.cancelCutoffWorkingDays)));
      const lead = {
        booked: "Thank you for booking. Your place is confirmed.",
        approved: "Your line manager has approved your booking, so your place is confirmed.",
        claimed: "You claimed a place from the waiting list. Your place is confirmed.",
        substitute: "A colleague from your organisation has given you their place.",
      }[n.via];
      await sendOnce({
        key,
        to: p.email,
        template: "booking-confirmed",
        email: await renderEmail(
          `Booking confirmed: ${o.title}`,
          React.createElement(BookingConfirmedEmail, {
            ...base,
            name,
            title: o.title,
            when,
            where: whereText(s, true),
            reference: b.reference,
            lead,
            cancelBy: freeUntil && formatDateTime(freeUntil),
            myLearningUrl,
          }),
        ),
        attachments: [bookingCalendarFile(calendarBooking(b, s, o), { issuedAt: b.confirmedAt ?? b.updatedAt, organizer, manageUrl: myLearningUrl })],
        db: d,
      });
      return;
    }
    case "requested": {
      const reason = APPROVAL_REASON_TEXT[(b.approvalReason ?? "course") as ApprovalReason];
      await update(
        "Your booking is waiting for approval",
        [`We have held a place for you and asked your line manager (${b.lineManagerEmail}) to approve it, because ${reason}.`, "We will email you when they decide."],
        `Booking waiting for approval: ${o.title}`,
      );
      return;
    }
    case "approval-request": {
      const [a] = await d.select().from(approval).where(eq(approval.id, n.approvalId));
      if (!a || (n.reminder && a.status !== "pending")) return;
      const token = createLinkToken("approve-booking", a.id, s.startsAt);
      await sendOnce({
        key,
        to: a.managerEmail,
        template: "booking-approval-request",
        email: await renderEmail(
          `${n.reminder ? "Reminder: approve" : "Approve"} ${name}'s place on ${o.title}`,
          React.createElement(BookingApprovalRequestEmail, {
            ...base,
            learnerName: name,
            learnerEmail: p.email,
            title: o.title,
            when,
            reason: APPROVAL_REASON_TEXT_FOR_MANAGER[a.reason as ApprovalReason] ?? a.reason,
            url: `${appUrl()}/approvals/${token}`,
            reminder: Boolean(n.reminder),
          }),
        ),
        db: d,
      });
      return;
    }
    case "waitlisted":
      await update(
        "You are on the waiting list",
        [`The session is full, so we have added you to the waiting list. ${waitingListPromise(partnership.policy.offerClaimWindowHours)}.`],
        `Waiting list: ${o.title}`,
      );
      return;
    case "offer": {
      const [offer] = await d.select().from(waitlistOffer).where(eq(waitlistOffer.id, n.offerId));
      if (!offer) return;
      const token = createLinkToken("claim-offer", offer.id, offer.expiresAt);
      await sendOnce({
        key,
        to: p.email,
        template: "booking-offer",
        email: await renderEmail(
          `A place is available: ${o.title}`,
          React.createElement(BookingOfferEmail, { ...base, name, title: o.title, when, where: whereText(s, false), expires: formatDateTime(offer.expiresAt), url: `${appUrl()}/offers/${token}` }),
        ),
        db: d,
      });
      return;
    }
    case "approval-declined":
      await update("Your booking was not approved", ["Your line manager declined this booking, so the place has been released. Talk to them if you think this is wrong."], `Booking not approved: ${o.title}`);
      return;
    case "offer-lapsed":
      await update("Your waiting-list offer has ended", ["The place we held for you was not claimed in time, so it has been offered to the next person."], `Offer ended: ${o.title}`);
      return;
    case "cancelled": {
      const files = cancellationFile();
      await update(
        n.late ? "Your booking is cancelled (late)" : "Your booking is cancelled",
        [
          ...(n.late
            ? ["You cancelled after the cancellation cut-off, so a late cancellation charge may be invoiced to your organisation.", "Your place has been offered to someone on the waiting list."]
            : ["Your booking is cancelled. There is no charge."]),
          ...removesEvent(files),
        ],
        `Booking cancelled: ${o.title}`,
        files,
      );
      return;
    }
    case "transferred": {
      // The colleague's place is a new booking with its own reference (and event); this one's event goes.
      const files = cancellationFile();
      await update(
        "Your place has been given to a colleague",
        [`${n.colleagueName} will attend in your place. There is no charge.`, ...removesEvent(files)],
        `Place transferred: ${o.title}`,
        files,
      );
      return;
    }
  }
}
