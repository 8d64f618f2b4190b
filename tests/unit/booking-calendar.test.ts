import { describe, expect, it } from "vitest";
import { bookingCalendarFile, bookingCancellationFile, bookingChangedFile, bookingEventUid, calendarOrganizer, type CalendarBooking } from "@/lib/booking/calendar";

const booked: CalendarBooking = {
  reference: "BK-ABCD-EFGH",
  title: "Working with neglect",
  startsAt: new Date("2027-03-10T09:30:00Z"),
  endsAt: new Date("2027-03-10T16:30:00Z"),
  mode: "venue",
  venueName: "County Hall",
  venueAddress: "Martineau Lane, Norwich NR1 2DH",
  onlineUrl: null,
};
const organizer = { name: "Test Partnership", email: "no-reply@example.org" };
const manageUrl = "https://learning.example.org/my-learning";

const text = (a: { content: string | Buffer }) => a.content.toString().replace(/\r\n[ \t]/g, "");
const prop = (ics: string, name: string) => ics.split("\r\n").filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
const sequence = (ics: string) => Number(prop(ics, "SEQUENCE")[0]?.split(":")[1]);

describe("a booking's calendar event", () => {
  const bookedAt = new Date("2027-02-01T10:00:00Z");
  const confirmation = text(bookingCalendarFile(booked, { issuedAt: bookedAt, organizer, manageUrl }));
  const reminder = text(bookingCalendarFile(booked, { issuedAt: new Date("2027-03-03T09:30:00Z"), organizer, manageUrl }));

  it("has one UID per booking, the same in the confirmation and every reminder", () => {
    expect(prop(confirmation, "UID")).toEqual([`UID:${bookingEventUid(booked.reference)}`]);
    expect(prop(reminder, "UID")).toEqual(prop(confirmation, "UID"));
    const other = text(bookingCalendarFile({ ...booked, reference: "BK-WXYZ-2345" }, { issuedAt: bookedAt, organizer, manageUrl }));
    expect(prop(other, "UID")).not.toEqual(prop(confirmation, "UID"));
  });

  it("is published (no Accept/Decline), confirmed, with a SEQUENCE that grows with each later version", () => {
    expect(prop(confirmation, "METHOD")).toEqual(["METHOD:PUBLISH"]);
    expect(prop(confirmation, "STATUS")).toEqual(["STATUS:CONFIRMED"]);
    expect(prop(confirmation, "ATTENDEE")).toEqual([]);
    expect(prop(confirmation, "ORGANIZER")[0]).toContain("MAILTO:no-reply@example.org");
    expect(sequence(confirmation)).toBeGreaterThan(0);
    expect(sequence(reminder)).toBeGreaterThan(sequence(confirmation));
    expect(bookingCalendarFile(booked, { issuedAt: bookedAt, organizer, manageUrl }).contentType).toBe("text/calendar; charset=utf-8; method=PUBLISH");
  });

  it("says when and where: UTC times, the venue or the joining link", () => {
    expect(prop(confirmation, "DTSTART")).toEqual(["DTSTART:20270310T093000Z"]);
    expect(prop(confirmation, "DTEND")).toEqual(["DTEND:20270310T163000Z"]);
    expect(prop(confirmation, "LOCATION")[0]).toContain("County Hall");
    const online = text(bookingCalendarFile({ ...booked, mode: "online", venueName: null, venueAddress: null, onlineUrl: "https://meet.example.org/x" }, { issuedAt: bookedAt, organizer, manageUrl }));
    expect(prop(online, "LOCATION")).toEqual(["LOCATION:https://meet.example.org/x"]);
    expect(prop(online, "URL")).toEqual(["URL:https://meet.example.org/x"]);
  });
});

describe("the cancelling calendar file", () => {
  const bookedAt = new Date("2027-02-01T10:00:00Z");
  const attendee = { name: "Ada Jones", email: "ada@example.org" };

  it("cancels the same event: METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE", () => {
    const live = text(bookingCalendarFile(booked, { issuedAt: bookedAt, organizer, manageUrl }));
    const file = bookingCancellationFile(booked, { cancelledAt: new Date("2027-02-05T12:00:00Z"), organizer, attendee });
    const cancel = text(file);
    expect(file.contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
    expect(prop(cancel, "METHOD")).toEqual(["METHOD:CANCEL"]);
    expect(prop(cancel, "STATUS")).toEqual(["STATUS:CANCELLED"]);
    expect(prop(cancel, "UID")).toEqual(prop(live, "UID"));
    expect(sequence(cancel)).toBeGreaterThan(sequence(live));
    expect(prop(cancel, "ATTENDEE")[0]).toContain("mailto:ada@example.org");
    expect(prop(cancel, "ORGANIZER")).toEqual(prop(live, "ORGANIZER"));
  });

  it("outranks a confirmation or reminder issued in the same minute", () => {
    const at = new Date("2027-02-01T10:00:30Z");
    const live = text(bookingCalendarFile(booked, { issuedAt: at, organizer, manageUrl }));
    const cancel = text(bookingCancellationFile(booked, { cancelledAt: new Date("2027-02-01T10:00:59Z"), organizer, attendee }));
    expect(sequence(cancel)).toBeGreaterThan(sequence(live));
  });
});

describe("the updated event after the business unit changes the session", () => {
  const at = new Date("2027-02-01T10:00:30Z");
  const moved: CalendarBooking = { ...booked, endsAt: new Date("2027-03-10T17:00:00Z"), venueName: "County Hall (Room 2)" };
  const attendee = { name: "Ada Jones", email: "ada@example.org" };

  it("is the same event (UID), published, with the new details", () => {
    const file = bookingChangedFile(moved, { changedAt: at, organizer, manageUrl });
    const ics = text(file);
    expect(file.contentType).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    expect(prop(ics, "UID")).toEqual([`UID:${bookingEventUid(booked.reference)}`]);
    expect(prop(ics, "METHOD")).toEqual(["METHOD:PUBLISH"]);
    expect(prop(ics, "DTEND")).toEqual(["DTEND:20270310T170000Z"]);
    expect(prop(ics, "LOCATION")[0]).toContain("County Hall (Room 2)");
  });

  it("outranks a confirmation or reminder of the same minute, and a cancellation of the same minute outranks it", () => {
    const live = text(bookingCalendarFile(booked, { issuedAt: new Date("2027-02-01T10:00:59Z"), organizer, manageUrl }));
    const changed = text(bookingChangedFile(moved, { changedAt: at, organizer, manageUrl }));
    const cancel = text(bookingCancellationFile(moved, { cancelledAt: new Date("2027-02-01T10:00:45Z"), organizer, attendee }));
    expect(sequence(changed)).toBeGreaterThan(sequence(live));
    expect(sequence(cancel)).toBeGreaterThan(sequence(changed));
    // A retried email repeats its number.
    expect(sequence(text(bookingChangedFile(moved, { changedAt: at, organizer, manageUrl })))).toBe(sequence(changed));
  });
});

describe("the organiser", () => {
  it("is the address the emails come from", () => {
    const before = process.env.MAIL_FROM;
    try {
      process.env.MAIL_FROM = "Norfolk Safeguarding <learning@nscp.example.org>";
      expect(calendarOrganizer("NSCP")).toEqual({ name: "NSCP", email: "learning@nscp.example.org" });
      process.env.MAIL_FROM = "plain@example.org";
      expect(calendarOrganizer("NSCP").email).toBe("plain@example.org");
    } finally {
      if (before === undefined) delete process.env.MAIL_FROM;
      else process.env.MAIL_FROM = before;
    }
  });
});
