// The business unit's side of Safer: list applications and members, approve or decline.
import { and, asc, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { membership, organisation, person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { enqueue } from "@/lib/jobs";
import type { DecisionInput } from "./decision-schema";
import { londonToday, periodFrom } from "./rules";

export const MEMBERSHIP_STATUSES = ["pending", "active", "lapsed", "declined"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export type MembershipFilters = { status?: MembershipStatus; district?: string; orgType?: string; q?: string; page?: number };
export const PAGE_SIZE = 50;

/** Each organisation with its latest membership row (application, period or decision). */
function latestRows(db: Db) {
  return db
      .selectDistinctOn([membership.organisationId], {
        membershipId: membership.id,
        organisationId: membership.organisationId,
        status: membership.status,
        tier: membership.tier,
        feePence: membership.feePence,
        appliedAt: membership.appliedAt,
        startsOn: membership.startsOn,
        endsOn: membership.endsOn,
      })
      .from(membership)
      .orderBy(membership.organisationId, desc(membership.appliedAt), desc(membership.id))
      .as("latest");
}

export async function listMemberships(actor: Actor | null, filters: MembershipFilters = {}) {
  assertCan(actor, "membership:manage");
  const db = await getDb();
  const latest = latestRows(db);
  const where: SQL[] = [];
  if (filters.status) where.push(eq(latest.status, filters.status));
  if (filters.district) where.push(eq(organisation.district, filters.district));
  if (filters.orgType) where.push(eq(organisation.orgType, filters.orgType));
  if (filters.q) where.push(ilike(organisation.name, `%${filters.q.replace(/[%_\\]/g, "\\$&")}%`));
  const cond = where.length ? and(...where) : undefined;
  const page = Math.max(1, filters.page ?? 1);
  const [{ n }] = await db.select({ n: count() }).from(organisation).innerJoin(latest, eq(latest.organisationId, organisation.id)).where(cond);
  const rows = await db
    .select({
      organisationId: organisation.id,
      name: organisation.name,
      district: organisation.district,
      orgType: organisation.orgType,
      sizeBand: organisation.sizeBand,
      membershipId: latest.membershipId,
      status: latest.status,
      appliedAt: latest.appliedAt,
      startsOn: latest.startsOn,
      endsOn: latest.endsOn,
    })
    .from(organisation)
    .innerJoin(latest, eq(latest.organisationId, organisation.id))
    .where(cond)
    // Applications waiting for a decision first, then by name.
    .orderBy(desc(eq(latest.status, "pending")), asc(organisation.name), asc(organisation.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { total: n, page, pageCount: Math.max(1, Math.ceil(n / PAGE_SIZE)), rows };
}

/** Distinct districts and organisation types among organisations, for the filters. */
export async function membershipFilterOptions(actor: Actor | null) {
  assertCan(actor, "membership:manage");
  const db = await getDb();
  const [districts, types] = await Promise.all([
    db.selectDistinct({ v: organisation.district }).from(organisation).orderBy(organisation.district),
    db.selectDistinct({ v: organisation.orgType }).from(organisation).orderBy(organisation.orgType),
  ]);
  return { districts: districts.map((r) => r.v), types: types.map((r) => r.v) };
}

/** One membership row with its organisation and the people involved. */
export async function getMembershipForDecision(actor: Actor | null, membershipId: number) {
  assertCan(actor, "membership:manage");
  const db = await getDb();
  const [row] = await db
    .select({ membership, organisation, decidedByEmail: person.email })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .leftJoin(person, eq(person.id, membership.decidedBy))
    .where(eq(membership.id, membershipId));
  if (!row) return null;
  const history = await db.select().from(membership).where(eq(membership.organisationId, row.organisation.id)).orderBy(desc(membership.appliedAt), desc(membership.id));
  return { ...row, history };
}

export type DecisionResult = { ok: true } | { ok: false; message: string };

/**
 * Approve (a 12-month period from today) or decline with a reason. Only a pending application can be decided;
 * the status check and update are one statement, so two admins deciding at once cannot both win.
 * The lead contact is told by a queued email.
 */
export async function decideMembership(actor: Actor | null, input: DecisionInput, now = new Date()): Promise<DecisionResult> {
  assertCan(actor, "membership:manage");
  if (input.decision === "decline" && !input.reason?.trim()) return { ok: false, message: "Enter the reason for declining the application" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const period = periodFrom(londonToday(now));
    const values =
      input.decision === "approve"
        ? { status: "active" as const, startsOn: period.startsOn, endsOn: period.endsOn, declineReason: null }
        : { status: "declined" as const, declineReason: input.reason!.trim() };
    const [m] = await tx
      .update(membership)
      .set({ ...values, decidedAt: now, decidedBy: actor.id })
      .where(and(eq(membership.id, input.membershipId), eq(membership.status, "pending")))
      .returning({ id: membership.id, organisationId: membership.organisationId });
    if (!m) return { ok: false as const, message: "This application has already been decided" };
    await recordAudit(
      { actorId: actor.id, action: `membership.${input.decision === "approve" ? "approved" : "declined"}`, entity: "membership", entityId: m.id, details: { organisationId: m.organisationId } },
      tx,
    );
    await enqueue({ kind: "membership:decision-email", payload: { membershipId: m.id }, key: `membership-decision:${m.id}` }, tx);
    return { ok: true as const };
  });
}
