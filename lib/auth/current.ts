// Who is calling. Every page, server action and route handler starts here.
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { person } from "@/db/schema";
import { AuthorizationError } from "./errors";
import { getAuthOptions } from "./options";
import { hasRole, type Actor } from "./actor";
import type { Role } from "./roles";

export { hasRole, type Actor };

export async function getActorById(id: string): Promise<Actor | null> {
  const db = await getDb();
  const [p] = await db.select().from(person).where(eq(person.id, id)).limit(1);
  if (!p || p.anonymisedAt) return null;
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

/** The signed-in person, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(await getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? getActorById(id) : null;
}

/** For pages: send people who are not signed in to sign in, and new people to finish their profile. */
export async function requirePageActor(opts: { roles?: Role[]; returnTo: string; allowIncompleteProfile?: boolean }): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(opts.returnTo)}`);
  if (!actor.profileComplete && !opts.allowIncompleteProfile) redirect(`/profile?returnTo=${encodeURIComponent(opts.returnTo)}`);
  if (opts.roles && !hasRole(actor, ...opts.roles)) redirect("/forbidden");
  return actor;
}

/** For server actions and route handlers: refuse instead of redirecting. */
export async function requireActor(...roles: Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (roles.length && !hasRole(actor, ...roles)) throw new AuthorizationError("You do not have permission to do that", 403);
  return actor;
}
