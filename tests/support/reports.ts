// Helpers for the reports and evaluation tests: the seeded demo partnership and its people as actors.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { person } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getActorById } from "@/lib/auth/current";

/** "Now" for tests on the seeded data: the demo's history and upcoming sessions are relative to it. */
export const SEED_NOW = new Date("2026-11-25T10:00:00Z");

export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const [p] = await db.select({ id: person.id }).from(person).where(eq(sql`lower(${person.email})`, email.toLowerCase()));
  const actor = p ? await getActorById(p.id) : null;
  if (!actor) throw new Error(`no person ${email}`);
  return actor;
}

/** Parse CSV (RFC 4180 quoting) into rows, to read exported reports back in tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

let seq = 0;

/**
 * A course session that has happened (ended `daysAgo` days before `now`) with one confirmed booking for `learner`,
 * marked with `attendance`, trained by `trainerIds`.
 */
export async function givenPastBooking(
  db: Db,
  opts: { learner: Actor; attendance: "attended" | "partial" | "no_show" | null; trainerIds?: string[]; now: Date; daysAgo?: number },
) {
  const { opportunity, session, sessionTrainer, booking } = await import("@/db/schema");
  const n = ++seq;
  const endsAt = new Date(opts.now.getTime() - (opts.daysAgo ?? 1) * 24 * 3600 * 1000);
  const startsAt = new Date(endsAt.getTime() - 7 * 3600 * 1000);
  const [o] = await db
    .insert(opportunity)
    .values({ slug: `eval-test-${n}-${Date.now()}`, title: `Evaluation test course ${n}`, type: "course", topic: "Neglect", level: "Universal", audience: "All", summary: "s", description: "d", multiAgency: true })
    .returning();
  const [s] = await db.insert(session).values({ opportunityId: o.id, startsAt, endsAt, mode: "venue", venueName: "Hall", capacity: 20, placesTaken: 1, registerClosedAt: endsAt }).returning();
  for (const id of opts.trainerIds ?? []) await db.insert(sessionTrainer).values({ sessionId: s.id, personId: id });
  const [b] = await db
    .insert(booking)
    .values({ reference: `EVT-${n}-${Date.now()}`, sessionId: s.id, personId: opts.learner.id, agencyId: opts.learner.agencyId, status: "confirmed", attendance: opts.attendance, confirmedAt: startsAt })
    .returning();
  return { opportunity: o, session: s, booking: b };
}
