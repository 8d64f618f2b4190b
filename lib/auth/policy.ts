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
  | "register:reopen";

const ADMIN_ONLY: Permission[] = [
  "catalogue:manage",
  "reports:view",
  "audit:view",
  "charges:manage",
  "membership:manage",
  "resources:manage",
  "register:reopen",
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

/** Trainers of the session, or an admin. */
export function assertTrainerOf(actor: Actor | null, trainerIds: string[]): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (actor.roles.includes("admin")) return;
  if (!actor.roles.includes("trainer") || !trainerIds.includes(actor.id)) throw new AuthorizationError("Not found", 404);
}
