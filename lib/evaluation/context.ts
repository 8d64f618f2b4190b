// Loading a booking with what the evaluation rules need: its session, course, person and answered questionnaires.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { booking, certificate, evaluation, opportunity, person, session } from "@/db/schema";
import type { Attendance, BookingFacts, EvaluationKind } from "./rules";

export type EvaluationContext = BookingFacts & {
  bookingId: number;
  reference: string;
  personId: string;
  personName: string | null;
  personEmail: string;
  anonymised: boolean;
  lineManagerEmail: string | null;
  sessionId: number;
  opportunityTitle: string;
  opportunityTopic: string;
  certificateNumber: string | null;
};

export async function loadEvaluationContext(db: DbOrTx, bookingId: number): Promise<EvaluationContext | null> {
  const [row] = await db
    .select({
      bookingId: booking.id,
      reference: booking.reference,
      status: booking.status,
      attendance: booking.attendance,
      bookingManager: booking.lineManagerEmail,
      personId: person.id,
      personName: person.name,
      personEmail: person.email,
      personManager: person.lineManagerEmail,
      anonymisedAt: person.anonymisedAt,
      sessionId: session.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      opportunityTitle: opportunity.title,
      opportunityTopic: opportunity.topic,
    })
    .from(booking)
    .innerJoin(person, eq(person.id, booking.personId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .where(eq(booking.id, bookingId));
  if (!row) return null;
  const [kinds, [cert]] = await Promise.all([
    db.select({ kind: evaluation.kind }).from(evaluation).where(eq(evaluation.bookingId, bookingId)),
    db.select({ number: certificate.number }).from(certificate).where(eq(certificate.bookingId, bookingId)),
  ]);
  return {
    bookingId: row.bookingId,
    reference: row.reference,
    status: row.status,
    attendance: row.attendance as Attendance,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    submitted: kinds.map((k) => k.kind as EvaluationKind),
    personId: row.personId,
    personName: row.personName,
    personEmail: row.personEmail,
    anonymised: Boolean(row.anonymisedAt),
    lineManagerEmail: row.bookingManager ?? row.personManager,
    sessionId: row.sessionId,
    opportunityTitle: row.opportunityTitle,
    opportunityTopic: row.opportunityTopic,
    certificateNumber: cert?.number ?? null,
  };
}
