// The calendar (.ics) file of a booking: the one place that builds it, for the confirmation, every reminder, a
// change to the session and the cancellation. Pure apart from reading the sender address (calendarOrganizer).
//
// - One UID per booking (its reference), in every email, so a calendar keeps one event and updates it. A place
//   given to a colleague becomes a new booking with a new reference: the giver's event is cancelled, the
//   colleague gets their own.
// - SEQUENCE only grows (see calendarSequence), so a later file replaces an earlier one and a cancellation wins.
//   Within one minute: confirmation or reminder (minute) < a change by the business unit (minute + 1) <
//   cancellation (minute + 2).
// - Live events are METHOD:PUBLISH ("add to calendar"), not REQUEST: a REQUEST shows Accept/Decline buttons,
//   and declining in the calendar would neither cancel the place nor reach us (replies go to a no-reply address),
//   leaving a no-show charge. Cancellations must be METHOD:CANCEL: it is the only method mail and calendar
//   clients act on to remove an event; STATUS:CANCELLED marks it for those that import the file instead.
// - The MIME type's method parameter matches METHOD, as RFC 5546 requires and Gmail and Outlook check.
import { createEvent, type EventAttributes } from "ics";
import type { Attachment } from "@/lib/mail";
import { mailFrom } from "@/lib/mail/transport";
import { venueLine } from "@/lib/catalogue/venue";

export type CalendarBooking = {
  reference: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
};

export type CalendarContact = { name: string; email: string };

const PRODUCT_ID = "safeguarding-learning/booking";

/** The event's UID: one per booking, the same in every email about it. */
export function bookingEventUid(reference: string): string {
  return `booking-${reference}@safeguarding-learning`;
}

/**
 * SEQUENCE for a version of the event issued at `at`: minutes since 1970. Each later email about a booking (a
 * reminder after the session moved, the cancellation) carries a higher number without a stored counter, and a
 * retried email repeats its number. Fits the 32-bit INTEGER of RFC 5545 for thousands of years.
 */
export function calendarSequence(at: Date): number {
  return Math.floor(at.getTime() / 60_000);
}

/** The events' organiser: the address the emails come from, so clients accept a cancellation from the same sender. */
export function calendarOrganizer(partnershipName: string): CalendarContact {
  const from = mailFrom();
  return { name: partnershipName, email: from.match(/<([^>]+)>/)?.[1]?.trim() ?? from.trim() };
}

function eventBase(b: CalendarBooking) {
  const location = b.mode === "online" ? (b.onlineUrl ?? "Online") : venueLine(b.venueName, b.venueAddress) || "Venue to be confirmed";
  return {
    uid: bookingEventUid(b.reference),
    start: b.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: b.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location,
    productId: PRODUCT_ID,
  } as const;
}

function ics(attributes: EventAttributes): string {
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("Could not create the calendar file");
  return value;
}

function liveFile(b: CalendarBooking, sequence: number, opts: { organizer: CalendarContact; manageUrl: string }): Attachment {
  const content = ics({
    ...eventBase(b),
    method: "PUBLISH",
    status: "CONFIRMED",
    sequence,
    title: b.title,
    description: `Booking reference ${b.reference}, organised by ${opts.organizer.name}. Manage your booking: ${opts.manageUrl}`,
    url: b.mode === "online" && b.onlineUrl ? b.onlineUrl : opts.manageUrl,
    organizer: opts.organizer,
  });
  return { filename: "session.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content };
}

/** The booked session as an event, for the confirmation and every reminder. `issuedAt`: when this version is sent. */
export function bookingCalendarFile(
  b: CalendarBooking,
  opts: { issuedAt: Date; organizer: CalendarContact; manageUrl: string },
): Attachment {
  return liveFile(b, calendarSequence(opts.issuedAt), opts);
}

/**
 * The event as the business unit has just changed it (time, place or joining link), for the "Session changed"
 * email. `b` is the session as changed; SEQUENCE is one above the minute of the change, so it replaces the
 * confirmation or a reminder even when one went out in the same minute, and a retried email repeats it. (A reminder
 * issued in the next minute carries the same number and the same details; two changes within one minute tie.)
 */
export function bookingChangedFile(b: CalendarBooking, opts: { changedAt: Date; organizer: CalendarContact; manageUrl: string }): Attachment {
  return liveFile(b, calendarSequence(opts.changedAt) + 1, opts);
}

/**
 * Removes the booking's event from the person's calendar: cancelled, given to a colleague, or the session
 * cancelled. SEQUENCE is two above the minute of cancelling, so it outranks every file sent before, even one
 * sent in the same minute (a change, minute + 1, included). RFC 5546 wants the attendee named in a CANCEL.
 */
export function bookingCancellationFile(b: CalendarBooking, opts: { cancelledAt: Date; organizer: CalendarContact; attendee: CalendarContact }): Attachment {
  const content = ics({
    ...eventBase(b),
    method: "CANCEL",
    status: "CANCELLED",
    sequence: calendarSequence(opts.cancelledAt) + 2,
    title: `Cancelled: ${b.title}`,
    description: `Booking reference ${b.reference} is cancelled.`,
    organizer: opts.organizer,
    attendees: [{ name: opts.attendee.name, email: opts.attendee.email, rsvp: false, role: "REQ-PARTICIPANT" }],
  });
  return { filename: "cancelled-session.ics", contentType: "text/calendar; charset=utf-8; method=CANCEL", content };
}
