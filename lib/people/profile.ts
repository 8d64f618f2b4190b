import { asc, eq } from "drizzle-orm";
import type { ProfileInput } from "./profile-schema";
import { getDb } from "@/db/client";
import { agency, person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";

export async function listAgencies() {
  const db = await getDb();
  return db.select({ id: agency.id, name: agency.name, sector: agency.sector, district: agency.district }).from(agency).orderBy(asc(agency.name));
}

export type ProfileResult = { ok: true } | { ok: false; errors: Partial<Record<keyof ProfileInput, string>> };

/** Save a person's profile; first completion marks the profile complete. */
export async function saveProfile(actor: Actor, personId: string, input: ProfileInput): Promise<ProfileResult> {
  assertSelfOrAdmin(actor, personId);
  const db = await getDb();
  const [a] = await db.select({ id: agency.id }).from(agency).where(eq(agency.id, input.agencyId));
  if (!a) return { ok: false, errors: { agencyId: "Select your organisation" } };
  const email = input.lineManagerEmail.toLowerCase();
  const [me] = await db.select({ email: person.email, done: person.profileCompletedAt }).from(person).where(eq(person.id, personId));
  if (me && me.email.toLowerCase() === email) {
    return { ok: false, errors: { lineManagerEmail: "Enter your line manager's email address, not your own" } };
  }
  await db.transaction(async (tx) => {
    await tx
      .update(person)
      .set({ name: input.name, jobTitle: input.jobTitle, agencyId: input.agencyId, lineManagerEmail: email, profileCompletedAt: me?.done ?? new Date() })
      .where(eq(person.id, personId));
    await recordAudit({ actorId: actor.id, action: "person.profile_saved", entity: "person", entityId: personId }, tx);
  });
  return { ok: true };
}
