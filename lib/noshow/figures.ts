// No-show figures: per agency and per course for the reports domain (which checks reports:view before calling
// them), and a person's own history. Counted by session date, in [from, to).
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agency, booking, charge, opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";
import { getPartnership } from "@/lib/partnership";
import { noShowsInWindow, repeatRuleApplies } from "./repeat-rule";

export type DateRange = { from: Date; to: Date };

export type NoShowFigures = {
  /** Places booked: confirmed bookings (not walk-ins) plus late cancellations. */
  booked: number;
  attended: number;
  partial: number;
  noShows: number;
  lateCancellations: number;
  walkIns: number;
};

const figures = {
  booked: sql<number>`count(*) filter (where (${booking.status} = 'confirmed' and not ${booking.walkIn}) or ${booking.status} = 'late_cancelled')::int`,
  attended: sql<number>`count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} = 'attended')::int`,
  partial: sql<number>`count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} = 'partial')::int`,
  noShows: sql<number>`count(*) filter (where ${booking.status} = 'confirmed' and ${booking.attendance} = 'no_show' and not ${booking.walkIn})::int`,
  lateCancellations: sql<number>`count(*) filter (where ${booking.status} = 'late_cancelled')::int`,
  walkIns: sql<number>`count(*) filter (where ${booking.status} = 'confirmed' and ${booking.walkIn})::int`,
};

const inRange = (r: DateRange) =>
  and(gte(session.startsAt, r.from), lt(session.startsAt, r.to), inArray(booking.status, ["confirmed", "late_cancelled"]));

/** Per agency (the agency at the time of booking); people with no agency are grouped under null. */
export async function noShowsByAgency(range: DateRange): Promise<(NoShowFigures & { agencyId: number | null; agencyName: string | null })[]> {
  const db = await getDb();
  return db
    .select({ agencyId: booking.agencyId, agencyName: agency.name, ...figures })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .leftJoin(agency, eq(agency.id, booking.agencyId))
    .where(inRange(range))
    .groupBy(booking.agencyId, agency.name)
    .orderBy(desc(figures.noShows), asc(agency.name));
}

/** Per opportunity (course), with how many sessions ran in the range. */
export async function noShowsByOpportunity(range: DateRange): Promise<(NoShowFigures & { opportunityId: number; title: string; sessions: number })[]> {
  const db = await getDb();
  return db
    .select({ opportunityId: opportunity.id, title: opportunity.title, sessions: sql<number>`count(distinct ${session.id})::int`, ...figures })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(inRange(range))
    .groupBy(opportunity.id, opportunity.title)
    .orderBy(desc(figures.noShows), asc(opportunity.title));
}

export type AttendanceHistoryEntry = {
  bookingId: number;
  reference: string;
  title: string;
  startsAt: Date;
  outcome: "attended" | "partial" | "no_show" | "late_cancelled";
  chargePence: number | null;
  chargeWaived: boolean;
};

/** A person's attendance record: every marked or late-cancelled booking, the charges, and the repeat rule. */
export async function personNoShowHistory(actor: Actor, personId: string, now = new Date()) {
  assertSelfOrAdmin(actor, personId);
  const db = await getDb();
  const rows = await db
    .select({
      bookingId: booking.id,
      reference: booking.reference,
      title: opportunity.title,
      startsAt: session.startsAt,
      status: booking.status,
      attendance: booking.attendance,
      chargePence: charge.amountPence,
      chargeWaivedAt: charge.waivedAt,
    })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .leftJoin(charge, eq(charge.bookingId, booking.id))
    .where(and(eq(booking.personId, personId), or(and(eq(booking.status, "confirmed"), isNotNull(booking.attendance)), eq(booking.status, "late_cancelled"))))
    .orderBy(desc(session.startsAt));
  const entries: AttendanceHistoryEntry[] = rows.map((r) => ({
    bookingId: r.bookingId,
    reference: r.reference,
    title: r.title,
    startsAt: r.startsAt,
    outcome: r.status === "late_cancelled" ? "late_cancelled" : r.attendance!,
    chargePence: r.chargePence,
    chargeWaived: Boolean(r.chargeWaivedAt),
  }));
  const { policy } = await getPartnership(db);
  const recentNoShows = await noShowsInWindow(personId, now, db);
  return {
    entries,
    totals: {
      attended: entries.filter((e) => e.outcome === "attended").length,
      partial: entries.filter((e) => e.outcome === "partial").length,
      noShows: entries.filter((e) => e.outcome === "no_show").length,
      lateCancellations: entries.filter((e) => e.outcome === "late_cancelled").length,
    },
    repeatRule: { applies: repeatRuleApplies(recentNoShows, policy), recentNoShows, count: policy.repeatNoShowCount, months: policy.repeatNoShowMonths },
  };
}
