// A person's own data, as one JSON document (UK GDPR right of access).
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agency, auditEvent, booking, charge, download, evaluation, opportunity, organisationContact, person, session } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSelfOrAdmin } from "@/lib/auth/policy";

export async function exportPersonalData(actor: Actor, personId: string) {
  assertSelfOrAdmin(actor, personId);
  const db = await getDb();
  const [me] = await db
    .select({ id: person.id, name: person.name, email: person.email, jobTitle: person.jobTitle, lineManagerEmail: person.lineManagerEmail, roles: person.roles, createdAt: person.createdAt, agency: agency.name })
    .from(person)
    .leftJoin(agency, eq(agency.id, person.agencyId))
    .where(eq(person.id, personId));
  const bookings = await db
    .select({
      id: booking.id,
      reference: booking.reference,
      opportunity: opportunity.title,
      startsAt: session.startsAt,
      status: booking.status,
      attendance: booking.attendance,
      accessNeeds: booking.accessNeeds,
      dietaryNeeds: booking.dietaryNeeds,
      createdAt: booking.createdAt,
    })
    .from(booking)
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(booking.personId, personId));
  const ids = bookings.map((b) => b.id);
  const evaluations = ids.length ? await db.select().from(evaluation).where(inArray(evaluation.bookingId, ids)) : [];
  const charges = await db.select().from(charge).where(eq(charge.personId, personId));
  const downloads = await db.select().from(download).where(eq(download.personId, personId));
  const organisations = await db.select().from(organisationContact).where(eq(organisationContact.personId, personId));
  const activity = await db.select({ at: auditEvent.at, action: auditEvent.action, entity: auditEvent.entity }).from(auditEvent).where(eq(auditEvent.actorId, personId));
  return { exportedAt: new Date().toISOString(), person: me ?? null, bookings, evaluations, charges, downloads, organisations, activity };
}
