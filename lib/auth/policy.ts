// Who may do what to which record. Pure functions over an Actor and the facts about a record,
// so every domain function can call one line at its top and tests can check the matrix.
import type { Actor } from "./actor";
import { AuthorizationError } from "./errors";

export type Permission =
  | "catalogue:manage"
  | "reports:view"
  | "audit:view"
  | "charges:manage"
  | "membership:manage"
  | "resources:manage"
  | "register:reopen"
  | "settings:manage"
  | "people:manage";

const ADMIN_ONLY: Permission[] = [
  "catalogue:manage",
  "reports:view",
  "audit:view",
  "charges:manage",
  "membership:manage",
  "resources:manage",
  "register:reopen",
  "settings:manage",
  "people:manage",
];

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  if (ADMIN_ONLY.includes(permission)) return actor.roles.includes("admin");
  return false;
}

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (!can(actor, permission)) throw new AuthorizationError("You do not have permission to do that", 403);
}

/** A person's own record, or an admin. */
export function assertSelfOrAdmin(actor: Actor | null, personId: string): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (actor.id !== personId && !actor.roles.includes("admin")) throw new AuthorizationError("Not found", 404);
}

/** Only the person themself (answering their own evaluation): not even an admin may answer for them. */
export function assertSelf(actor: Actor | null, personId: string): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (actor.id !== personId) throw new AuthorizationError("Not found", 404);
}

/** Trainers of the session, or an admin. */
export function assertTrainerOf(actor: Actor | null, trainerIds: string[]): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (actor.roles.includes("admin")) return;
  if (!actor.roles.includes("trainer") || !trainerIds.includes(actor.id)) throw new AuthorizationError("Not found", 404);
}

/** Booking needs a signed-in person with a finished profile (organisation and line manager). */
export function assertCanBook(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (!actor.profileComplete) throw new AuthorizationError("Finish your profile before booking", 403);
}
