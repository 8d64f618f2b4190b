// Opportunities as the business unit manages them: list, read, create, edit. Every function checks catalogue:manage.
import { and, asc, count, eq, gt, ilike, inArray, like, ne, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { opportunity, session } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { OpportunityType } from "./labels";
import type { OpportunityInput } from "./opportunity-schema";
import { slugify, uniqueSlug } from "./slug";

export const ADMIN_PAGE_SIZE = 20;

export type OpportunityFilter = { q?: string; type?: OpportunityType | ""; page?: number };

/** A page of opportunities matching the title search and type, newest edits first. */
export async function listOpportunitiesForAdmin(actor: Actor, filter: OpportunityFilter = {}, now = new Date()) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const q = filter.q?.trim();
  const where = and(
    q ? ilike(opportunity.title, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    filter.type ? eq(opportunity.type, filter.type) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(opportunity).where(where);
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
  const upcoming = db
    .select({ opportunityId: session.opportunityId, n: count().as("n") })
    .from(session)
    .where(and(gt(session.startsAt, now), eq(session.status, "scheduled")))
    .groupBy(session.opportunityId)
    .as("upcoming");
  const items = await db
    .select({
      id: opportunity.id,
      title: opportunity.title,
      slug: opportunity.slug,
      type: opportunity.type,
      topic: opportunity.topic,
      published: opportunity.published,
      upcomingSessions: sql<number>`coalesce(${upcoming.n}, 0)::int`,
    })
    .from(opportunity)
    .leftJoin(upcoming, eq(upcoming.opportunityId, opportunity.id))
    .where(where)
    .orderBy(asc(opportunity.title), asc(opportunity.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE);
  return { items, total, page, pages };
}

export async function getOpportunityForAdmin(actor: Actor, id: number) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  const [row] = await db.select().from(opportunity).where(eq(opportunity.id, id));
  return row ?? null;
}

/** Every opportunity except `exceptId`, for choosing prerequisites. */
export async function listPrerequisiteChoices(actor: Actor, exceptId?: number) {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  return db
    .select({ id: opportunity.id, title: opportunity.title })
    .from(opportunity)
    .where(exceptId ? ne(opportunity.id, exceptId) : undefined)
    .orderBy(asc(opportunity.title));
}

export type SaveResult = { ok: true; id: number } | { ok: false; errors: Partial<Record<string, string>> };

function columns(input: OpportunityInput) {
  const has = (s: (typeof input.settings)[number]) => input.settings.includes(s);
  return {
    title: input.title,
    type: input.type,
    topic: input.topic,
    level: input.level,
    audience: input.audience,
    summary: input.summary,
    description: input.description,
    outcomes: input.outcomes,
    prerequisites: input.prerequisites,
    prerequisiteOpportunityIds: [...new Set(input.prerequisiteOpportunityIds)],
    duration: input.duration,
    multiAgency: has("multiAgency"),
    requiresManagerApproval: has("requiresManagerApproval"),
    membersOnly: has("membersOnly"),
    published: has("published"),
  };
}

async function prerequisiteError(tx: Tx, ids: number[], selfId?: number): Promise<string | null> {
  if (!ids.length) return null;
  if (selfId && ids.includes(selfId)) return "An opportunity cannot be its own prerequisite";
  const found = await tx.select({ id: opportunity.id }).from(opportunity).where(inArray(opportunity.id, ids));
  return found.length === new Set(ids).size ? null : "Select prerequisite opportunities from the list";
}

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title);
  const rows = await tx
    .select({ slug: opportunity.slug })
    .from(opportunity)
    .where(or(eq(opportunity.slug, base), like(opportunity.slug, `${base}-%`)));
  return uniqueSlug(base, new Set(rows.map((r) => r.slug)));
}

/** Create an opportunity; its slug comes from the title (made unique with -2, -3 ...). */
export async function createOpportunity(actor: Actor, input: OpportunityInput): Promise<SaveResult> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const prereq = await prerequisiteError(tx, input.prerequisiteOpportunityIds);
    if (prereq) return { ok: false, errors: { prerequisiteOpportunityIds: prereq } };
    const slug = await freeSlug(tx, input.title);
    const [row] = await tx.insert(opportunity).values({ ...columns(input), slug }).returning({ id: opportunity.id });
    await recordAudit({ actorId: actor.id, action: "opportunity.created", entity: "opportunity", entityId: row.id, details: { title: input.title, slug } }, tx);
    return { ok: true, id: row.id };
  });
}

/** Edit an opportunity. The slug stays as it was: links in emails and bookmarks keep working. */
export async function updateOpportunity(actor: Actor, id: number, input: OpportunityInput): Promise<SaveResult> {
  assertCan(actor, "catalogue:manage");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(opportunity).where(eq(opportunity.id, id)).for("update");
    if (!before) return { ok: false, errors: { title: "This opportunity no longer exists" } };
    const prereq = await prerequisiteError(tx, input.prerequisiteOpportunityIds, id);
    if (prereq) return { ok: false, errors: { prerequisiteOpportunityIds: prereq } };
    const next = columns(input);
    const changed = Object.keys(next).filter((k) => JSON.stringify(next[k as keyof typeof next]) !== JSON.stringify(before[k as keyof typeof before]));
    await tx.update(opportunity).set({ ...next, updatedAt: new Date() }).where(eq(opportunity.id, id));
    await recordAudit({ actorId: actor.id, action: "opportunity.updated", entity: "opportunity", entityId: id, details: { changed } }, tx);
    return { ok: true, id };
  });
}

/** Form values for editing an existing opportunity. */
export function opportunityFormValues(o: typeof opportunity.$inferSelect): Record<string, string | string[]> {
  return {
    title: o.title,
    type: o.type,
    topic: o.topic,
    level: o.level,
    audience: o.audience,
    summary: o.summary,
    description: o.description,
    outcomes: o.outcomes.join("\n"),
    prerequisites: o.prerequisites ?? "",
    prerequisiteOpportunityIds: o.prerequisiteOpportunityIds.map(String),
    duration: o.duration,
    settings: (["multiAgency", "requiresManagerApproval", "membersOnly", "published"] as const).filter((k) => o[k]),
  };
}

