// The business unit gives and takes away the trainer and admin roles. The rules are in ./roles.ts; here they are
// applied to facts read under a lock, and every change is audited.
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { assertCan } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/roles";
import { isPersonId, trainerSessionsOf } from "./directory";
import { roleChangeProblems, rolesAfter, sameRoles, sortRoles, type RoleChangeErrors } from "./roles";
import type { PersonRolesInput } from "./roles-schema";

export type RoleChangeResult =
  | { ok: true; changed: boolean; before: Role[]; after: Role[]; trainerSessionsKept: number }
  | { ok: false; errors: RoleChangeErrors };

/**
 * Save which of trainer and admin the person holds (learner and Safer contact stay as they are).
 *
 * Two admins saving at the same moment must not both pass the "someone else is still an admin" check and leave
 * nobody (A removes B while B removes A). So the transaction first takes, in one statement and in id order, the
 * rows of everyone who is an admin and of the person changed, FOR UPDATE. A second save waits for the first to
 * commit, then PostgreSQL reads those rows again and leaves out anyone who is no longer an admin: it sees the
 * admins as they are now, and the last one's role is kept. The same lock makes two saves of one person's roles
 * apply one after the other, each from the other's result.
 */
export async function changePersonRoles(actor: Actor, input: PersonRolesInput, now = new Date()): Promise<RoleChangeResult> {
  assertCan(actor, "people:manage");
  if (!isPersonId(input.personId)) throw new AuthorizationError("Not found", 404);
  const db = await getDb();
  return db.transaction(async (tx): Promise<RoleChangeResult> => {
    const locked = await tx
      .select({ id: person.id, name: person.name, email: person.email, roles: person.roles, anonymisedAt: person.anonymisedAt })
      .from(person)
      .where(or(eq(person.id, input.personId), and(sql`${person.roles} @> array['admin']::role[]`, isNull(person.anonymisedAt))))
      .orderBy(asc(person.id))
      .for("update");
    const target = locked.find((p) => p.id === input.personId);
    if (!target || target.anonymisedAt) throw new AuthorizationError("Not found", 404);
    const before = sortRoles(target.roles as Role[]);
    const after = rolesAfter(before, input.roles);
    const adminIds = locked.filter((p) => (p.roles as Role[]).includes("admin") && !p.anonymisedAt).map((p) => p.id);
    const losesTrainer = before.includes("trainer") && !after.includes("trainer");
    const trainerSessionsKept = losesTrainer ? (await trainerSessionsOf(tx, target.id, now)).length : 0;
    const problems = roleChangeProblems({
      actorId: actor.id,
      person: { ...target, roles: before },
      after,
      adminIds,
      trainerSessionCount: trainerSessionsKept,
      confirmTrainerRemoval: input.confirmTrainerRemoval,
    });
    if (problems) return { ok: false, errors: problems };
    // The caller was an admin when the request began; one who has just lost the role (another admin's save,
    // committed while this one waited for the lock) may no longer change anyone's.
    if (!adminIds.includes(actor.id)) throw new AuthorizationError("You do not have permission to do that", 403);
    if (sameRoles(before, after)) return { ok: true, changed: false, before, after, trainerSessionsKept: 0 };
    await tx.update(person).set({ roles: after }).where(eq(person.id, target.id));
    await recordAudit(
      {
        actorId: actor.id,
        action: "person.roles-changed",
        entity: "person",
        entityId: target.id,
        details: { before, after, ...(trainerSessionsKept ? { trainerSessionsKept } : {}) },
      },
      tx,
    );
    return { ok: true, changed: true, before, after, trainerSessionsKept };
  });
}
