CREATE TYPE "public"."approval_status" AS ENUM('pending', 'approved', 'declined');--> statement-breakpoint
CREATE TYPE "public"."attendance" AS ENUM('attended', 'partial', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('requested', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'late_cancelled', 'transferred', 'declined');--> statement-breakpoint
CREATE TYPE "public"."charge_reason" AS ENUM('no_show', 'late_cancellation');--> statement-breakpoint
CREATE TYPE "public"."duration" AS ENUM('full_day', 'half_day', 'short', 'self_paced');--> statement-breakpoint
CREATE TYPE "public"."evaluation_kind" AS ENUM('pre', 'post', 'impact');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('pending', 'active', 'lapsed', 'declined');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('open', 'claimed', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."opportunity_type" AS ENUM('course', 'e_learning', 'webinar', 'briefing', 'conference', 'best_practice_event', 'safer_workshop');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('learner', 'trainer', 'admin', 'safer_contact');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('childrens_services', 'police', 'health', 'education', 'early_years', 'voluntary', 'probation', 'housing', 'district_council', 'other');--> statement-breakpoint
CREATE TYPE "public"."session_mode" AS ENUM('venue', 'online');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TABLE "account" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "account_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "agency" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sector" "sector" NOT NULL,
	"district" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer NOT NULL,
	"manager_email" text NOT NULL,
	"reason" text NOT NULL,
	"status" "approval_status" DEFAULT 'pending' NOT NULL,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_session" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"session_id" integer NOT NULL,
	"person_id" text NOT NULL,
	"agency_id" integer,
	"status" "booking_status" NOT NULL,
	"attendance" "attendance",
	"access_needs" text,
	"dietary_needs" text,
	"line_manager_email" text,
	"approval_reason" text,
	"waitlisted_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attendance_confirmed_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"walk_in" boolean DEFAULT false NOT NULL,
	"substitute_for_booking_id" integer,
	"register_note" text,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer NOT NULL,
	"number" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charge" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer NOT NULL,
	"person_id" text NOT NULL,
	"agency_id" integer,
	"reason" charge_reason NOT NULL,
	"amount_pence" integer NOT NULL,
	"waived_at" timestamp with time zone,
	"waived_by" text,
	"waiver_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charge_amount_nonneg" CHECK ("charge"."amount_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dev_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "download" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"resource_version_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"person_id" text NOT NULL,
	"downloaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer NOT NULL,
	"kind" "evaluation_kind" NOT NULL,
	"confidence" integer,
	"hopes" text,
	"rating" integer,
	"learned" text,
	"changes" text,
	"examples" text,
	"theme" text,
	"manager_email" text,
	"manager_co_signed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_confidence_range" CHECK ("evaluation"."confidence" is null or ("evaluation"."confidence" between 1 and 5)),
	CONSTRAINT "evaluation_rating_range" CHECK ("evaluation"."rating" is null or ("evaluation"."rating" between 1 and 5))
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"key" text,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"locked_at" timestamp with time zone,
	"locked_by" text,
	"done_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"status" "membership_status" DEFAULT 'pending' NOT NULL,
	"tier" text NOT NULL,
	"fee_pence" integer DEFAULT 0 NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decline_reason" text,
	"starts_on" date,
	"ends_on" date
);
--> statement-breakpoint
CREATE TABLE "opportunity" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"type" "opportunity_type" NOT NULL,
	"topic" text NOT NULL,
	"level" text NOT NULL,
	"audience" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"prerequisites" text,
	"prerequisite_opportunity_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duration" "duration" DEFAULT 'full_day' NOT NULL,
	"multi_agency" boolean DEFAULT false NOT NULL,
	"requires_manager_approval" boolean DEFAULT false NOT NULL,
	"members_only" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"charity_number" text,
	"company_number" text,
	"org_type" text NOT NULL,
	"district" text NOT NULL,
	"size_band" text NOT NULL,
	"lead_name" text NOT NULL,
	"lead_email" text NOT NULL,
	"lead_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_contact" (
	"organisation_id" integer NOT NULL,
	"person_id" text NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_contact_organisation_id_person_id_pk" PRIMARY KEY("organisation_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_invite" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"email" text NOT NULL,
	"invited_by" text,
	"accepted_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"help_contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"policy" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"districts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reporting_year_start_month" integer DEFAULT 7 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"job_title" text,
	"agency_id" integer,
	"line_manager_email" text,
	"roles" "role"[] DEFAULT '{learner}'::role[] NOT NULL,
	"profile_completed_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"resource_id" integer NOT NULL,
	"version" integer NOT NULL,
	"change_summary" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"organisation_id" integer
);
--> statement-breakpoint
CREATE TABLE "review_record" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"resource_id" integer NOT NULL,
	"resource_version_id" integer NOT NULL,
	"reviewed_on" date NOT NULL,
	"recorded_by" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sent_message" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"template" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" serial PRIMARY KEY NOT NULL,
	"opportunity_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" "session_mode" NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"district" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"places_taken" integer DEFAULT 0 NOT NULL,
	"sector_cap_percent" integer,
	"balance_until_days" integer,
	"cancel_cutoff_working_days" integer,
	"status" "session_status" DEFAULT 'scheduled' NOT NULL,
	"check_in_code" text,
	"register_closed_at" timestamp with time zone,
	"register_closed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_capacity_nonneg" CHECK ("session"."capacity" >= 0),
	CONSTRAINT "session_places_taken_range" CHECK ("session"."places_taken" >= 0 AND "session"."places_taken" <= "session"."capacity"),
	CONSTRAINT "session_ends_after_start" CHECK ("session"."ends_at" > "session"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "session_trainer" (
	"session_id" integer NOT NULL,
	"person_id" text NOT NULL,
	CONSTRAINT "session_trainer_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempt" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_token" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_token_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "waitlist_offer" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"status" "offer_status" DEFAULT 'open' NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_person_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval" ADD CONSTRAINT "approval_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_person_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_session_id_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charge" ADD CONSTRAINT "charge_waived_by_person_id_fk" FOREIGN KEY ("waived_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "download" ADD CONSTRAINT "download_resource_version_id_resource_version_id_fk" FOREIGN KEY ("resource_version_id") REFERENCES "public"."resource_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "download" ADD CONSTRAINT "download_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "download" ADD CONSTRAINT "download_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_decided_by_person_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contact" ADD CONSTRAINT "organisation_contact_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contact" ADD CONSTRAINT "organisation_contact_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invite" ADD CONSTRAINT "organisation_invite_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invite" ADD CONSTRAINT "organisation_invite_invited_by_person_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_version" ADD CONSTRAINT "resource_version_resource_id_resource_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resource"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_version" ADD CONSTRAINT "resource_version_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_record" ADD CONSTRAINT "review_record_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_record" ADD CONSTRAINT "review_record_resource_id_resource_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resource"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_record" ADD CONSTRAINT "review_record_resource_version_id_resource_version_id_fk" FOREIGN KEY ("resource_version_id") REFERENCES "public"."resource_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_record" ADD CONSTRAINT "review_record_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_opportunity_id_opportunity_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_register_closed_by_person_id_fk" FOREIGN KEY ("register_closed_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_trainer" ADD CONSTRAINT "session_trainer_session_id_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_trainer" ADD CONSTRAINT "session_trainer_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offer" ADD CONSTRAINT "waitlist_offer_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agency_name_uq" ON "agency" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_booking_uq" ON "approval" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "audit_event_at_idx" ON "audit_event" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_reference_uq" ON "booking" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_idempotency_uq" ON "booking" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_one_live_per_person_uq" ON "booking" USING btree ("session_id","person_id") WHERE "booking"."status" in ('requested','confirmed','waitlisted','offered');--> statement-breakpoint
CREATE INDEX "booking_session_status_idx" ON "booking" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "booking_session_report_idx" ON "booking" USING btree ("session_id","status","attendance","agency_id","waitlisted_at");--> statement-breakpoint
CREATE INDEX "booking_person_idx" ON "booking" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "booking_agency_idx" ON "booking" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "booking_waitlist_idx" ON "booking" USING btree ("session_id","waitlisted_at") WHERE "booking"."status" = 'waitlisted';--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_booking_uq" ON "certificate" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_number_uq" ON "certificate" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "charge_booking_uq" ON "charge" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "charge_agency_idx" ON "charge" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "dev_outbox_to_idx" ON "dev_outbox" USING btree ("to","sent_at");--> statement-breakpoint
CREATE INDEX "download_org_idx" ON "download" USING btree ("organisation_id","resource_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_booking_kind_uq" ON "evaluation" USING btree ("booking_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "job_key_uq" ON "job" USING btree ("key");--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "job" USING btree ("run_at") WHERE "job"."done_at" is null and "job"."failed_at" is null;--> statement-breakpoint
CREATE INDEX "membership_org_idx" ON "membership" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "membership_period_idx" ON "membership" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_slug_uq" ON "opportunity" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "opportunity_type_idx" ON "opportunity" USING btree ("type");--> statement-breakpoint
CREATE INDEX "opportunity_search_idx" ON "opportunity" USING gin (to_tsvector('english', "title" || ' ' || "summary" || ' ' || "topic"));--> statement-breakpoint
CREATE INDEX "organisation_district_idx" ON "organisation" USING btree ("district");--> statement-breakpoint
CREATE INDEX "organisation_contact_person_idx" ON "organisation_contact" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_email_uq" ON "person" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "person_agency_idx" ON "person" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_slug_uq" ON "resource" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_version_uq" ON "resource_version" USING btree ("resource_id","version");--> statement-breakpoint
CREATE INDEX "review_record_org_idx" ON "review_record" USING btree ("organisation_id","resource_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sent_message_key_uq" ON "sent_message" USING btree ("key");--> statement-breakpoint
CREATE INDEX "session_opportunity_idx" ON "session" USING btree ("opportunity_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_starts_idx" ON "session" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "session_trainer_person_idx" ON "session_trainer" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_email_idx" ON "sign_in_attempt" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_ip_idx" ON "sign_in_attempt" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_offer_booking_idx" ON "waitlist_offer" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offer_one_open_uq" ON "waitlist_offer" USING btree ("booking_id") WHERE "waitlist_offer"."status" = 'open';--> statement-breakpoint
CREATE INDEX "waitlist_offer_expiry_idx" ON "waitlist_offer" USING btree ("expires_at") WHERE "waitlist_offer"."status" = 'open';