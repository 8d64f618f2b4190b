// Prerequisites: a course may require others to have been completed (attended in full) first. The same rule for
// booking a place and for taking a colleague's place, as practice has it (substitutes must meet them too).
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { booking, opportunity, session } from "@/db/schema";

/** The titles of the required opportunities `personId` has not attended in full, in the order required. */
export async function missingPrerequisites(db: DbOrTx, personId: string, requiredIds: readonly number[]): Promise<string[]> {
  if (!requiredIds.length) return [];
  const [done, required] = await Promise.all([
    db
      .selectDistinct({ id: opportunity.id })
      .from(booking)
      .innerJoin(session, eq(session.id, booking.sessionId))
      .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
      .where(and(eq(booking.personId, personId), eq(booking.attendance, "attended"), inArray(opportunity.id, [...requiredIds]))),
    db.select({ id: opportunity.id, title: opportunity.title }).from(opportunity).where(inArray(opportunity.id, [...requiredIds])),
  ]);
  const completed = new Set(done.map((d) => d.id));
  const titles = new Map(required.map((r) => [r.id, r.title]));
  return [...new Set(requiredIds)].filter((id) => !completed.has(id) && titles.has(id)).map((id) => titles.get(id)!);
}

/** What a person is told when they have not completed what a course requires. */
export function prerequisitesMessage(missing: string[]): string {
  return `This course is for people who have completed ${listTitles(missing)}. Go back and confirm that you have, or equivalent training, or book ${missing.length > 1 ? "those" : "that"} first`;
}

export function listTitles(titles: string[]): string {
  return titles.length <= 1 ? titles.join("") : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}
