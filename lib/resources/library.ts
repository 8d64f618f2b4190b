// The Safer policy library: templates and their versions, downloads for active members only, reviews.
import { and, asc, desc, eq, gt, inArray, isNull, lte, max, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { download, membership, organisation, resource, resourceVersion, reviewRecord } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { assertCan } from "@/lib/auth/policy";
import { enqueue } from "@/lib/jobs";
import { assertContactOf, organisationIdsOf } from "@/lib/membership/organisations";
import { activeOrganisationIdsFor } from "@/lib/membership/status";
import { londonToday } from "@/lib/membership/rules";
import type { ResourceInput, ReviewInput, VersionInput } from "./resource-schema";
import { checkUpload, downloadFileName, hasNewerVersion, policyStatus, reviewDateError, type PolicyStatus } from "./rules";

function requireSignedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
}

/** The latest public (not organisation-only) version of each resource. */
async function currentVersions(db: DbOrTx, resourceIds?: number[]) {
  const rows = await db
    .selectDistinctOn([resourceVersion.resourceId], {
      id: resourceVersion.id,
      resourceId: resourceVersion.resourceId,
      version: resourceVersion.version,
      changeSummary: resourceVersion.changeSummary,
      publishedAt: resourceVersion.publishedAt,
      contentType: resourceVersion.contentType,
    })
    .from(resourceVersion)
    .where(and(isNull(resourceVersion.organisationId), resourceIds ? inArray(resourceVersion.resourceId, resourceIds) : undefined))
    .orderBy(resourceVersion.resourceId, desc(resourceVersion.version));
  return new Map(rows.map((r) => [r.resourceId, r]));
}

/** Per resource, the newest public version an organisation downloaded and the version its last review was against. */
async function organisationUse(db: DbOrTx, organisationIds: number[]) {
  if (!organisationIds.length) return [];
  const downloads = await db
    .select({ organisationId: download.organisationId, resourceId: resourceVersion.resourceId, version: max(resourceVersion.version) })
    .from(download)
    .innerJoin(resourceVersion, eq(resourceVersion.id, download.resourceVersionId))
    .where(and(inArray(download.organisationId, organisationIds), isNull(resourceVersion.organisationId)))
    .groupBy(download.organisationId, resourceVersion.resourceId);
  const reviews = await db
    .selectDistinctOn([reviewRecord.organisationId, reviewRecord.resourceId], {
      organisationId: reviewRecord.organisationId,
      resourceId: reviewRecord.resourceId,
      version: resourceVersion.version,
      reviewedOn: reviewRecord.reviewedOn,
      notes: reviewRecord.notes,
    })
    .from(reviewRecord)
    .innerJoin(resourceVersion, eq(resourceVersion.id, reviewRecord.resourceVersionId))
    .where(inArray(reviewRecord.organisationId, organisationIds))
    .orderBy(reviewRecord.organisationId, reviewRecord.resourceId, desc(reviewRecord.reviewedOn), desc(reviewRecord.id));
  const key = (o: number, r: number) => `${o}:${r}`;
  const map = new Map<string, { organisationId: number; resourceId: number; downloaded: number | null; reviewed: number | null; reviewedOn: string | null; notes: string | null }>();
  for (const d of downloads) map.set(key(d.organisationId, d.resourceId), { organisationId: d.organisationId, resourceId: d.resourceId, downloaded: d.version, reviewed: null, reviewedOn: null, notes: null });
  for (const r of reviews) {
    const k = key(r.organisationId, r.resourceId);
    const e = map.get(k) ?? { organisationId: r.organisationId, resourceId: r.resourceId, downloaded: null, reviewed: null, reviewedOn: null, notes: null };
    map.set(k, { ...e, reviewed: r.version, reviewedOn: r.reviewedOn, notes: r.notes });
  }
  return [...map.values()];
}

export type LibraryItem = {
  id: number;
  slug: string;
  title: string;
  category: string;
  description: string;
  current: { id: number; version: number; changeSummary: string; publishedAt: Date; contentType: string } | null;
  downloaded: number | null;
  reviewed: number | null;
  reviewedOn: string | null;
  status: PolicyStatus;
};

/**
 * Every template with its current version; for a contact, what their organisation downloaded and reviewed.
 * Anyone signed in may see the list (so non-members see what membership offers); downloads are for members.
 */
export async function listLibrary(actor: Actor | null): Promise<{ items: LibraryItem[]; organisationId: number | null; isMember: boolean }> {
  requireSignedIn(actor);
  const db = await getDb();
  const [resources, current, [organisationId], active] = await Promise.all([
    db.select().from(resource).orderBy(asc(resource.title)),
    currentVersions(db),
    organisationIdsOf(actor.id, db),
    activeOrganisationIdsFor(actor.id, new Date(), db),
  ]);
  const use = organisationId ? await organisationUse(db, [organisationId]) : [];
  const items = resources.map((r): LibraryItem => {
    const c = current.get(r.id) ?? null;
    const u = use.find((x) => x.resourceId === r.id);
    const downloaded = u?.downloaded ?? null;
    const reviewed = u?.reviewed ?? null;
    return {
      id: r.id,
      slug: r.slug,
      title: r.title,
      category: r.category,
      description: r.description,
      current: c,
      downloaded,
      reviewed,
      reviewedOn: u?.reviewedOn ?? null,
      status: c ? policyStatus({ current: c.version, downloaded, reviewed }) : "not_used",
    };
  });
  return { items, organisationId: organisationId ?? null, isMember: active.length > 0 };
}

/** Templates with a newer version than the one the signed-in contact's organisation downloaded (the home page banner). */
export async function updatedSinceDownload(actor: Actor | null) {
  const { items } = await listLibrary(actor);
  return items.filter((i) => i.current && hasNewerVersion(i.current.version, i.downloaded));
}

/** One template with its version history (public versions, and the contact's own organisation's private files). */
export async function getResource(actor: Actor | null, resourceId: number) {
  requireSignedIn(actor);
  const db = await getDb();
  const [r] = await db.select().from(resource).where(eq(resource.id, resourceId));
  if (!r) return null;
  const mine = await organisationIdsOf(actor.id, db);
  const isAdmin = actor.roles.includes("admin");
  const versions = await db
    .select({
      id: resourceVersion.id,
      version: resourceVersion.version,
      changeSummary: resourceVersion.changeSummary,
      publishedAt: resourceVersion.publishedAt,
      contentType: resourceVersion.contentType,
      size: sql<number>`octet_length(${resourceVersion.content})`,
      organisationId: resourceVersion.organisationId,
    })
    .from(resourceVersion)
    .where(
      and(
        eq(resourceVersion.resourceId, resourceId),
        isAdmin ? undefined : mine.length ? sql`(${resourceVersion.organisationId} is null or ${inArray(resourceVersion.organisationId, mine)})` : isNull(resourceVersion.organisationId),
      ),
    )
    .orderBy(desc(resourceVersion.version));
  return { resource: r, versions, current: versions.find((v) => v.organisationId == null) ?? null };
}

export type DownloadedFile = { fileName: string; contentType: string; content: Buffer; versionId: number };

/**
 * A template file for a contact of an organisation with an active membership (for an organisation-only file,
 * that organisation). Every download is logged against the organisation.
 */
export async function downloadVersion(actor: Actor | null, resourceId: number, versionId?: number, now = new Date()): Promise<DownloadedFile> {
  requireSignedIn(actor);
  const db = await getDb();
  const active = await activeOrganisationIdsFor(actor.id, now, db);
  if (!active.length) throw new AuthorizationError("Only contacts of organisations with an active Safer membership can download templates", 403);
  let versionRow;
  if (versionId) {
    [versionRow] = await db.select().from(resourceVersion).where(and(eq(resourceVersion.id, versionId), eq(resourceVersion.resourceId, resourceId)));
  } else {
    [versionRow] = await db
      .select()
      .from(resourceVersion)
      .where(and(eq(resourceVersion.resourceId, resourceId), isNull(resourceVersion.organisationId)))
      .orderBy(desc(resourceVersion.version))
      .limit(1);
  }
  // Another organisation's private file is reported as missing, not forbidden: its existence is not disclosed.
  if (!versionRow || (versionRow.organisationId != null && !active.includes(versionRow.organisationId))) throw new AuthorizationError("Not found", 404);
  const [r] = await db.select({ slug: resource.slug }).from(resource).where(eq(resource.id, resourceId));
  const organisationId = versionRow.organisationId ?? active[0];
  await db.insert(download).values({ resourceVersionId: versionRow.id, organisationId, personId: actor.id, downloadedAt: now });
  return {
    fileName: downloadFileName(r.slug, versionRow.version, versionRow.contentType, versionRow.organisationId),
    contentType: versionRow.contentType,
    content: versionRow.content,
    versionId: versionRow.id,
  };
}

export type RecordReviewResult = { ok: true } | { ok: false; errors: { reviewedOn?: string; form?: string } };

/** The contact's organisation reviewed its own policy against the current template on a day (not before it was published). */
export async function recordReview(actor: Actor | null, input: ReviewInput, now = new Date()): Promise<RecordReviewResult> {
  requireSignedIn(actor);
  const db = await getDb();
  const [organisationId] = await organisationIdsOf(actor.id, db);
  if (!organisationId) throw new AuthorizationError("Not found", 404);
  await assertContactOf(actor, organisationId, db);
  const current = (await currentVersions(db, [input.resourceId])).get(input.resourceId);
  if (!current) return { ok: false, errors: { form: "This template has no published version yet" } };
  const dateError = reviewDateError(input.reviewedOn, { version: current.version, publishedOn: londonToday(current.publishedAt) }, londonToday(now));
  if (dateError) return { ok: false, errors: { reviewedOn: dateError } };
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviewRecord)
      .values({ organisationId, resourceId: input.resourceId, resourceVersionId: current.id, reviewedOn: input.reviewedOn, recordedBy: actor.id, notes: input.notes || null })
      .returning({ id: reviewRecord.id });
    await recordAudit({ actorId: actor.id, action: "review.recorded", entity: "review_record", entityId: row.id, details: { organisationId, resourceId: input.resourceId } }, tx);
  });
  return { ok: true };
}

// ---------- business unit ----------

function slugify(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "template";
}

export async function addResource(actor: Actor | null, input: ResourceInput): Promise<{ ok: true; resourceId: number }> {
  assertCan(actor, "resources:manage");
  const db = await getDb();
  const base = slugify(input.title);
  const taken = await db.select({ slug: resource.slug }).from(resource).where(sql`${resource.slug} like ${base + "%"}`);
  let slug = base;
  for (let n = 2; taken.some((t) => t.slug === slug); n++) slug = `${base}-${n}`;
  const [r] = await db.insert(resource).values({ slug, ...input }).returning({ id: resource.id });
  await recordAudit({ actorId: actor.id, action: "resource.added", entity: "resource", entityId: r.id });
  return { ok: true, resourceId: r.id };
}

export type UploadedFile = { name: string; bytes: Uint8Array };
export type PublishResult = { ok: true; versionId: number; version: number } | { ok: false; errors: { file?: string; changeSummary?: string } };

/**
 * Publish a new version of a template (or, with organisationId, a file for one organisation only). Organisations
 * that downloaded an older public version are told by a queued job.
 */
export async function publishVersion(actor: Actor | null, resourceId: number, input: VersionInput & { file: UploadedFile; organisationId?: number | null }, now = new Date()): Promise<PublishResult> {
  assertCan(actor, "resources:manage");
  const check = checkUpload(input.file.name, input.file.bytes);
  if (!check.ok) return { ok: false, errors: { file: check.error } };
  if (!input.changeSummary.trim()) return { ok: false, errors: { changeSummary: "Enter a summary of what changed" } };
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Lock the resource so two uploads at once get different version numbers.
    const [r] = await tx.select({ id: resource.id }).from(resource).where(eq(resource.id, resourceId)).for("update");
    if (!r) throw new AuthorizationError("Not found", 404);
    if (input.organisationId) {
      const [o] = await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, input.organisationId));
      if (!o) throw new AuthorizationError("Not found", 404);
    }
    const [{ last }] = await tx.select({ last: max(resourceVersion.version) }).from(resourceVersion).where(eq(resourceVersion.resourceId, resourceId));
    const version = (last ?? 0) + 1;
    const [v] = await tx
      .insert(resourceVersion)
      .values({
        resourceId,
        version,
        changeSummary: input.changeSummary.trim(),
        publishedAt: now,
        fileName: downloadFileName(`resource-${resourceId}`, version, check.contentType, input.organisationId),
        contentType: check.contentType,
        content: Buffer.from(input.file.bytes),
        organisationId: input.organisationId ?? null,
      })
      .returning({ id: resourceVersion.id });
    await recordAudit({ actorId: actor.id, action: "resource.version_published", entity: "resource_version", entityId: v.id, details: { resourceId, version } }, tx);
    if (!input.organisationId) await enqueue({ kind: "resources:version-published", payload: { versionId: v.id }, key: `resource-update:${v.id}` }, tx);
    return { ok: true as const, versionId: v.id, version };
  });
}

/** Admin list of templates with their current version and how many downloads each has had. */
export async function listResourcesForAdmin(actor: Actor | null) {
  assertCan(actor, "resources:manage");
  const db = await getDb();
  const [resources, current, downloads] = await Promise.all([
    db.select().from(resource).orderBy(asc(resource.title)),
    currentVersions(db),
    db
      .select({ resourceId: resourceVersion.resourceId, n: sql<number>`count(*)::int` })
      .from(download)
      .innerJoin(resourceVersion, eq(resourceVersion.id, download.resourceVersionId))
      .groupBy(resourceVersion.resourceId),
  ]);
  return resources.map((r) => ({ ...r, current: current.get(r.id) ?? null, downloads: downloads.find((d) => d.resourceId === r.id)?.n ?? 0 }));
}

export type OutOfDateMember = {
  organisationId: number;
  name: string;
  district: string;
  items: { resourceId: number; title: string; current: number; downloaded: number | null; reviewed: number | null; reviewedOn: string | null; status: PolicyStatus }[];
};

/** Active members whose own policies are behind a current template (reviewed an older version, or never reviewed). */
export async function outOfDateMembers(actor: Actor | null, now = new Date()): Promise<OutOfDateMember[]> {
  assertCan(actor, "resources:manage");
  const db = await getDb();
  const today = londonToday(now);
  const members = await db
    .selectDistinct({ id: organisation.id, name: organisation.name, district: organisation.district })
    .from(organisation)
    .innerJoin(
      membership,
      and(eq(membership.organisationId, organisation.id), inArray(membership.status, ["active", "lapsed"]), lte(membership.startsOn, today), gt(membership.endsOn, today)),
    )
    .orderBy(organisation.name);
  const [use, current, resources] = await Promise.all([
    organisationUse(db, members.map((m) => m.id)),
    currentVersions(db),
    db.select({ id: resource.id, title: resource.title }).from(resource),
  ]);
  const out: OutOfDateMember[] = [];
  for (const m of members) {
    const items = use
      .filter((u) => u.organisationId === m.id && current.has(u.resourceId))
      .map((u) => {
        const c = current.get(u.resourceId)!.version;
        return { resourceId: u.resourceId, title: resources.find((r) => r.id === u.resourceId)?.title ?? "", current: c, downloaded: u.downloaded, reviewed: u.reviewed, reviewedOn: u.reviewedOn, status: policyStatus({ current: c, downloaded: u.downloaded, reviewed: u.reviewed }) };
      })
      .filter((i) => i.status === "out_of_date" || i.status === "never_reviewed")
      .sort((a, b) => a.title.localeCompare(b.title));
    if (items.length) out.push({ organisationId: m.id, name: m.name, district: m.district, items });
  }
  return out;
}
