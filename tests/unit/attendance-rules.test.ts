import { describe, expect, it } from "vitest";
import {
  canCloseRegister,
  canCloseRegisterAt,
  checkInLocked,
  checkInWindow,
  CHECK_IN_MAX_WRONG_CODES,
  closingNeedsFinishedEarly,
  generateCheckInCode,
  hasSessionStarted,
  isCheckInOpen,
  markAllPresent,
  normaliseCheckInCode,
  unmarkedBookings,
} from "@/lib/attendance/rules";
import { marksFromForm } from "@/lib/attendance/register-schema";
import { checkInSchema } from "@/lib/attendance/check-in-schema";

const at = (iso: string) => new Date(iso);

describe("closing a register", () => {
  it("needs every confirmed booking marked; open offers may stay unmarked", () => {
    const entries = [
      { bookingId: 1, status: "confirmed", attendance: "attended" as const },
      { bookingId: 2, status: "confirmed", attendance: null },
      { bookingId: 3, status: "offered", attendance: null },
    ];
    expect(unmarkedBookings(entries)).toEqual([2]);
    expect(canCloseRegister(entries, null)).toEqual({ ok: false, reason: "unmarked", bookingIds: [2] });
    expect(canCloseRegister([entries[0], entries[2]], null)).toEqual({ ok: true });
  });

  it("cannot close a register that is already closed", () => {
    expect(canCloseRegister([], at("2026-03-03T17:00:00Z"))).toEqual({ ok: false, reason: "closed" });
  });

  it("marks everyone unmarked present, keeping the trainer's marks and leaving offers alone", () => {
    const out = markAllPresent([
      { bookingId: 1, status: "confirmed", attendance: "no_show" as const },
      { bookingId: 2, status: "confirmed", attendance: null },
      { bookingId: 3, status: "offered", attendance: null },
    ]);
    expect(out.map((e) => e.attendance)).toEqual(["no_show", "attended", null]);
  });
});

describe("when a register can be marked and closed", () => {
  const s = { startsAt: at("2026-12-04T09:30:00Z"), endsAt: at("2026-12-04T16:30:00Z") };

  it("opens at the start: nothing is marked or closed for a session that has not happened", () => {
    expect(hasSessionStarted(at("2026-12-02T10:00:00Z"), s)).toBe(false);
    expect(hasSessionStarted(at("2026-12-04T09:29:59Z"), s)).toBe(false);
    expect(hasSessionStarted(at("2026-12-04T09:30:00Z"), s)).toBe(true);
    expect(canCloseRegisterAt(at("2026-12-02T10:00:00Z"), s, true)).toEqual({ ok: false, reason: "not_started" });
  });

  it("closes from an hour before the end, or earlier when the trainer says the session finished early", () => {
    expect(closingNeedsFinishedEarly(at("2026-12-04T15:29:59Z"), s)).toBe(true);
    expect(closingNeedsFinishedEarly(at("2026-12-04T15:30:00Z"), s)).toBe(false);
    expect(canCloseRegisterAt(at("2026-12-04T11:00:00Z"), s, false)).toEqual({ ok: false, reason: "not_finished" });
    expect(canCloseRegisterAt(at("2026-12-04T11:00:00Z"), s, true)).toEqual({ ok: true });
    expect(canCloseRegisterAt(at("2026-12-04T15:45:00Z"), s, false)).toEqual({ ok: true });
    expect(canCloseRegisterAt(at("2026-12-07T10:00:00Z"), s, false)).toEqual({ ok: true });
    // A one-hour briefing closes from its start.
    expect(canCloseRegisterAt(at("2026-12-04T09:30:00Z"), { startsAt: s.startsAt, endsAt: at("2026-12-04T10:30:00Z") }, false)).toEqual({ ok: true });
  });
});

describe("self check-in window", () => {
  const s = { startsAt: at("2026-03-03T09:30:00Z"), endsAt: at("2026-03-03T16:30:00Z") };

  it("opens an hour before the start and closes at the end", () => {
    expect(checkInWindow(s)).toEqual({ opensAt: at("2026-03-03T08:30:00Z"), closesAt: s.endsAt });
    expect(isCheckInOpen(at("2026-03-03T08:29:59Z"), s)).toBe(false);
    expect(isCheckInOpen(at("2026-03-03T08:30:00Z"), s)).toBe(true);
    expect(isCheckInOpen(at("2026-03-03T12:00:00Z"), s)).toBe(true);
    expect(isCheckInOpen(at("2026-03-03T16:30:00Z"), s)).toBe(true);
    expect(isCheckInOpen(at("2026-03-03T16:30:01Z"), s)).toBe(false);
  });

  it("is closed on any other day", () => {
    expect(isCheckInOpen(at("2026-03-02T10:00:00Z"), s)).toBe(false);
    expect(isCheckInOpen(at("2026-03-04T10:00:00Z"), s)).toBe(false);
  });

  it("locks a person out after too many wrong codes", () => {
    expect(checkInLocked(CHECK_IN_MAX_WRONG_CODES - 1)).toBe(false);
    expect(checkInLocked(CHECK_IN_MAX_WRONG_CODES)).toBe(true);
  });
});

describe("check-in codes", () => {
  it("are six digits, keeping leading zeros", () => {
    for (let i = 0; i < 200; i++) expect(generateCheckInCode()).toMatch(/^\d{6}$/);
  });

  it("accept codes typed with spaces", () => {
    expect(normaliseCheckInCode(" 482 913 ")).toBe("482913");
    expect(checkInSchema.parse({ code: "482 913", session: "" })).toEqual({ code: "482913", session: undefined });
    expect(checkInSchema.safeParse({ code: "48291" }).success).toBe(false);
    expect(checkInSchema.safeParse({ code: "abcdef" }).success).toBe(false);
  });
});

describe("register form", () => {
  it("reads marks and notes per booking and reports bad values", () => {
    const { marks, errors } = marksFromForm({ intent: "save", "attendance-4": "no_show", "note-4": " left at lunch ", "attendance-5": "maybe", "note-6": "", other: "x" });
    expect(marks).toEqual([
      { bookingId: 4, attendance: "no_show", note: "left at lunch" },
      { bookingId: 6, note: "" },
    ]);
    expect(errors).toEqual({ "attendance-5": "Select attended, partly attended or did not attend" });
    expect(marksFromForm({ "note-1": "x".repeat(501) }).errors["note-1"]).toMatch(/500 characters/);
  });
});
