// What the people booked on a session are told when the business unit changes it, and when cancelling is then free.
import { describe, expect, it } from "vitest";
import { changedAfterCutoff } from "@/lib/booking/session-change";
import { sessionSavedNotice } from "@/lib/catalogue-admin/saved-notice";
import { attendeeChanges, describeChanges, detailsFromJson, detailsToJson, type SessionDetails } from "@/lib/catalogue-admin/session-changes";

const before: SessionDetails = {
  startsAt: new Date("2027-01-12T09:30:00Z"),
  endsAt: new Date("2027-01-12T12:30:00Z"),
  mode: "venue",
  venueName: "QA Hall",
  venueAddress: "1 Test Street, Norwich",
  district: "North",
  onlineUrl: null,
};

describe("what changed", () => {
  it("names the changed fields people rely on, and nothing for an identical session", () => {
    expect(attendeeChanges(before, { ...before })).toEqual([]);
    expect(attendeeChanges(before, { ...before, endsAt: new Date("2027-01-12T13:00:00Z"), venueName: "QA Hall (Room 2)" })).toEqual(["endsAt", "venueName"]);
  });

  it("says was / now in plain words (Chris's case)", () => {
    const after = { ...before, endsAt: new Date("2027-01-12T13:00:00Z"), venueName: "QA Hall (Room 2)" };
    expect(describeChanges(before, after, { withLink: true })).toEqual([
      { label: "Date and time", was: "Tuesday 12 January 2027, 9:30am to 12:30pm", now: "Tuesday 12 January 2027, 9:30am to 1:00pm" },
      { label: "Where", was: "QA Hall, 1 Test Street, Norwich (North)", now: "QA Hall (Room 2), 1 Test Street, Norwich (North)" },
    ]);
  });

  it("gives the joining link only to people holding a place; a new link alone is no news to anyone else", () => {
    const online = { ...before, mode: "online" as const, venueName: null, venueAddress: null, district: null, onlineUrl: "https://meet.example.org/a" };
    expect(describeChanges(before, online, { withLink: true })).toEqual([{ label: "Where", was: "QA Hall, 1 Test Street, Norwich (North)", now: "Online, joining link https://meet.example.org/a" }]);
    expect(describeChanges(before, online, { withLink: false })).toEqual([{ label: "Where", was: "QA Hall, 1 Test Street, Norwich (North)", now: "Online" }]);
    const newLink = { ...online, onlineUrl: "https://meet.example.org/b" };
    expect(describeChanges(online, newLink, { withLink: true })).toEqual([{ label: "Joining link", was: "https://meet.example.org/a", now: "https://meet.example.org/b" }]);
    expect(describeChanges(online, newLink, { withLink: false })).toEqual([]);
  });

  it("survives the job payload (JSON) unchanged", () => {
    expect(detailsFromJson(JSON.parse(JSON.stringify(detailsToJson(before))))).toEqual(before);
  });
});

describe("free cancellation after a change", () => {
  const cutoff = new Date("2027-01-07T00:00:00Z");
  const bookedAt = new Date("2026-12-01T10:00:00Z");
  it("is not free when the session was never changed", () => {
    expect(changedAfterCutoff(null, bookedAt, cutoff)).toBe(false);
  });

  it("is free only for a change at or after the cut-off", () => {
    expect(changedAfterCutoff(new Date("2027-01-06T23:59:59.999Z"), bookedAt, cutoff)).toBe(false);
    expect(changedAfterCutoff(new Date("2027-01-07T00:00:00Z"), bookedAt, cutoff)).toBe(true);
    expect(changedAfterCutoff(new Date("2027-01-10T09:00:00Z"), bookedAt, cutoff)).toBe(true);
  });

  it("is free only to a booking made before the change", () => {
    const changedAt = new Date("2027-01-08T09:00:00Z");
    expect(changedAfterCutoff(changedAt, new Date("2027-01-09T09:00:00Z"), cutoff)).toBe(false);
    expect(changedAfterCutoff(changedAt, changedAt, cutoff)).toBe(false);
    expect(changedAfterCutoff(changedAt, new Date("2027-01-08T08:59:59.999Z"), cutoff)).toBe(true);
  });

  it("decides on the latest change as a list of every change would (some change after the cut-off and the booking)", () => {
    const times = ["2026-11-20T10:00:00Z", "2027-01-03T10:00:00Z", "2027-01-07T12:00:00Z", "2027-01-09T10:00:00Z"].map((t) => new Date(t));
    const anyOf = (changes: Date[], booked: Date) => changes.some((at) => at >= cutoff && at > booked);
    for (const booked of ["2026-11-01T00:00:00Z", "2026-12-01T10:00:00Z", "2027-01-08T00:00:00Z", "2027-01-09T10:00:00Z", "2027-01-10T00:00:00Z"].map((t) => new Date(t))) {
      for (let n = 0; n <= times.length; n++) {
        const changes = times.slice(0, n);
        expect(changedAfterCutoff(changes.at(-1) ?? null, booked, cutoff)).toBe(anyOf(changes, booked));
      }
    }
  });
});

describe("the business unit's confirmation", () => {
  it("says how many people were told", () => {
    expect(sessionSavedNotice(null)).toBe("Session saved.");
    expect(sessionSavedNotice(0)).toMatch(/^Session saved\. Nobody needed to be emailed/);
    expect(sessionSavedNotice(1)).toBe("Session saved. 1 person booked on it or waiting for a place is being emailed about the change.");
    expect(sessionSavedNotice(3)).toBe("Session saved. 3 people booked on it or waiting for a place are being emailed about the change.");
  });
});
