// Fixtures for the business unit's catalogue: an opportunity, a session, bookings on it, and form answers.
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { booking, opportunity, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OpportunityInput } from "@/lib/catalogue-admin/opportunity-schema";
import { sessionSchema, type SessionInput } from "@/lib/catalogue-admin/session-schema";

let n = 0;

export function opportunityAnswers(over: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    title: "Recognising neglect",
    type: "course",
    topic: "Neglect",
    level: "Universal",
    audience: "Everyone working with children",
    summary: "Spot the signs of neglect and act on them.",
    description: "A full-day multi-agency course.",
    outcomes: ["Know the signs", "Know who to tell"],
    prerequisites: null,
    prerequisiteOpportunityIds: [],
    duration: "full_day",
    settings: ["multiAgency", "published"],
    ...over,
  };
}

/** Session answers as the form would post them, parsed by the form's own schema. */
export function sessionAnswers(over: Record<string, unknown> = {}): SessionInput {
  return sessionSchema.parse({
    day: "14", month: "1", year: String(new Date().getUTCFullYear() + 1), startTime: "9:30", endTime: "16:30", mode: "venue",
    venueName: "County Hall", venueAddress: "Martineau Lane, Norwich", district: "North", onlineUrl: "", capacity: "10",
    trainerIds: [], sectorCapPercent: "", balanceUntilDays: "", cancelCutoffWorkingDays: "", ...over,
  });
}

export async function givenOpportunity(db: Db, over: Partial<typeof opportunity.$inferInsert> = {}) {
  const i = ++n;
  const [o] = await db
    .insert(opportunity)
    .values({ slug: `opp-${i}-${randomBytes(3).toString("hex")}`, title: `Opportunity ${i}`, type: "course", topic: "Neglect", level: "Universal", audience: "All", summary: "S", description: "D", ...over })
    .returning();
  return o;
}

export async function givenSession(db: Db, opportunityId: number, over: Partial<typeof session.$inferInsert> = {}) {
  const startsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const [s] = await db
    .insert(session)
    .values({ opportunityId, startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3600 * 1000), mode: "venue", venueName: "Hall", venueAddress: "1 Road", district: "North", capacity: 10, ...over })
    .returning();
  return s;
}

/** A booking in the given status; places are counted on the session the way lib/booking keeps them. */
export async function givenBooking(db: Db, sessionId: number, who: Actor, status: (typeof booking.$inferInsert)["status"], over: Partial<typeof booking.$inferInsert> = {}) {
  const [b] = await db
    .insert(booking)
    .values({ reference: `T${++n}${randomBytes(3).toString("hex").toUpperCase()}`, sessionId, personId: who.id, agencyId: who.agencyId, status, waitlistedAt: status === "waitlisted" ? new Date() : null, ...over })
    .returning();
  if (["requested", "confirmed", "offered"].includes(status)) {
    await db.update(session).set({ placesTaken: sql`${session.placesTaken} + 1` }).where(eq(session.id, sessionId));
  }
  return b;
}
