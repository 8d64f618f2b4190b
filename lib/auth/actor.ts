// The caller, as every domain function sees it (client-safe, no I/O).
import type { person } from "@/db/schema";
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


/** A person's row as the Actor every domain function takes. */
export function actorFromPerson(p: typeof person.$inferSelect): Actor {
  return {
    id: p.id,
    email: p.email,
    name: p.name,
    jobTitle: p.jobTitle,
    agencyId: p.agencyId,
    lineManagerEmail: p.lineManagerEmail,
    roles: p.roles as Role[],
    profileComplete: Boolean(p.profileCompletedAt),
  };
}
