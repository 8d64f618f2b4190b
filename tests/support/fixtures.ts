// Build a small world in a few lines: a partnership, agencies, people with roles.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agency, partnership, person } from "@/db/schema";
import { actorFromPerson, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";

let counter = 0;

export async function givenPartnership(db: Db, policy: Record<string, unknown> = {}) {
  const [existing] = await db.select().from(partnership).limit(1);
  if (existing) {
    await db.update(partnership).set({ policy }).where(eq(partnership.id, existing.id));
    return existing;
  }
  const [p] = await db
    .insert(partnership)
    .values({ name: "Test Safeguarding Children Partnership", shortName: "TSCP", helpContacts: [{ label: "Duty desk", number: "0100 000000" }], districts: ["North", "South"], policy })
    .returning();
  return p;
}

export async function givenAgency(db: Db, name = `Agency ${++counter}`, sector: (typeof agency.$inferInsert)["sector"] = "health") {
  const [a] = await db.insert(agency).values({ name: `${name} ${++counter}`, sector, district: "North" }).returning();
  return a;
}

export async function givenPerson(db: Db, opts: { roles?: Role[]; agencyId?: number; email?: string; name?: string; lineManagerEmail?: string } = {}): Promise<Actor> {
  const n = ++counter;
  const [p] = await db
    .insert(person)
    .values({
      email: opts.email ?? `person${n}.${Date.now()}@example.org`,
      name: opts.name ?? `Person ${n}`,
      jobTitle: "Social worker",
      agencyId: opts.agencyId ?? null,
      lineManagerEmail: opts.lineManagerEmail ?? `manager${n}@example.org`,
      roles: opts.roles ?? ["learner"],
      profileCompletedAt: new Date(),
    })
    .returning();
  return actorFromPerson(p);
}
