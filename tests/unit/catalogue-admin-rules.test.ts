import { describe, expect, it } from "vitest";
import { checkCapacity, checkStart } from "@/lib/catalogue-admin/capacity";
import { opportunitySchema } from "@/lib/catalogue-admin/opportunity-schema";
import { sessionSchema } from "@/lib/catalogue-admin/session-schema";
import { existsInLondon, parseDateParts, parseTimeOfDay, sessionTimes } from "@/lib/catalogue-admin/session-time";
import { slugify, uniqueSlug } from "@/lib/catalogue-admin/slug";

describe("opportunity slugs", () => {
  it("makes a readable web address from the title", () => {
    expect(slugify("Neglect: recognising & responding (Level 2)")).toBe("neglect-recognising-and-responding-level-2");
    expect(slugify("  Children’s  Voice — Café session ")).toBe("childrens-voice-cafe-session");
    expect(slugify("!!!")).toBe("opportunity");
    expect(slugify("a".repeat(120)).length).toBeLessThanOrEqual(80);
  });

  it("adds -2, -3 … when the slug is already used", () => {
    expect(uniqueSlug("neglect", new Set())).toBe("neglect");
    expect(uniqueSlug("neglect", new Set(["neglect"]))).toBe("neglect-2");
    expect(uniqueSlug("neglect", new Set(["neglect", "neglect-2", "neglect-3"]))).toBe("neglect-4");
  });
});

describe("session dates and times (London wall clock → UTC)", () => {
  it("reads the GOV.UK date boxes, accepting month names and refusing impossible dates", () => {
    expect(parseDateParts({ day: "27", month: "3", year: "2027" })).toEqual({ year: 2027, month: 3, day: 27 });
    expect(parseDateParts({ day: "1", month: "July", year: "2027" })).toEqual({ year: 2027, month: 7, day: 1 });
    expect(parseDateParts({ day: "29", month: "2", year: "2027" })).toBeNull();
    expect(parseDateParts({ day: "29", month: "2", year: "2028" })).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDateParts({ day: "0", month: "1", year: "2027" })).toBeNull();
    expect(parseDateParts({ day: "1", month: "13", year: "2027" })).toBeNull();
    expect(parseDateParts({ day: "1", month: "1", year: "27" })).toBeNull();
  });

  it("reads times in 24-hour and am/pm forms", () => {
    expect(parseTimeOfDay("9:30")).toBe(570);
    expect(parseTimeOfDay("09.30")).toBe(570);
    expect(parseTimeOfDay("9:30am")).toBe(570);
    expect(parseTimeOfDay("4:30 pm")).toBe(990);
    expect(parseTimeOfDay("12pm")).toBe(720);
    expect(parseTimeOfDay("12am")).toBe(0);
    expect(parseTimeOfDay("9")).toBeNull();
    expect(parseTimeOfDay("24:00")).toBeNull();
    expect(parseTimeOfDay("13pm")).toBeNull();
    expect(parseTimeOfDay("9:75")).toBeNull();
  });

  it("stores British Summer Time one hour behind, and Greenwich Mean Time as is", () => {
    const summer = sessionTimes({ day: "1", month: "7", year: "2027" }, "10:00", "16:00")!;
    expect(summer.startsAt.toISOString()).toBe("2027-07-01T09:00:00.000Z");
    expect(summer.endsAt.toISOString()).toBe("2027-07-01T15:00:00.000Z");
    const winter = sessionTimes({ day: "14", month: "1", year: "2027" }, "10:00", "4pm")!;
    expect(winter.startsAt.toISOString()).toBe("2027-01-14T10:00:00.000Z");
    expect(winter.endsAt.toISOString()).toBe("2027-01-14T16:00:00.000Z");
  });

  it("gets the clocks-change days right", () => {
    // Clocks go forward at 01:00 GMT on Sunday 28 March 2027 and back at 02:00 BST on Sunday 31 October 2027.
    const spring = sessionTimes({ day: "28", month: "3", year: "2027" }, "00:30", "09:00")!;
    expect(spring.startsAt.toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(spring.endsAt.toISOString()).toBe("2027-03-28T08:00:00.000Z");
    const autumn = sessionTimes({ day: "31", month: "10", year: "2027" }, "09:00", "17:00")!;
    expect(autumn.startsAt.toISOString()).toBe("2027-10-31T09:00:00.000Z");
  });
});

describe("capacity", () => {
  it("may not drop below the places already taken", () => {
    expect(checkCapacity(10, 10)).toEqual({ ok: true });
    expect(checkCapacity(12, 3)).toEqual({ ok: true });
    const refused = checkCapacity(5, 6);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/at least 6/);
  });
});

const session = (over: Record<string, unknown> = {}) => ({
  day: "1", month: "7", year: "2027", startTime: "9:30", endTime: "16:30", mode: "venue", venueName: "County Hall", venueAddress: "Martineau Lane",
  district: "Norwich", onlineUrl: "", capacity: "20", trainerIds: [], sectorCapPercent: "", balanceUntilDays: "", cancelCutoffWorkingDays: "", ...over,
});
const firstErrors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).reverse().map((i) => [String(i.path[0]), i.message]));

describe("session form", () => {
  it("gives one GOV.UK message per question, even when several answers are wrong at once", () => {
    const e = firstErrors(sessionSchema.safeParse(session({ day: "31", month: "2", capacity: "", endTime: "9:00", venueName: "" })));
    expect(e.date).toBe("Date of the session must be a real date, like 27 3 2027");
    expect(e.capacity).toBe("Enter the number of places");
    expect(e.venueName).toBe("Enter the venue name");
    expect(firstErrors(sessionSchema.safeParse(session({ endTime: "9:00" }))).endTime).toBe("End time must be after the start time");
    expect(firstErrors(sessionSchema.safeParse(session({ day: "", month: "", year: "" }))).date).toBe("Enter the date of the session");
  });

  it("needs a joining link for online sessions and drops venue answers", () => {
    expect(firstErrors(sessionSchema.safeParse(session({ mode: "online" }))).onlineUrl).toBe("Enter the online joining link");
    expect(firstErrors(sessionSchema.safeParse(session({ mode: "online", onlineUrl: "javascript:alert(1)" }))).onlineUrl).toMatch(/correct format/);
    const ok = sessionSchema.parse(session({ mode: "online", onlineUrl: "https://meet.example.org/x", trainerIds: "t1" }));
    expect(ok).toMatchObject({ mode: "online", venueName: null, district: null, onlineUrl: "https://meet.example.org/x", trainerIds: ["t1"], capacity: 20 });
  });

  it("asks for both balance answers or neither", () => {
    expect(firstErrors(sessionSchema.safeParse(session({ sectorCapPercent: "40" }))).balanceUntilDays).toMatch(/days before/);
    expect(firstErrors(sessionSchema.safeParse(session({ sectorCapPercent: "140", balanceUntilDays: "7" }))).sectorCapPercent).toMatch(/between 1 and 100/);
    expect(sessionSchema.parse(session({ sectorCapPercent: "40", balanceUntilDays: "14" }))).toMatchObject({ sectorCapPercent: 40, balanceUntilDays: 14 });
  });
});

describe("opportunity form", () => {
  it("splits outcomes by line and reads the settings boxes", () => {
    const r = opportunitySchema.parse({
      title: " Neglect ", type: "course", topic: "Neglect", level: "Universal", audience: "All", summary: "S", description: "D",
      outcomes: "Spot neglect\r\n\r\n  Act on it ", prerequisites: " ", prerequisiteOpportunityIds: ["3", "4"], duration: "half_day", settings: "published",
    });
    expect(r).toMatchObject({ title: "Neglect", outcomes: ["Spot neglect", "Act on it"], prerequisites: null, prerequisiteOpportunityIds: [3, 4], settings: ["published"] });
    const bad = opportunitySchema.safeParse({ title: "", type: "film", topic: "", level: "", audience: "", summary: "", description: "", outcomes: "", prerequisites: "", prerequisiteOpportunityIds: ["x"], duration: "", settings: false });
    expect(Object.keys(firstErrors(bad as never))).toEqual(expect.arrayContaining(["title", "type", "topic", "prerequisiteOpportunityIds", "duration"]));
  });
});

describe("when a session can be", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  it("is not added or moved into the past, but an old session can still be corrected", () => {
    expect(checkStart(new Date("2026-12-03T09:30:00Z"), now)).toEqual({ ok: true });
    expect(checkStart(new Date("2020-01-01T09:30:00Z"), now)).toEqual({ ok: false, message: "Date and start time of the session must be in the future" });
    const past = new Date("2026-11-20T09:30:00Z");
    expect(checkStart(past, now, { startsAt: past })).toEqual({ ok: true });
    expect(checkStart(new Date("2026-11-21T09:30:00Z"), now, { startsAt: past }).ok).toBe(false);
  });

  it("refuses a time the clocks skip when they go forward", () => {
    expect(existsInLondon({ year: 2027, month: 3, day: 28 }, 75)).toBe(false);
    expect(existsInLondon({ year: 2027, month: 3, day: 28 }, 120)).toBe(true);
    expect(existsInLondon({ year: 2027, month: 3, day: 27 }, 75)).toBe(true);
    const form = { day: "28", month: "3", year: "2027", startTime: "1:15", endTime: "1:45", mode: "online", onlineUrl: "https://meet.example.org/a", capacity: "10" };
    const r = sessionSchema.safeParse(form);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("Start time does not exist on that day because the clocks go forward at 1am: enter a time from 2am");
  });
});
