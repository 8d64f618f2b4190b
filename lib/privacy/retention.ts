// Retention: people with no activity for longer than the partnership's retention period are anonymised.
// Figures (bookings, attendance, charges by agency) stay for reports; what identifies the person goes.
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { account, authSession, booking, evaluation, person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getPartnership } from "@/lib/partnership";

export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** Anonymise everyone whose last activity (account, booking, sign-in, download, Safer membership) is before the cut-off. */
export async function anonymiseInactivePeople(now = new Date(), batch = 500): Promise<number> {
  const db = await getDb();
  const p = await getPartnership(db);
  const cutoff = retentionCutoff(now, p.policy.retentionMonths);
  // Raw SQL parameters are passed as ISO text: postgres.js does not serialise Date objects in sql`` fragments.
  const since = cutoff.toISOString();
  const stale = await db
    .select({ id: person.id })
    .from(person)
    .where(
      and(
        isNull(person.anonymisedAt),
        lt(person.createdAt, cutoff),
        sql`not (${person.roles} && array['admin','trainer']::role[])`,
        sql`not exists (select 1 from booking b where b.person_id = ${person.id} and b.updated_at >= ${since}::timestamptz)`,
        sql`not exists (select 1 from auth_session s where s.user_id = ${person.id} and s.expires >= ${since}::timestamptz)`,
        sql`not exists (select 1 from sign_in_attempt a where lower(a.email) = lower(${person.email}) and a.created_at >= ${since}::timestamptz)`,
        sql`not exists (select 1 from download d where d.person_id = ${person.id} and d.downloaded_at >= ${since}::timestamptz)`,
        // A contact of an organisation that is (or recently was) a Safer member is still active.
        sql`not exists (select 1 from organisation_contact oc join membership m on m.organisation_id = oc.organisation_id
                        where oc.person_id = ${person.id} and (m.ends_on is null or m.ends_on >= ${cutoff.toISOString().slice(0, 10)}::date))`,
      ),
    )
    .limit(batch);
  if (!stale.length) return 0;
  const ids = stale.map((s) => s.id);
  await db.transaction(async (tx) => {
    await tx
      .update(person)
      .set({
        name: "Anonymised person",
        email: sql`'anonymised-' || ${person.id} || '@invalid'`,
        emailVerified: null,
        image: null,
        jobTitle: null,
        lineManagerEmail: null,
        anonymisedAt: now,
      })
      .where(inArray(person.id, ids));
    await tx.update(booking).set({ accessNeeds: null, dietaryNeeds: null, registerNote: null, lineManagerEmail: null }).where(inArray(booking.personId, ids));
    await tx
      .update(evaluation)
      .set({ learned: null, changes: null, examples: null, managerEmail: null })
      .where(inArray(evaluation.bookingId, tx.select({ id: booking.id }).from(booking).where(inArray(booking.personId, ids))));
    await tx.delete(authSession).where(inArray(authSession.userId, ids));
    await tx.delete(account).where(inArray(account.userId, ids));
    await recordAudit({ actorId: null, action: "person.anonymised", entity: "person", details: { count: ids.length, cutoff: cutoff.toISOString() } }, tx);
  });
  return ids.length;
}

export async function isAnonymised(personId: string): Promise<boolean> {
  const db = await getDb();
  const [p] = await db.select({ at: person.anonymisedAt }).from(person).where(eq(person.id, personId));
  return Boolean(p?.at);
}
