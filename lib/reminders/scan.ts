// The recurring reminder scan (every 5 minutes, on one instance at a time): queue the reminder each
// confirmed booking is due now. Keys make it safe to run twice; the job re-checks the booking before sending.
import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { booking, job, session } from "@/db/schema";
import { scheduleMessage } from "@/lib/jobs";
import { getPartnership } from "@/lib/partnership";
import { reminderDue, reminderKey, reminderSchedule } from "./timing";

export const REMINDER_MESSAGE_KIND = "reminder";
const DAY_MS = 86_400_000;

/** Queue every reminder that is due now and not yet queued. Returns how many were queued. */
export async function queueDueReminders(now = new Date()): Promise<number> {
  const db = await getDb();
  const { policy } = await getPartnership(db);
  const days = reminderSchedule(policy.reminderDaysBefore);
  if (!days.length) return 0;
  const horizon = new Date(now.getTime() + days[0] * DAY_MS);
  const candidates = await db
    .select({ id: booking.id, startsAt: session.startsAt, bookedAt: sql<Date>`coalesce(${booking.confirmedAt}, ${booking.createdAt})`.mapWith(session.startsAt) })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .where(and(eq(booking.status, "confirmed"), eq(session.status, "scheduled"), gt(session.startsAt, now), lte(session.startsAt, horizon)));
  const due = candidates.flatMap((c) => {
    const d = reminderDue({ startsAt: c.startsAt, bookedAt: c.bookedAt, now, policyDays: days });
    return d == null ? [] : [{ bookingId: c.id, days: d, key: reminderKey(d, c.id) }];
  });
  // Most are queued already by an earlier scan: look them up in one query instead of trying each insert.
  const queued = new Set<string>();
  for (let i = 0; i < due.length; i += 500) {
    const keys = due.slice(i, i + 500).map((d) => d.key);
    for (const r of await db.select({ key: job.key }).from(job).where(inArray(job.key, keys))) if (r.key) queued.add(r.key);
  }
  let count = 0;
  for (const d of due) {
    if (queued.has(d.key)) continue;
    if (await scheduleMessage({ kind: REMINDER_MESSAGE_KIND, key: d.key, runAt: now, payload: { bookingId: d.bookingId, days: d.days } }, db)) count++;
  }
  return count;
}
