import { and, asc, eq, gt, min, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { opportunity, session } from "@/db/schema";

export const OPPORTUNITY_TYPE_LABELS = {
  course: "Multi-agency course",
  e_learning: "E-learning",
  webinar: "Webinar",
  briefing: "Briefing",
  conference: "Conference",
  best_practice_event: "Best-practice event",
  safer_workshop: "Safer workshop",
} as const;

/** Published opportunities with their next upcoming session. */
export async function listUpcomingOpportunities(now = new Date()) {
  const db = await getDb();
  return db
    .select({
      id: opportunity.id,
      slug: opportunity.slug,
      title: opportunity.title,
      type: opportunity.type,
      topic: opportunity.topic,
      summary: opportunity.summary,
      nextStart: min(session.startsAt),
      placesLeft: sql<number>`sum(${session.capacity} - ${session.placesTaken})::int`,
    })
    .from(opportunity)
    .innerJoin(session, and(eq(session.opportunityId, opportunity.id), gt(session.startsAt, now), eq(session.status, "scheduled")))
    .where(eq(opportunity.published, true))
    .groupBy(opportunity.id)
    .orderBy(asc(min(session.startsAt)));
}
