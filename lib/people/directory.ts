// The business unit's view of people (People and roles): find someone by name or email, the people who hold the
// trainer or admin role, and one person's details with the sessions they are a trainer of. Anonymised people are
// never shown: they are nobody any more.
import { and, asc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agency, opportunity, person, session, sessionTrainer } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/roles";
import { PEOPLE_LIST_LIMIT } from "./labels";
import { sortRoles } from "./roles";
import { containsPattern } from "./search-query";

export type PersonListRow = { id: string; name: string | null; email: string; organisation: string | null; roles: Role[] };
export type PeopleList = { rows: PersonListRow[]; more: boolean };

/**
 * People whose name or email address contains `term` (any case), or with no term everyone who holds the trainer or
 * admin role; at most PEOPLE_LIST_LIMIT, and `more` says when there were more (the page asks for a closer search).
 */
export async function findPeople(actor: Actor, term: string | null): Promise<PeopleList> {
  assertCan(actor, "people:manage");
  const db = await getDb();
  const match = term
    ? or(ilike(person.name, containsPattern(term)), ilike(person.email, containsPattern(term)))
    : sql`${person.roles} && array['trainer','admin']::role[]`;
  const rows = await db
    .select({ id: person.id, name: person.name, email: person.email, organisation: agency.name, roles: person.roles })
    .from(person)
    .leftJoin(agency, eq(agency.id, person.agencyId))
    .where(and(isNull(person.anonymisedAt), match))
    .orderBy(sql`${person.name} asc nulls last`, asc(person.email), asc(person.id))
    .limit(PEOPLE_LIST_LIMIT + 1);
  return {
    rows: rows.slice(0, PEOPLE_LIST_LIMIT).map((r) => ({ ...r, roles: sortRoles(r.roles as Role[]) })),
    more: rows.length > PEOPLE_LIST_LIMIT,
  };
}

/** A session the person trains: still to run, or over with its register still to close. */
export type TrainerSession = { sessionId: number; opportunityId: number; title: string; startsAt: Date; endsAt: Date };

export type PersonForAdmin = {
  id: string;
  name: string | null;
  email: string;
  jobTitle: string | null;
  organisation: string | null;
  roles: Role[];
  profileComplete: boolean;
  /** Whether they have ever signed in (next-auth marks the address verified then). */
  signedIn: boolean;
  trainerSessions: TrainerSession[];
};

/** One person for the business unit, or null when there is nobody with that id (or they were anonymised). */
export async function getPersonForAdmin(actor: Actor, personId: string, now = new Date()): Promise<PersonForAdmin | null> {
  assertCan(actor, "people:manage");
  if (!isPersonId(personId)) return null;
  const db = await getDb();
  const [p] = await db
    .select({
      id: person.id,
      name: person.name,
      email: person.email,
      jobTitle: person.jobTitle,
      organisation: agency.name,
      roles: person.roles,
      profileCompletedAt: person.profileCompletedAt,
      emailVerified: person.emailVerified,
    })
    .from(person)
    .leftJoin(agency, eq(agency.id, person.agencyId))
    .where(and(eq(person.id, personId), isNull(person.anonymisedAt)));
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    jobTitle: p.jobTitle,
    organisation: p.organisation,
    roles: sortRoles(p.roles as Role[]),
    profileComplete: Boolean(p.profileCompletedAt),
    signedIn: Boolean(p.emailVerified),
    trainerSessions: await trainerSessionsOf(db, p.id, now),
  };
}

/** Person ids are ours (UUIDs); anything much longer came from a crafted address and is nobody. */
export function isPersonId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= 100;
}

/**
 * The sessions the person is a trainer of that still need a trainer: not cancelled, and still to end or with a
 * register not yet closed (the trainer closes it after the session). Sessions long done stay as history.
 */
export async function trainerSessionsOf(db: DbOrTx, personId: string, now: Date): Promise<TrainerSession[]> {
  return db
    .select({
      sessionId: session.id,
      opportunityId: session.opportunityId,
      title: opportunity.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
    })
    .from(sessionTrainer)
    .innerJoin(session, eq(session.id, sessionTrainer.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(
      and(
        eq(sessionTrainer.personId, personId),
        eq(session.status, "scheduled"),
        or(sql`${session.endsAt} > ${now.toISOString()}::timestamptz`, isNull(session.registerClosedAt)),
      ),
    )
    .orderBy(asc(session.startsAt), asc(session.id));
}
