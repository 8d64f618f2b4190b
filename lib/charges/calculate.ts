// Pure charge rules: who pays for a missed place and how much, by the partnership's policy.
import type { Policy } from "@/lib/partnership/policy";

export type ChargeReason = "no_show" | "late_cancellation";
export type Duration = "full_day" | "half_day" | "short" | "self_paced";

export const CHARGE_REASON_LABELS: Record<ChargeReason, string> = {
  no_show: "Did not attend",
  late_cancellation: "Late cancellation",
};

export type ChargeableBooking = { status: string; attendance: string | null; walkIn: boolean };

/**
 * Why this booking is charged, or null. A confirmed booking marked "did not attend" is a no-show; a late
 * cancellation is charged as such. Walk-ins never booked a place, so are never charged. A substitute's booking
 * is an ordinary booking in their own name (charged only for their own no-show); the original booking becomes
 * "transferred" and is never charged. Open offers, partial attendance and everything else are free.
 */
export function chargeReasonFor(b: ChargeableBooking): ChargeReason | null {
  if (b.walkIn) return null;
  if (b.status === "late_cancelled") return "late_cancellation";
  if (b.status === "confirmed" && b.attendance === "no_show") return "no_show";
  return null;
}

type ChargePolicy = Pick<Policy, "chargeFullDayPence" | "chargeHalfDayPence" | "chargeShortPence">;

/** The fee for a missed place on an opportunity of this length. Self-paced learning has no place to miss. */
export function chargeAmountPence(duration: Duration, policy: ChargePolicy): number {
  switch (duration) {
    case "full_day":
      return policy.chargeFullDayPence;
    case "half_day":
      return policy.chargeHalfDayPence;
    case "short":
      return policy.chargeShortPence;
    case "self_paced":
      return 0;
  }
}

/** The charge to raise for a booking, or null (no reason, or the policy sets a zero fee: no row for nothing). */
export function chargeFor(b: ChargeableBooking, duration: Duration, policy: ChargePolicy): { reason: ChargeReason; amountPence: number } | null {
  const reason = chargeReasonFor(b);
  if (!reason) return null;
  const amountPence = chargeAmountPence(duration, policy);
  return amountPence > 0 ? { reason, amountPence } : null;
}

export type StatementTotals = { count: number; chargedPence: number; waivedPence: number; duePence: number };

/** Totals for a statement: everything charged, what was waived, and what is left to invoice. */
export function statementTotals(charges: { amountPence: number; waivedAt: Date | null }[]): StatementTotals {
  let chargedPence = 0;
  let waivedPence = 0;
  for (const c of charges) {
    chargedPence += c.amountPence;
    if (c.waivedAt) waivedPence += c.amountPence;
  }
  return { count: charges.length, chargedPence, waivedPence, duePence: chargedPence - waivedPence };
}

// en-GB money: "£21,725.00". Built once: constructing an Intl formatter is far dearer than using one.
const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "£50.00", "£21,725.00", "-£5.00": integer pence as pounds for people to read (not for CSV files). */
export function formatPence(pence: number): string {
  return POUNDS.format(pence / 100);
}
