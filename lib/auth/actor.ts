// The caller, as every domain function sees it (client-safe, no I/O).
import type { Role } from "./roles";

export type Actor = {
  id: string;
  email: string;
  name: string | null;
  jobTitle: string | null;
  agencyId: number | null;
  lineManagerEmail: string | null;
  roles: Role[];
  profileComplete: boolean;
};

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return Boolean(actor && roles.some((r) => actor.roles.includes(r)));
}

