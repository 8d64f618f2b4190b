import { describe, expect, it } from "vitest";
import { londonDateTime } from "@/lib/dates";
import {
  approvalReason,
  bookingClosedReason,
  bookingReference,
  cancellationCutoff,
  idempotencyKeyFor,
  isLateCancellation,
  lastFreeCancellationMinute,
  nextOnWaitingList,
  sectorCapAllows,
  sectorCapApplies,
  waitingListOrder,
  waitingListPosition,
  waitingListPromise,
} from "@/lib/booking/rules";

describe("the last minute a cancellation is free", () => {
  it("is the minute before the cut-off while it is still ahead, and none once it has passed", () => {
    const cutoff = londonDateTime(2027, 3, 8);
    expect(lastFreeCancellationMinute(cutoff, londonDateTime(2027, 3, 1, 12))).toEqual(new Date(cutoff.getTime() - 60_000));
    expect(lastFreeCancellationMinute(cutoff, cutoff)).toBeNull();
    expect(lastFreeCancellationMinute(cutoff, londonDateTime(2027, 3, 9))).toBeNull();
  });
});

describe("cancellation cut-off in working days", () => {
  it("is the start of the day 3 working days before a midweek session", () => {
    // Thursday 11 March 2027 → Monday 8 March 2027 00:00 London
    expect(cancellationCutoff(londonDateTime(2027, 3, 11, 9, 30), 3)).toEqual(londonDateTime(2027, 3, 8));
  });

  it("skips the weekend before a Monday session", () => {
    // Monday 15 March 2027 → Fri 12, Thu 11, Wed 10 → Wednesday 10 March 00:00
    expect(cancellationCutoff(londonDateTime(2027, 3, 15, 9, 30), 3)).toEqual(londonDateTime(2027, 3, 10));
  });

  it("skips the weekend for a Tuesday session with 2 working days", () => {
    // Tuesday 16 March 2027 → Mon 15, Fri 12 → Friday 12 March
    expect(cancellationCutoff(londonDateTime(2027, 3, 16, 13), 2)).toEqual(londonDateTime(2027, 3, 12));
  });

  it("counts back over a weekend session's own day correctly", () => {
    // Saturday 13 March 2027 conference → Fri 12, Thu 11, Wed 10
    expect(cancellationCutoff(londonDateTime(2027, 3, 13, 10), 3)).toEqual(londonDateTime(2027, 3, 10));
  });

  it("with 0 working days is the start of the session day", () => {
    expect(cancellationCutoff(londonDateTime(2027, 3, 11, 9, 30), 0)).toEqual(londonDateTime(2027, 3, 11));
  });

  it("uses London days across the clocks changing (BST)", () => {
    // Session Tuesday 30 March 2027 9:00 BST; 1 working day before is Monday 29 March 00:00 BST = Sunday 23:00 UTC
    expect(cancellationCutoff(londonDateTime(2027, 3, 30, 9), 1).toISOString()).toBe("2027-03-28T23:00:00.000Z");
  });

  it("is late from the cut-off moment on", () => {
    const start = londonDateTime(2027, 3, 11, 9, 30);
    expect(isLateCancellation(londonDateTime(2027, 3, 7, 23, 59), start, 3)).toBe(false);
    expect(isLateCancellation(londonDateTime(2027, 3, 8, 0, 0), start, 3)).toBe(true);
    expect(isLateCancellation(londonDateTime(2027, 3, 10, 12), start, 3)).toBe(true);
  });
});

describe("multi-agency sector cap", () => {
  const start = new Date("2027-05-20T09:00:00Z");
  it("applies only when set, and until the balance period before the session", () => {
    expect(sectorCapApplies(new Date("2027-05-01T00:00:00Z"), { startsAt: start, sectorCapPercent: null, balanceUntilDays: 7 })).toBe(false);
    expect(sectorCapApplies(new Date("2027-05-01T00:00:00Z"), { startsAt: start, sectorCapPercent: 40, balanceUntilDays: 7 })).toBe(true);
    expect(sectorCapApplies(new Date("2027-05-13T08:59:59Z"), { startsAt: start, sectorCapPercent: 40, balanceUntilDays: 7 })).toBe(true);
    expect(sectorCapApplies(new Date("2027-05-13T09:00:00Z"), { startsAt: start, sectorCapPercent: 40, balanceUntilDays: 7 })).toBe(false);
    expect(sectorCapApplies(new Date("2027-05-19T00:00:00Z"), { startsAt: start, sectorCapPercent: 40, balanceUntilDays: null })).toBe(true);
  });

  it("allows a place only while the sector stays within its share", () => {
    // 40% of 20 places = 8 places per sector
    expect(sectorCapAllows(20, 40, 7)).toBe(true);
    expect(sectorCapAllows(20, 40, 8)).toBe(false);
    // 30% of 10 = 3
    expect(sectorCapAllows(10, 30, 2)).toBe(true);
    expect(sectorCapAllows(10, 30, 3)).toBe(false);
  });
});

describe("waiting list order", () => {
  const t = (m: number) => new Date(Date.UTC(2027, 0, 1, 9, m));
  const queue = [
    { id: 7, waitlistedAt: t(5), sector: "police" },
    { id: 3, waitlistedAt: t(1), sector: "police" },
    { id: 9, waitlistedAt: t(1), sector: "health" },
    { id: 4, waitlistedAt: t(9), sector: "health" },
  ];

  it("is first come first served, ties by booking id", () => {
    expect(waitingListOrder(queue).map((q) => q.id)).toEqual([3, 9, 7, 4]);
    expect(waitingListPosition(queue, 7)).toBe(3);
    expect(waitingListPosition(queue, 99)).toBeNull();
  });

  it("offers the next place to the first person whose sector may take it", () => {
    expect(nextOnWaitingList(queue, () => true)?.id).toBe(3);
    expect(nextOnWaitingList(queue, (s) => s !== "police")?.id).toBe(9);
    expect(nextOnWaitingList(queue, () => false)).toBeNull();
  });
});

describe("approval and idempotency", () => {
  it("names why approval is needed, the course rule first", () => {
    expect(approvalReason(true, true)).toBe("course");
    expect(approvalReason(false, true)).toBe("repeat_no_show");
    expect(approvalReason(false, false)).toBeNull();
  });

  it("scopes a form token to its person, so the same token means the same booking only for the same person", () => {
    expect(idempotencyKeyFor("p1", "tok")).toBe(idempotencyKeyFor("p1", "tok"));
    expect(idempotencyKeyFor("p1", "tok")).not.toBe(idempotencyKeyFor("p2", "tok"));
    expect(idempotencyKeyFor("p1", "tok")).not.toBe(idempotencyKeyFor("p1", "tok2"));
  });

  it("makes readable references without ambiguous characters", () => {
    const ref = bookingReference(new Uint8Array([0, 1, 2, 3, 250, 251, 252, 255]));
    expect(ref).toMatch(/^BK-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });
});

describe("old links to a booking that has moved on", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const later = { startsAt: new Date("2026-12-20T09:30:00Z") };
  it("say why it can no longer be cancelled or passed on", () => {
    expect(bookingClosedReason({ status: "confirmed", session: later }, now)).toBeNull();
    expect(bookingClosedReason({ status: "waitlisted", session: later }, now)).toBeNull();
    expect(bookingClosedReason({ status: "cancelled", session: later }, now)).toBe("This booking has already been cancelled");
    expect(bookingClosedReason({ status: "late_cancelled", session: later }, now)).toBe("This booking has already been cancelled");
    expect(bookingClosedReason({ status: "transferred", session: later }, now)).toBe("You have already given this place to a colleague");
    expect(bookingClosedReason({ status: "confirmed", session: { startsAt: now } }, now)).toBe("This session has already started");
    expect(bookingClosedReason({ status: "confirmed", session: later }, now, "transfer")).toBeNull();
    expect(bookingClosedReason({ status: "requested", session: later }, now, "transfer")).toBe("Only a confirmed place can be given to a colleague");
  });
});

describe("what the waiting list promises", () => {
  it("names the partnership's claim window", () => {
    expect(waitingListPromise(48)).toBe("If a place comes up we will email you and hold it for you for 48 hours");
    expect(waitingListPromise(1)).toBe("If a place comes up we will email you and hold it for you for 1 hour");
  });
});
