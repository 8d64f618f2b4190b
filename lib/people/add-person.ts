// The business unit adds someone who has not signed in yet (a new trainer, a new colleague in the business unit),
// so they can be given a role and chosen as a session's trainer at once. Signing in later with that address uses
// this row: our sign-in and next-auth's adapter look people up by the address in lower case, which is how it is
// stored here. At first sign-in they are asked for their job title, organisation and line manager (/profile).
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { AddPersonInput } from "./add-person-schema";
import { displayName, rolesAfter } from "./roles";

export type ExistingPerson = { id: string; name: string };
export type AddPersonResult = { ok: true; personId: string } | { ok: false; errors: { email?: string }; existing?: ExistingPerson };

export async function addPerson(actor: Actor, input: AddPersonInput): Promise<AddPersonResult> {
  assertCan(actor, "people:manage");
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  const roles = rolesAfter([], input.roles);
  const added = await db.transaction(async (tx) => {
    // The unique index on lower(email) decides between two adds (or an add and a first sign-in) at the same moment.
    const [p] = await tx.insert(person).values({ email, name: input.name, roles }).onConflictDoNothing().returning({ id: person.id });
    if (!p) return null;
    await recordAudit({ actorId: actor.id, action: "person.added", entity: "person", entityId: p.id, details: { email, name: input.name, roles } }, tx);
    return p.id;
  });
  if (added) return { ok: true, personId: added };
  const existing = await personWithEmail(db, email);
  return {
    ok: false,
    errors: { email: existing ? `${existing.name} already has this email address` : "Someone already has this email address. Enter a different one" },
    existing: existing ?? undefined,
  };
}

/** Who has this address (any case), unless they were anonymised (then there is nobody to show). */
async function personWithEmail(db: DbOrTx, email: string): Promise<ExistingPerson | null> {
  const [p] = await db
    .select({ id: person.id, name: person.name, email: person.email, anonymisedAt: person.anonymisedAt })
    .from(person)
    .where(sql`lower(${person.email}) = ${email}`)
    .limit(1);
  return p && !p.anonymisedAt ? { id: p.id, name: displayName(p) } : null;
}

