// Builds one reminder email at send time from the booking as it is then (run by the job, not by a person).
import * as React from "react";
import { ReminderConfirmEmail } from "@/emails/reminder-confirm";
import { ReminderJoiningEmail } from "@/emails/reminder-joining";
import { appUrl } from "@/lib/auth/config";
import { bookingCalendarFile, calendarOrganizer } from "@/lib/booking/calendar";
import { formatPence } from "@/lib/charges/calculate";
import { formatDate, formatSessionTimes } from "@/lib/dates";
import type { ComposedMessage } from "@/lib/jobs";
import { createLinkToken } from "@/lib/links/signed";
import { renderEmail } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { loadReminderBooking, missedPlaceTerms, placeIsLive, waitingCount } from "./booking-view";
import { isConfirmReminder } from "./timing";

export const REMINDER_TEMPLATES = { confirm: "reminder-confirm", joining: "reminder-joining" } as const;

/** The reminder for `days` before, or null when the place is no longer booked or the session is off. */
export async function composeReminder(payload: Record<string, unknown>, now = new Date()): Promise<ComposedMessage | null> {
  const bookingId = Number(payload.bookingId);
  const days = Number(payload.days);
  const b = await loadReminderBooking(bookingId);
  if (!b || !placeIsLive(b, now)) return null;
  const p = await getPartnership();
  const when = formatSessionTimes(b.startsAt, b.endsAt);
  const terms = missedPlaceTerms(b, p.policy);
  const charge = terms.chargePence > 0 ? formatPence(terms.chargePence) : null;
  const joining = { mode: b.mode, venueName: b.venueName, venueAddress: b.venueAddress, onlineUrl: b.onlineUrl };
  const common = { partnershipName: p.name, personName: b.personName, opportunityTitle: b.title, when, reference: b.reference, charge, ...joining };
  // The booking's event, as in the confirmation: same UID, and a higher SEQUENCE (issued now), so the calendar
  // updates that event (with any new time or place) instead of adding a second one.
  const attachments = [
    bookingCalendarFile(
      { reference: b.reference, title: b.title, startsAt: b.startsAt, endsAt: b.endsAt, ...joining },
      { issuedAt: now, organizer: calendarOrganizer(p.name), manageUrl: `${appUrl()}/my-learning` },
    ),
  ];

  if (isConfirmReminder(days, p.policy.reminderDaysBefore)) {
    // Links work until the session starts; after that there is nothing left to confirm or release.
    const link = (path: string, purpose: "confirm-place" | "release-place") =>
      `${appUrl()}${path}?token=${encodeURIComponent(createLinkToken(purpose, b.id, b.startsAt))}`;
    const email = await renderEmail(
      `${b.attendanceConfirmedAt ? "Reminder" : "Please confirm your place"}: ${b.title}, ${formatDate(b.startsAt)}`,
      React.createElement(ReminderConfirmEmail, {
        ...common,
        waitingCount: await waitingCount(b.sessionId),
        freeReleaseUntil: terms.freeReleaseUntil.getTime() > now.getTime() ? formatDate(terms.freeReleaseUntil) : null,
        confirmUrl: link("/reminders/confirm", "confirm-place"),
        releaseUrl: link("/reminders/release", "release-place"),
        alreadyConfirmed: Boolean(b.attendanceConfirmedAt),
      }),
    );
    return { to: b.email, template: REMINDER_TEMPLATES.confirm, email, attachments };
  }
  const email = await renderEmail(
    `Joining instructions: ${b.title}, ${formatDate(b.startsAt)}`,
    React.createElement(ReminderJoiningEmail, { ...common, myLearningUrl: `${appUrl()}/my-learning` }),
  );
  return { to: b.email, template: REMINDER_TEMPLATES.joining, email, attachments };
}
