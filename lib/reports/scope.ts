// The SQL conditions every report shares: which sessions (period, opportunity, session, type) and which
// bookings (by the agency that booked, its sector and district) a report covers.
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { agency, booking, opportunity, session } from "@/db/schema";
import type { ReportFilters } from "./filters-schema";
import { periodBounds, type Period } from "./period";

/** Sessions starting in the period that match the opportunity filters (uses session_starts_idx). */
export function sessionConditions(period: Period, f: ReportFilters): SQL | undefined {
  const { start, end } = periodBounds(period);
  const conds: (SQL | undefined)[] = [gte(session.startsAt, start), lt(session.startsAt, end)];
  if (f.opportunityId) conds.push(eq(session.opportunityId, f.opportunityId));
  if (f.sessionId) conds.push(eq(session.id, f.sessionId));
  if (f.scope === "multi_agency_course") conds.push(and(eq(opportunity.type, "course"), eq(opportunity.multiAgency, true)));
  else if (f.scope) conds.push(eq(opportunity.type, f.scope));
  return and(...conds);
}

/** Bookings by the agency (at the time of booking) that match the agency filters. */
export function bookingConditions(f: ReportFilters): SQL | undefined {
  const conds: SQL[] = [];
  if (f.agencyId) conds.push(eq(booking.agencyId, f.agencyId));
  if (f.sector) conds.push(eq(agency.sector, f.sector));
  if (f.district) conds.push(eq(agency.district, f.district));
  return conds.length ? and(...conds) : undefined;
}

export function hasAgencyFilter(f: ReportFilters): boolean {
  return Boolean(f.agencyId || f.sector || f.district);
}

/** The London month of a session's start, "YYYY-MM". */
export const sessionMonth = sql<string>`to_char(${session.startsAt} at time zone 'Europe/London', 'YYYY-MM')`;
