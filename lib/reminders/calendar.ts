// The .ics attachment for a session, so the reminder puts the date (and where to go) in the person's calendar.
import { createEvent } from "ics";
import type { Attachment } from "@/lib/mail";
import { venueLine } from "@/lib/catalogue/venue";

export type CalendarSession = {
  sessionId: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
  organiser: string;
};

export function sessionCalendarFile(s: CalendarSession): Attachment {
  const location = s.mode === "online" ? (s.onlineUrl ?? "Online") : venueLine(s.venueName, s.venueAddress);
  const { error, value } = createEvent({
    // Same UID in every email about this session: calendars update the one event instead of adding copies.
    uid: `session-${s.sessionId}@safeguarding-learning`,
    title: s.title,
    start: s.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: s.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location: location || undefined,
    url: s.mode === "online" && s.onlineUrl ? s.onlineUrl : undefined,
    description: `${s.title}, organised by ${s.organiser}.`,
    status: "CONFIRMED",
    productId: "safeguarding-learning",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return { filename: "session.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: value };
}
