// When the business unit changes what people booked (the time, the place, the joining link), the people booked
// did not choose the new arrangement. If that happens at or after the cancellation cut-off they have had no free
// way out of it, so cancelling is free for them until the session starts (no late cancellation, no charge).
// A change before the cut-off leaves the normal rule: they still have until the cut-off to cancel free, and the
// "Session changed" email says until when.
//
// The record of changes is the audit log: every session edit writes `session.updated` with the changed columns
// (lib/catalogue-admin/sessions.ts), which also covers edits made before this rule existed.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditEvent } from "@/db/schema";

/** The session columns people booked on it rely on: a change to any of them is news to them. */
export const ATTENDEE_SESSION_FIELDS = ["startsAt", "endsAt", "mode", "venueName", "venueAddress", "district", "onlineUrl"] as const;
export type AttendeeSessionField = (typeof ATTENDEE_SESSION_FIELDS)[number];

export function isAttendeeSessionField(field: string): field is AttendeeSessionField {
  return (ATTENDEE_SESSION_FIELDS as readonly string[]).includes(field);
}

/**
 * Is cancelling free because of a change? True when the session was changed (at one of `changeTimes`) after the
 * booking was made and at or after the cut-off. Pure.
 */
export function changedAfterCutoff(changeTimes: readonly Date[], bookedAt: Date, cutoff: Date): boolean {
  return changeTimes.some((at) => at.getTime() >= cutoff.getTime() && at.getTime() > bookedAt.getTime());
}

const FIELDS_ARRAY = sql.raw(`array[${ATTENDEE_SESSION_FIELDS.map((f) => `'${f}'`).join(",")}]::text[]`);

/** When each of these sessions had a change that affects the people booked on it, from the audit log. */
export async function attendeeChangeTimes(db: DbOrTx, sessionIds: readonly number[]): Promise<Map<number, Date[]>> {
  const out = new Map<number, Date[]>();
  if (!sessionIds.length) return out;
  const rows = await db
    .select({ entityId: auditEvent.entityId, at: auditEvent.at })
    .from(auditEvent)
    .where(
      and(
        eq(auditEvent.entity, "session"),
        inArray(auditEvent.entityId, [...new Set(sessionIds)].map(String)),
        eq(auditEvent.action, "session.updated"),
        sql`(${auditEvent.details} -> 'changed') ?| ${FIELDS_ARRAY}`,
      ),
    );
  for (const r of rows) {
    const id = Number(r.entityId);
    out.set(id, [...(out.get(id) ?? []), r.at]);
  }
  return out;
}
