// Booking fixtures: an opportunity with a session in a few lines, and a quick way to book for many people.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { opportunity, session } from "@/db/schema";

let n = 0;
const DAY = 24 * 3600 * 1000;

export async function givenOpportunity(db: Db, opts: Partial<typeof opportunity.$inferInsert> = {}) {
  const i = ++n;
  const [o] = await db
    .insert(opportunity)
    .values({
      slug: `opportunity-${i}-${Date.now()}`,
      title: `Neglect: spotting the signs ${i}`,
      type: "course",
      topic: "Neglect",
      level: "Universal",
      audience: "Everyone who works with children",
      summary: "Recognising and responding to neglect.",
      description: "A full-day multi-agency course.",
      outcomes: ["Recognise neglect"],
      ...opts,
    })
    .returning();
  return o;
}

export async function givenSession(db: Db, opts: Partial<typeof session.$inferInsert> & { opportunityId?: number; inDays?: number } = {}) {
  const opportunityId = opts.opportunityId ?? (await givenOpportunity(db)).id;
  const startsAt = opts.startsAt ?? new Date(Date.now() + (opts.inDays ?? 30) * DAY);
  const [s] = await db
    .insert(session)
    .values({
      mode: "venue",
      venueName: "County Hall",
      venueAddress: "Martineau Lane, Norwich",
      district: "Norwich",
      capacity: 10,
      ...opts,
      opportunityId,
      startsAt,
      endsAt: opts.endsAt ?? new Date(startsAt.getTime() + 6 * 3600 * 1000),
    })
    .returning();
  return s;
}

export async function sessionRow(db: Db, id: number) {
  const [s] = await db.select().from(session).where(eq(session.id, id));
  return s;
}

export const formToken = () => randomBytes(16).toString("base64url");
