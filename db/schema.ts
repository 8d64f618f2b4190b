// The whole domain in one schema. Words follow ../shared/DESIGN.md. Times are UTC timestamptz; money is pence.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  date,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => ts("created_at").notNull().defaultNow();

// ---------- partnership (one row: the configuration that lets any LSCP run the platform) ----------
export const partnership = pgTable("partnership", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  /** Help numbers shown in the footer and help page: [{label, number}] */
  helpContacts: jsonb("help_contacts").$type<{ label: string; number: string }[]>().notNull().default([]),
  /** Policy settings (see lib/partnership/policy.ts for defaults and meaning). */
  policy: jsonb("policy").$type<Record<string, unknown>>().notNull().default({}),
  districts: jsonb("districts").$type<string[]>().notNull().default([]),
  /** Month (1-12) the reporting year starts in. */
  reportingYearStartMonth: integer("reporting_year_start_month").notNull().default(7),
});

// ---------- agencies and people ----------
export const sectorEnum = pgEnum("sector", [
  "childrens_services",
  "police",
  "health",
  "education",
  "early_years",
  "voluntary",
  "probation",
  "housing",
  "district_council",
  "other",
]);

export const agency = pgTable(
  "agency",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    sector: sectorEnum("sector").notNull(),
    district: text("district"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("agency_name_uq").on(t.name)],
);

export const roleEnum = pgEnum("role", ["learner", "trainer", "admin", "safer_contact"]);

/** A person; also next-auth's user table (id, name, email, emailVerified, image are the adapter's). */
export const person = pgTable(
  "person",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    jobTitle: text("job_title"),
    agencyId: integer("agency_id").references(() => agency.id),
    lineManagerEmail: text("line_manager_email"),
    roles: roleEnum("roles").array().notNull().default(sql`'{learner}'::role[]`),
    profileCompletedAt: ts("profile_completed_at"),
    anonymisedAt: ts("anonymised_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("person_email_uq").on(sql`lower(${t.email})`), index("person_agency_idx").on(t.agencyId)],
);

export const account = pgTable(
  "account",
  {
    userId: text("user_id")
      .notNull()
      .references(() => person.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const authSession = pgTable("auth_session", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => person.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
});

export const verificationToken = pgTable(
  "verification_token",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Sign-in requests, for rate limiting by email and by address. */
export const signInAttempt = pgTable(
  "sign_in_attempt",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip"),
    at: createdAt(),
  },
  (t) => [index("sign_in_attempt_email_idx").on(t.email, t.at), index("sign_in_attempt_ip_idx").on(t.ip, t.at)],
);

// ---------- catalogue ----------
export const opportunityTypeEnum = pgEnum("opportunity_type", [
  "course",
  "e_learning",
  "webinar",
  "briefing",
  "conference",
  "best_practice_event",
  "safer_workshop",
]);

export const durationEnum = pgEnum("duration", ["full_day", "half_day", "short", "self_paced"]);

export const opportunity = pgTable(
  "opportunity",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    type: opportunityTypeEnum("type").notNull(),
    /** Priority or project: Neglect, Exploitation, Protecting Babies, Inclusive Fathers, JAGS, ... */
    topic: text("topic").notNull(),
    /** Level / audience band: e.g. "Universal", "Targeted", "Specialist". */
    level: text("level").notNull(),
    audience: text("audience").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull(),
    outcomes: jsonb("outcomes").$type<string[]>().notNull().default([]),
    prerequisites: text("prerequisites"),
    /** Opportunities whose completion is a prerequisite (by id). */
    prerequisiteOpportunityIds: jsonb("prerequisite_opportunity_ids").$type<number[]>().notNull().default([]),
    duration: durationEnum("duration").notNull().default("full_day"),
    multiAgency: boolean("multi_agency").notNull().default(false),
    requiresManagerApproval: boolean("requires_manager_approval").notNull().default(false),
    membersOnly: boolean("members_only").notNull().default(false),
    published: boolean("published").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("opportunity_slug_uq").on(t.slug),
    index("opportunity_type_idx").on(t.type),
    index("opportunity_search_idx").using(
      "gin",
      sql`to_tsvector('english', ${t.title} || ' ' || ${t.summary} || ' ' || ${t.topic})`,
    ),
  ],
);

export const sessionModeEnum = pgEnum("session_mode", ["venue", "online"]);
export const sessionStatusEnum = pgEnum("session_status", ["scheduled", "cancelled"]);

export const session = pgTable(
  "session",
  {
    id: serial("id").primaryKey(),
    opportunityId: integer("opportunity_id")
      .notNull()
      .references(() => opportunity.id, { onDelete: "cascade" }),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    mode: sessionModeEnum("mode").notNull(),
    venueName: text("venue_name"),
    venueAddress: text("venue_address"),
    district: text("district"),
    onlineUrl: text("online_url"),
    capacity: integer("capacity").notNull(),
    /** Places booked/held (confirmed + requested + offered); kept in step with bookings in one transaction. */
    placesTaken: integer("places_taken").notNull().default(0),
    /** Multi-agency balance: max share (percent) of places one sector may hold until balanceUntilDays before. */
    sectorCapPercent: integer("sector_cap_percent"),
    balanceUntilDays: integer("balance_until_days"),
    /** Overrides of the partnership policy for this session. */
    cancelCutoffWorkingDays: integer("cancel_cutoff_working_days"),
    status: sessionStatusEnum("status").notNull().default("scheduled"),
    checkInCode: text("check_in_code"),
    registerClosedAt: ts("register_closed_at"),
    registerClosedBy: text("register_closed_by").references(() => person.id),
    /**
     * When the business unit last changed something people booked on the session rely on (time, place, joining
     * link: ATTENDEE_SESSION_FIELDS), set by the edit itself; null if never. Makes cancelling free after a late
     * change (lib/booking/session-change.ts).
     */
    attendeeChangedAt: ts("attendee_changed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("session_opportunity_idx").on(t.opportunityId, t.startsAt),
    index("session_starts_idx").on(t.startsAt),
    check("session_capacity_nonneg", sql`${t.capacity} >= 0`),
    check("session_places_taken_range", sql`${t.placesTaken} >= 0 AND ${t.placesTaken} <= ${t.capacity}`),
    check("session_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const sessionTrainer = pgTable(
  "session_trainer",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => session.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => person.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] }), index("session_trainer_person_idx").on(t.personId)],
);

// ---------- booking ----------
export const bookingStatusEnum = pgEnum("booking_status", [
  "requested",
  "confirmed",
  "waitlisted",
  "offered",
  "cancelled",
  "late_cancelled",
  "transferred",
  "declined",
]);
export const attendanceEnum = pgEnum("attendance", ["attended", "partial", "no_show"]);

/** Statuses that hold or queue for a place: one such booking per person per session. */
export const LIVE_BOOKING_STATUSES = ["requested", "confirmed", "waitlisted", "offered"] as const;

export const booking = pgTable(
  "booking",
  {
    id: serial("id").primaryKey(),
    reference: text("reference").notNull(),
    sessionId: integer("session_id")
      .notNull()
      .references(() => session.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => person.id),
    /** Agency at the time of booking: reports and charges follow it even if the person moves. */
    agencyId: integer("agency_id").references(() => agency.id),
    status: bookingStatusEnum("status").notNull(),
    attendance: attendanceEnum("attendance"),
    accessNeeds: text("access_needs"),
    dietaryNeeds: text("dietary_needs"),
    lineManagerEmail: text("line_manager_email"),
    /** Why approval was needed: "course" or "repeat_no_show". */
    approvalReason: text("approval_reason"),
    /** Queue order on the waiting list. */
    waitlistedAt: ts("waitlisted_at"),
    confirmedAt: ts("confirmed_at"),
    cancelledAt: ts("cancelled_at"),
    /** Learner confirmed they will come (from the reminder). */
    attendanceConfirmedAt: ts("attendance_confirmed_at"),
    checkedInAt: ts("checked_in_at"),
    walkIn: boolean("walk_in").notNull().default(false),
    substituteForBookingId: integer("substitute_for_booking_id"),
    registerNote: text("register_note"),
    idempotencyKey: text("idempotency_key"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("booking_reference_uq").on(t.reference),
    uniqueIndex("booking_idempotency_uq").on(t.idempotencyKey),
    uniqueIndex("booking_one_live_per_person_uq")
      .on(t.sessionId, t.personId)
      .where(sql`${t.status} in ('requested','confirmed','waitlisted','offered')`),
    // Reports count bookings of the sessions in a period: an index-only scan per session instead of reading the
    // whole booking table (measured by `npm run bench`: 157 ms -> 52 ms per grouping at 1M bookings). It also serves
    // every lookup by session, or by session and status (its leading columns), so there is no separate index for
    // those: each index is one more write on every booking.
    index("booking_session_report_idx").on(t.sessionId, t.status, t.attendance, t.agencyId, t.waitlistedAt),
    index("booking_person_idx").on(t.personId, t.createdAt),
    index("booking_agency_idx").on(t.agencyId),
    index("booking_waitlist_idx").on(t.sessionId, t.waitlistedAt).where(sql`${t.status} = 'waitlisted'`),
  ],
);

export const offerStatusEnum = pgEnum("offer_status", ["open", "claimed", "expired", "withdrawn"]);

export const waitlistOffer = pgTable(
  "waitlist_offer",
  {
    id: serial("id").primaryKey(),
    bookingId: integer("booking_id")
      .notNull()
      .references(() => booking.id, { onDelete: "cascade" }),
    offeredAt: ts("offered_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    status: offerStatusEnum("status").notNull().default("open"),
    decidedAt: ts("decided_at"),
  },
  (t) => [
    index("waitlist_offer_booking_idx").on(t.bookingId),
    uniqueIndex("waitlist_offer_one_open_uq").on(t.bookingId).where(sql`${t.status} = 'open'`),
    index("waitlist_offer_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'open'`),
  ],
);

export const approvalStatusEnum = pgEnum("approval_status", ["pending", "approved", "declined"]);

/** Line manager's approval of a booking, decided through an emailed signed link. */
export const approval = pgTable(
  "approval",
  {
    id: serial("id").primaryKey(),
    bookingId: integer("booking_id")
      .notNull()
      .references(() => booking.id, { onDelete: "cascade" }),
    managerEmail: text("manager_email").notNull(),
    reason: text("reason").notNull(),
    status: approvalStatusEnum("status").notNull().default("pending"),
    decisionNote: text("decision_note"),
    decidedAt: ts("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("approval_booking_uq").on(t.bookingId)],
);

// ---------- jobs and mail ----------
/** Postgres-backed job queue, claimed with FOR UPDATE SKIP LOCKED so any number of instances can work it. */
export const job = pgTable(
  "job",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** Scheduling key: the same key is never queued twice (e.g. "reminder:7:booking:42"). */
    key: text("key"),
    runAt: ts("run_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(8),
    lockedAt: ts("locked_at"),
    lockedBy: text("locked_by"),
    doneAt: ts("done_at"),
    failedAt: ts("failed_at"),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("job_key_uq").on(t.key),
    index("job_due_idx").on(t.runAt).where(sql`${t.doneAt} is null and ${t.failedAt} is null`),
  ],
);

/** Every email sent, by unique key: recorded in the same transaction as the send decision so no double sends. */
export const sentMessage = pgTable(
  "sent_message",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    key: text("key").notNull(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    template: text("template").notNull(),
    sentAt: ts("sent_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sent_message_key_uq").on(t.key)],
);

// ---------- attendance, charges ----------
export const chargeReasonEnum = pgEnum("charge_reason", ["no_show", "late_cancellation"]);

export const charge = pgTable(
  "charge",
  {
    id: serial("id").primaryKey(),
    bookingId: integer("booking_id")
      .notNull()
      .references(() => booking.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => person.id),
    agencyId: integer("agency_id").references(() => agency.id),
    reason: chargeReasonEnum("reason").notNull(),
    amountPence: integer("amount_pence").notNull(),
    waivedAt: ts("waived_at"),
    waivedBy: text("waived_by").references(() => person.id),
    waiverReason: text("waiver_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("charge_booking_uq").on(t.bookingId),
    index("charge_agency_idx").on(t.agencyId, t.createdAt),
    check("charge_amount_nonneg", sql`${t.amountPence} >= 0`),
  ],
);

// ---------- evaluation and certificates ----------
export const evaluationKindEnum = pgEnum("evaluation_kind", ["pre", "post", "impact"]);

export const evaluation = pgTable(
  "evaluation",
  {
    id: serial("id").primaryKey(),
    bookingId: integer("booking_id")
      .notNull()
      .references(() => booking.id, { onDelete: "cascade" }),
    kind: evaluationKindEnum("kind").notNull(),
    /** Confidence in the topic, 1 (not at all) to 5 (very). */
    confidence: integer("confidence"),
    /** Pre-course: what the person hopes to learn. */
    hopes: text("hopes"),
    /** Post-course: overall rating of the session, 1 (poor) to 5 (excellent). */
    rating: integer("rating"),
    learned: text("learned"),
    changes: text("changes"),
    examples: text("examples"),
    theme: text("theme"),
    managerEmail: text("manager_email"),
    managerCoSignedAt: ts("manager_co_signed_at"),
    submittedAt: ts("submitted_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("evaluation_booking_kind_uq").on(t.bookingId, t.kind),
    check("evaluation_confidence_range", sql`${t.confidence} is null or (${t.confidence} between 1 and 5)`),
    check("evaluation_rating_range", sql`${t.rating} is null or (${t.rating} between 1 and 5)`),
  ],
);

export const certificate = pgTable(
  "certificate",
  {
    id: serial("id").primaryKey(),
    bookingId: integer("booking_id")
      .notNull()
      .references(() => booking.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    issuedAt: ts("issued_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("certificate_booking_uq").on(t.bookingId), uniqueIndex("certificate_number_uq").on(t.number)],
);

// ---------- Safer membership ----------
export const organisation = pgTable(
  "organisation",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    charityNumber: text("charity_number"),
    companyNumber: text("company_number"),
    orgType: text("org_type").notNull(),
    district: text("district").notNull(),
    sizeBand: text("size_band").notNull(),
    leadName: text("lead_name").notNull(),
    leadEmail: text("lead_email").notNull(),
    leadPhone: text("lead_phone"),
    createdAt: createdAt(),
  },
  (t) => [index("organisation_district_idx").on(t.district)],
);

export const membershipStatusEnum = pgEnum("membership_status", ["pending", "active", "lapsed", "declined"]);

export const membership = pgTable(
  "membership",
  {
    id: serial("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    status: membershipStatusEnum("status").notNull().default("pending"),
    tier: text("tier").notNull(),
    feePence: integer("fee_pence").notNull().default(0),
    appliedAt: ts("applied_at").notNull().defaultNow(),
    decidedAt: ts("decided_at"),
    decidedBy: text("decided_by").references(() => person.id),
    declineReason: text("decline_reason"),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
  },
  (t) => [
    index("membership_org_idx").on(t.organisationId),
    index("membership_period_idx").on(t.startsOn, t.endsOn),
  ],
);

export const organisationContact = pgTable(
  "organisation_contact",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => person.id),
    isLead: boolean("is_lead").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.personId] }), index("organisation_contact_person_idx").on(t.personId)],
);

export const organisationInvite = pgTable("organisation_invite", {
  id: serial("id").primaryKey(),
  organisationId: integer("organisation_id")
    .notNull()
    .references(() => organisation.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  invitedBy: text("invited_by").references(() => person.id),
  acceptedAt: ts("accepted_at"),
  expiresAt: ts("expires_at").notNull(),
  createdAt: createdAt(),
});

// ---------- policy library ----------
export const resource = pgTable(
  "resource",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    category: text("category").notNull(),
    description: text("description").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("resource_slug_uq").on(t.slug)],
);

export const resourceVersion = pgTable(
  "resource_version",
  {
    id: serial("id").primaryKey(),
    resourceId: integer("resource_id")
      .notNull()
      .references(() => resource.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    changeSummary: text("change_summary").notNull(),
    publishedAt: ts("published_at").notNull().defaultNow(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    content: bytea("content").notNull(),
    /** Private files belong to one organisation only (e.g. its own reviewed policy). */
    organisationId: integer("organisation_id").references(() => organisation.id),
  },
  (t) => [uniqueIndex("resource_version_uq").on(t.resourceId, t.version)],
);

export const download = pgTable(
  "download",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    resourceVersionId: integer("resource_version_id")
      .notNull()
      .references(() => resourceVersion.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisation.id),
    personId: text("person_id")
      .notNull()
      .references(() => person.id),
    downloadedAt: ts("downloaded_at").notNull().defaultNow(),
  },
  (t) => [index("download_org_idx").on(t.organisationId, t.resourceVersionId)],
);

export const reviewRecord = pgTable(
  "review_record",
  {
    id: serial("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    resourceId: integer("resource_id")
      .notNull()
      .references(() => resource.id),
    resourceVersionId: integer("resource_version_id")
      .notNull()
      .references(() => resourceVersion.id),
    reviewedOn: date("reviewed_on", { mode: "string" }).notNull(),
    recordedBy: text("recorded_by").references(() => person.id),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [index("review_record_org_idx").on(t.organisationId, t.resourceId)],
);

// ---------- audit ----------
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: ts("at").notNull().defaultNow(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_event_at_idx").on(t.at),
    index("audit_event_entity_idx").on(t.entity, t.entityId),
    index("audit_event_actor_idx").on(t.actorId, t.at),
  ],
);

// ---------- dev outbox ----------
/** Mail "sent" when no SMTP_URL is set, readable at /dev/outbox so sign-in works with no mail server. */
export const devOutbox = pgTable(
  "dev_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    attachments: jsonb("attachments").$type<{ filename: string; contentType: string; content: string }[]>().notNull().default([]),
    sentAt: ts("sent_at").notNull().defaultNow(),
  },
  (t) => [index("dev_outbox_to_idx").on(t.to, t.sentAt)],
);
