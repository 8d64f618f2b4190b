// Who is calling. Every page, server action and route handler starts here.
import { cache } from "react";
import { and, eq, gt, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb, type Db } from "@/db/client";
import { authSession, person } from "@/db/schema";
import { AuthorizationError } from "./errors";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionCookieName } from "./config";
import { actorFromPerson, hasRole, type Actor } from "./actor";
import type { Role } from "./roles";

export { hasRole, type Actor };

export async function getActorById(id: string): Promise<Actor | null> {
  const db = await getDb();
  const [p] = await db.select().from(person).where(eq(person.id, id)).limit(1);
  return !p || p.anonymisedAt ? null : actorFromPerson(p);
}

/**
 * The session lookup, built once per database client: every signed-in request runs it, and drizzle building the
 * query each time cost ~80 µs of CPU (a prepared query keeps its SQL; `now` is an ISO string because a
 * placeholder's value goes to the driver as it is).
 */
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();
function prepareSessionLookup(db: Db) {
  return db
    .select({ p: person, expires: authSession.expires })
    .from(authSession)
    .innerJoin(person, eq(person.id, authSession.userId))
    .where(and(eq(authSession.sessionToken, sql.placeholder("token")), gt(authSession.expires, sql.placeholder("now"))))
    .limit(1)
    .prepare("actor_for_session_token");
}
function sessionLookup(db: Db) {
  let q = sessionLookups.get(db);
  if (!q) sessionLookups.set(db, (q = prepareSessionLookup(db)));
  return q;
}

/**
 * The person behind a next-auth database-session token, in one query, or null when the session has expired.
 * Like next-auth, a session used more than SESSION_UPDATE_AGE after it was last extended is extended again.
 */
export async function actorForSessionToken(token: string, now = new Date()): Promise<Actor | null> {
  const db = await getDb();
  const [row] = await sessionLookup(db).execute({ token, now: now.toISOString() });
  if (!row || row.p.anonymisedAt) return null;
  const extendedAt = row.expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000;
  if (now.getTime() - extendedAt > SESSION_UPDATE_AGE_SECONDS * 1000) {
    await db
      .update(authSession)
      .set({ expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) })
      .where(and(eq(authSession.sessionToken, token), eq(authSession.expires, row.expires)));
  }
  return actorFromPerson(row.p);
}

/**
 * The signed-in person, or null. Reads next-auth's session cookie and looks the session up directly (one
 * query, not next-auth's whole handler), once per request: the layout and the page share the answer.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token ? actorForSessionToken(token) : null;
});

/** For pages: send people who are not signed in to sign in, and new people to finish their profile. */
export async function requirePageActor(opts: { roles?: Role[]; returnTo: string; allowIncompleteProfile?: boolean }): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(opts.returnTo)}`);
  if (!actor.profileComplete && !opts.allowIncompleteProfile) redirect(`/profile?returnTo=${encodeURIComponent(opts.returnTo)}`);
  // forbidden() renders app/forbidden.tsx with status 403 (a redirect to a page answered 200).
  if (opts.roles && !hasRole(actor, ...opts.roles)) forbidden();
  return actor;
}

/** For server actions and route handlers: refuse instead of redirecting. */
export async function requireActor(...roles: Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
  if (roles.length && !hasRole(actor, ...roles)) throw new AuthorizationError("You do not have permission to do that", 403);
  return actor;
}
