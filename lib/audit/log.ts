// The audit log view for the business unit: who changed what and when, newest first, filtered by entity and
// actor, one page at a time (audit_event_at_idx, audit_event_entity_idx and audit_event_actor_idx serve these).
import { and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvent, person } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";

export const AUDIT_PAGE_SIZE = 50;
/** The actor filter value for changes made by the system or through a signed link (no signed-in person). */
export const SYSTEM_ACTOR = "system";

export type AuditFilters = { entity?: string; actorId?: string; page?: number };

export type AuditEntry = {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown>;
};

export type AuditPage = { entries: AuditEntry[]; total: number; page: number; pages: number; pageSize: number };

export async function listAuditEvents(actor: Actor, filters: AuditFilters = {}): Promise<AuditPage> {
  assertCan(actor, "audit:view");
  const db = await getDb();
  const conds: SQL[] = [];
  if (filters.entity) conds.push(eq(auditEvent.entity, filters.entity));
  if (filters.actorId === SYSTEM_ACTOR) conds.push(isNull(auditEvent.actorId));
  else if (filters.actorId) conds.push(eq(auditEvent.actorId, filters.actorId));
  const where = conds.length ? and(...conds) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(auditEvent).where(where);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pages);
  const entries = await db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      actorId: auditEvent.actorId,
      actorName: person.name,
      actorEmail: person.email,
      action: auditEvent.action,
      entity: auditEvent.entity,
      entityId: auditEvent.entityId,
      details: auditEvent.details,
    })
    .from(auditEvent)
    .leftJoin(person, eq(person.id, auditEvent.actorId))
    .where(where)
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { entries, total, page, pages, pageSize: AUDIT_PAGE_SIZE };
}

/** Choices for the filters: every entity and every person who has changed something. */
export async function auditFilterOptions(actor: Actor) {
  assertCan(actor, "audit:view");
  const db = await getDb();
  const [entities, actors] = await Promise.all([
    db.selectDistinct({ entity: auditEvent.entity }).from(auditEvent).orderBy(asc(auditEvent.entity)),
    db
      .select({ id: person.id, name: person.name, email: person.email })
      .from(person)
      .where(sql`exists (select 1 from ${auditEvent} where ${auditEvent.actorId} = ${person.id})`)
      .orderBy(asc(person.email)),
  ]);
  return { entities: entities.map((e) => e.entity), actors };
}

/** One line of the details for the table: "bookingId: 42, number: NSCP-2022-000042". */
export function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}
