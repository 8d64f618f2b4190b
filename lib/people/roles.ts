// The rules for giving and taking away roles (pure: no database, unit-tested). lib/people/change-roles.ts reads the
// facts under a lock and asks these whether the change may be made.
import { ROLES, type Role } from "@/lib/auth/roles";
import { EDITABLE_ROLES, type EditableRole } from "./labels";

/** A person's roles in one order (learner, trainer, admin, safer contact), each once. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

/**
 * The roles a person will hold when the boxes ticked are `wanted`: trainer and admin as ticked, learner always (the
 * whole service is built on it), and Safer contact as it was (Safer contacts are made by accepting an invitation or
 * applying for membership, and stop being one through Safer, not here).
 */
export function rolesAfter(current: readonly Role[], wanted: readonly EditableRole[]): Role[] {
  const kept = current.filter((r) => !(EDITABLE_ROLES as readonly Role[]).includes(r));
  return sortRoles(["learner", ...kept, ...wanted]);
}

export function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  const x = sortRoles(a);
  const y = sortRoles(b);
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

export type RoleChangeFacts = {
  actorId: string;
  person: { id: string; name: string | null; email: string; roles: readonly Role[] };
  after: readonly Role[];
  /** Everyone who holds the admin role now (read under the lock), the person included if they do. */
  adminIds: readonly string[];
  /** Sessions still to run (or whose register is still open) that the person is a trainer of. */
  trainerSessionCount: number;
  confirmTrainerRemoval: boolean;
};

export type RoleChangeErrors = { roles?: string; confirmTrainerRemoval?: string };

/**
 * Whether the change may be made: null if so, otherwise what to show next to which field.
 *
 * - Nobody removes their own admin role: an admin who clicks the wrong box would lock themself out of the page that
 *   gives it back, and it takes a second admin to agree that someone no longer runs the business unit.
 * - The last admin keeps the role: with none, nobody could run the catalogue or give the role to anyone again
 *   (except with SQL).
 * - A trainer of sessions still to come may lose the role, after a warning that lists those sessions (the page)
 *   and a confirmation. We allow it rather than refuse because the business unit takes the role away when a
 *   trainer leaves or must stop training, and that has to happen at once, not after every session has been
 *   rearranged: without the role they can no longer open those registers (nor the people on them). They stay
 *   listed on the sessions until the business unit chooses another trainer, so nothing is silently lost, and the
 *   page links to each session to do that.
 */
export function roleChangeProblems(f: RoleChangeFacts): RoleChangeErrors | null {
  const wasAdmin = f.person.roles.includes("admin");
  const staysAdmin = f.after.includes("admin");
  if (wasAdmin && !staysAdmin) {
    if (f.person.id === f.actorId) return { roles: "You cannot remove your own admin role. Another admin can remove it if you no longer need it" };
    const others = f.adminIds.filter((id) => id !== f.person.id);
    if (!others.length) return { roles: `${displayName(f.person)} is the only admin. Make someone else an admin before removing this role` };
  }
  const losesTrainer = f.person.roles.includes("trainer") && !f.after.includes("trainer");
  if (losesTrainer && f.trainerSessionCount > 0 && !f.confirmTrainerRemoval) {
    const sessions = f.trainerSessionCount === 1 ? "1 session" : `${f.trainerSessionCount} sessions`;
    return {
      confirmTrainerRemoval: `${displayName(f.person)} is a trainer of ${sessions} still to run or with an open register. Select “Remove the trainer role anyway” or keep Trainer selected`,
    };
  }
  return null;
}

export function displayName(p: { name: string | null; email: string }): string {
  return p.name?.trim() || p.email;
}
