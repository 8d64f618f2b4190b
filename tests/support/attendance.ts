// A session with a trainer and booked people, in a few lines, for register and check-in tests.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { booking, opportunity, session, sessionTrainer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { givenAgency, givenPerson } from "./fixtures";

let n = 0;

export async function givenRegisterSession(
  db: Db,
  opts: { trainer: Actor; duration?: (typeof opportunity.$inferInsert)["duration"]; startsAt?: Date; hours?: number; checkInCode?: string | null; capacity?: number },
) {
  const i = ++n;
  const [o] = await db
    .insert(opportunity)
    .values({
      slug: `register-course-${i}-${randomBytes(3).toString("hex")}`,
      title: `Register course ${i}`,
      type: "course",
      topic: "Neglect",
      level: "Universal",
      audience: "Everyone",
      summary: "A course",
      description: "A course",
      duration: opts.duration ?? "full_day",
    })
    .returning();
  // By default under way and ending in half an hour: the register can be marked and closed without saying the
  // session finished early, and self check-in is open.
  const startsAt = opts.startsAt ?? new Date(Date.now() + 30 * 60_000 - (opts.hours ?? 6) * 3600_000);
  const [s] = await db
    .insert(session)
    .values({
      opportunityId: o.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (opts.hours ?? 6) * 3600_000),
      mode: "venue",
      venueName: "County Hall",
      capacity: opts.capacity ?? 20,
      checkInCode: opts.checkInCode === undefined ? "123456" : opts.checkInCode,
    })
    .returning();
  await db.insert(sessionTrainer).values({ sessionId: s.id, personId: opts.trainer.id });
  return { opportunity: o, session: s };
}

/** A booking for `who` (a new learner in a new agency when not given). */
export async function givenBooked(db: Db, sessionId: number, opts: { who?: Actor; status?: (typeof booking.$inferInsert)["status"]; over?: Partial<typeof booking.$inferInsert> } = {}) {
  const who = opts.who ?? (await givenPerson(db, { agencyId: (await givenAgency(db)).id }));
  const status = opts.status ?? "confirmed";
  const [b] = await db
    .insert(booking)
    .values({ reference: `T-${randomBytes(5).toString("hex")}`, sessionId, personId: who.id, agencyId: who.agencyId, status, lineManagerEmail: who.lineManagerEmail, ...opts.over })
    .returning();
  if (status === "confirmed" || status === "offered" || status === "requested") {
    const [s] = await db.select().from(session).where(eq(session.id, sessionId));
    await db.update(session).set({ placesTaken: s.placesTaken + 1 }).where(eq(session.id, sessionId));
  }
  return { booking: b, person: who };
}
