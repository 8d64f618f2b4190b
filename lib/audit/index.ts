import { getDb, type DbOrTx } from "@/db/client";
import { auditEvent } from "@/db/schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  details?: Record<string, unknown>;
};

/** Record who changed what. Pass the transaction so the audit row commits with the change. */
export async function recordAudit(input: AuditInput, db?: DbOrTx): Promise<void> {
  const d = db ?? (await getDb());
  await d.insert(auditEvent).values({
    actorId: input.actorId,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId == null ? null : String(input.entityId),
    details: input.details ?? {},
  });
}

export { listAuditEvents, auditFilterOptions, describeDetails, AUDIT_PAGE_SIZE, SYSTEM_ACTOR, type AuditEntry, type AuditFilters, type AuditPage } from "./log";
