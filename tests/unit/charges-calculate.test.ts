import { describe, expect, it } from "vitest";
import { chargeAmountPence, chargeFor, chargeReasonFor, formatPence, statementTotals } from "@/lib/charges/calculate";
import { parsePeriod } from "@/lib/charges/period";
import { DEFAULT_POLICY } from "@/lib/partnership/policy";

const booked = (over: Partial<{ status: string; attendance: string | null; walkIn: boolean }> = {}) => ({ status: "confirmed", attendance: null, walkIn: false, ...over });

describe("who is charged for a missed place", () => {
  it("charges a confirmed no-show and a late cancellation", () => {
    expect(chargeReasonFor(booked({ attendance: "no_show" }))).toBe("no_show");
    expect(chargeReasonFor(booked({ status: "late_cancelled" }))).toBe("late_cancellation");
  });

  it("never charges people who came, walk-ins, transferred places (sent a substitute), open offers or timely cancellations", () => {
    expect(chargeReasonFor(booked({ attendance: "attended" }))).toBeNull();
    expect(chargeReasonFor(booked({ attendance: "partial" }))).toBeNull();
    expect(chargeReasonFor(booked({ attendance: "no_show", walkIn: true }))).toBeNull();
    expect(chargeReasonFor(booked({ status: "transferred" }))).toBeNull();
    expect(chargeReasonFor(booked({ status: "offered", attendance: "no_show" }))).toBeNull();
    expect(chargeReasonFor(booked({ status: "cancelled" }))).toBeNull();
  });
});

describe("how much", () => {
  it("follows the policy by session length (defaults £50 full day, £25 half day)", () => {
    expect(chargeAmountPence("full_day", DEFAULT_POLICY)).toBe(5000);
    expect(chargeAmountPence("half_day", DEFAULT_POLICY)).toBe(2500);
    expect(chargeAmountPence("short", { ...DEFAULT_POLICY, chargeShortPence: 1000 })).toBe(1000);
    expect(chargeAmountPence("self_paced", DEFAULT_POLICY)).toBe(0);
  });

  it("raises no charge row when the fee is zero", () => {
    expect(chargeFor(booked({ attendance: "no_show" }), "full_day", DEFAULT_POLICY)).toEqual({ reason: "no_show", amountPence: 5000 });
    expect(chargeFor(booked({ status: "late_cancelled" }), "half_day", DEFAULT_POLICY)).toEqual({ reason: "late_cancellation", amountPence: 2500 });
    expect(chargeFor(booked({ attendance: "no_show" }), "short", DEFAULT_POLICY)).toBeNull();
    expect(chargeFor(booked({ attendance: "attended" }), "full_day", DEFAULT_POLICY)).toBeNull();
  });
});

describe("statements", () => {
  it("totals charged, waived and due", () => {
    const t = statementTotals([
      { amountPence: 5000, waivedAt: null },
      { amountPence: 2500, waivedAt: new Date() },
      { amountPence: 5000, waivedAt: null },
    ]);
    expect(t).toEqual({ count: 3, chargedPence: 12500, waivedPence: 2500, duePence: 10000 });
    expect(formatPence(t.duePence)).toBe("£100.00");
  });

  it("shows amounts in pounds the en-GB way, with thousands separators", () => {
    expect(formatPence(2172500)).toBe("£21,725.00");
    expect(formatPence(123456789)).toBe("£1,234,567.89");
    expect(formatPence(5000)).toBe("£50.00");
    expect(formatPence(2750)).toBe("£27.50");
    expect(formatPence(0)).toBe("£0.00");
    expect(formatPence(-500)).toBe("-£5.00");
  });

  it("reads months and quarters as London periods", () => {
    const nov = parsePeriod("2026-11")!;
    expect(nov).toMatchObject({ kind: "month", label: "November 2026" });
    expect(nov.from.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(nov.to.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    const q2 = parsePeriod("2026-q2")!;
    expect(q2).toMatchObject({ kind: "quarter", key: "2026-Q2", label: "April to June 2026" });
    // British Summer Time: the London day starts at 23:00 UTC the day before.
    expect(q2.from.toISOString()).toBe("2026-03-31T23:00:00.000Z");
    expect(q2.to.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(parsePeriod("2026-Q4")!.to.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(parsePeriod("2026-13")).toBeNull();
    expect(parsePeriod("last month")).toBeNull();
  });
});
