ALTER TABLE "session" ADD COLUMN "attendee_changed_at" timestamp with time zone;--> statement-breakpoint
-- Backfill from the audit log, which was the record of changes until now: the latest session.updated entry whose
-- changed columns include one people booked rely on (ATTENDEE_SESSION_FIELDS in lib/booking/session-change.ts).
-- The latest is enough: cancelling is free after some change at or after the cut-off and after the booking was
-- made, and if any change qualifies, the latest one does too.
UPDATE "session" SET "attendee_changed_at" = "c"."at"
FROM (
  SELECT "entity_id", max("at") AS "at"
  FROM "audit_event"
  WHERE "entity" = 'session'
    AND "action" = 'session.updated'
    AND ("details" -> 'changed') ?| array['startsAt','endsAt','mode','venueName','venueAddress','district','onlineUrl']::text[]
  GROUP BY "entity_id"
) AS "c"
WHERE "c"."entity_id" = "session"."id"::text;
