// The repeat no-show rule: people with too many recent no-shows need their line manager's approval to book.
import { and, eq, gte } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { booking, session } from "@/db/schema";
import { getPartnership } from "@/lib/partnership";
import { MAX_REPEAT_NO_SHOW_MONTHS, type Policy } from "@/lib/partnership/policy";

/** Pure: does this many no-shows in the window trigger the rule? */
export function repeatRuleApplies(noShowsInWindow: number, policy: Pick<Policy, "repeatNoShowCount">): boolean {
  return noShowsInWindow >= policy.repeatNoShowCount;
}

export function windowStart(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** Pure: how many of these no-show session starts fall in the policy's window before now. */
export function noShowsInPolicyWindow(starts: readonly Date[], now: Date, policy: Pick<Policy, "repeatNoShowMonths">): number {
  const from = windowStart(now, policy.repeatNoShowMonths).getTime();
  return starts.filter((d) => d.getTime() >= from).length;
}

/**
 * When the person's no-show sessions started, as far back as any policy's window can reach. Booking reads these
 * in the same round trip as the partnership's policy (so before it knows the window) and counts with
 * noShowsInPolicyWindow.
 */
export async function recentNoShowStarts(personId: string, now: Date, db: DbOrTx): Promise<Date[]> {
  const rows = await db
    .select({ startsAt: session.startsAt })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .where(and(eq(booking.personId, personId), eq(booking.attendance, "no_show"), gte(session.startsAt, windowStart(now, MAX_REPEAT_NO_SHOW_MONTHS))));
  return rows.map((r) => r.startsAt);
}

/** How many no-shows the person has in the policy's window (the partnership's policy unless given). */
export async function noShowsInWindow(personId: string, now = new Date(), db?: DbOrTx, policy?: Pick<Policy, "repeatNoShowMonths">): Promise<number> {
  const d = db ?? (await getDb());
  const [starts, p] = await Promise.all([recentNoShowStarts(personId, now, d), policy ?? getPartnership(d).then((x) => x.policy)]);
  return noShowsInPolicyWindow(starts, now, p);
}

/** Does this person's next booking need line-manager approval under the repeat no-show rule? */
export async function requiresRepeatNoShowApproval(personId: string, now = new Date(), db?: DbOrTx, policy?: Policy): Promise<boolean> {
  const d = db ?? (await getDb());
  const p = policy ?? (await getPartnership(d)).policy;
  return repeatRuleApplies(await noShowsInWindow(personId, now, d, p), p);
}
