// The authorization matrix: every server action and route handler of the app calls one lib function (or a few)
// that must refuse the wrong caller. Here each of those functions is called on the seeded demo partnership as
// anonymous, as each role and as a member of another agency/organisation (IDOR), and every refusal must be an
// AuthorizationError (401/403/404) or a not-found/failed result — with nothing changed in the database.
// Positive controls prove the same calls succeed for the rightful caller, so a refusal-everything bug fails too.
// The action/route → lib map is in SURFACES below; tests/unit/security-server-actions.test.ts checks that
// each action calls requireActor() (or verifies a signed link) first, so anonymous callers never reach lib/.
import { and, eq, inArray, isNotNull, ne, notInArray, sql } from "drizzle-orm";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import * as s from "@/db/schema";
import { actorFromPerson, type Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { createLinkToken, type LinkPurpose } from "@/lib/links/signed";
import {
  cancelBookingOnBehalf,
  cancelSession,
  createOpportunity,
  createSession,
  getBookingForAdmin,
  listSessionBookings,
  sessionBookingsCsv,
  updateOpportunity,
  updateSession,
} from "@/lib/catalogue-admin";
import { agencyStatementCsv, waiveCharge } from "@/lib/charges";
import {
  acceptInvite,
  applyForMembership,
  decideMembership,
  inviteColleague,
  renewMembership,
} from "@/lib/membership";
import { addResource, downloadVersion, publishVersion, recordReview } from "@/lib/resources";
import { addAgency, changeAgency, getAgencyForAdmin, listAgenciesForAdmin } from "@/lib/partnership/agencies";
import { getPartnershipDetails, updatePartnershipDetails } from "@/lib/partnership/details";
import { getPolicySettings, updatePolicySettings } from "@/lib/partnership/settings";
import {
  bookSession,
  cancelBooking,
  claimOffer,
  claimOfferByToken,
  decideApprovalByToken,
  declineOfferByToken,
  getMyBooking,
  getMyLearning,
  transferBooking,
} from "@/lib/booking";
import { addWalkIn, checkIn, getRegister, reopenRegister, saveRegister, showCheckInCode } from "@/lib/attendance";
import { certificatePdf, coSignImpact, getQuestionnaire, sessionEvaluations, submitEvaluation } from "@/lib/evaluation";
import { addPerson, changePersonRoles, findPeople, getPersonForAdmin, saveProfile } from "@/lib/people";
import { confirmPlaceByLink, releasePlaceFromReminder } from "@/lib/reminders";
import { exportPersonalData } from "@/lib/privacy/export";
import { annualSummary, attendanceReport, impactReport } from "@/lib/reports";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const NOW = new Date("2026-11-25T10:00:00Z");

type ActorKey = "victim" | "anonymous" | "learner" | "trainer" | "admin" | "safer" | "manager" | "colleague" | "otherTrainer" | "otherSafer" | "otherAgency";
const actors = {} as Record<ActorKey, Actor | null>;
const ids = {} as {
  learnerId: string;
  colleagueBooking: number; // a booking of another person of learner@'s agency
  colleagueAttendedBooking: number; // an attended past booking of someone in learner@'s agency
  learnerCertificateBooking: number;
  trainerSession: number; // a session trainer@ trains
  otherSession: number; // a session trainer@ does not train
  closedSession: number; // a session with a closed register
  opportunityId: number;
  chargeId: number;
  agencyId: number;
  membershipId: number;
  saferOrg: number;
  otherOrg: number;
  resourceId: number;
  otherOrgPrivateVersion: number;
};

const actorOf = actorFromPerson;

/** A fingerprint of every table a refused call could have touched (audit log, mail, jobs and downloads excluded). */
const GUARDED_TABLES = [
  "partnership", "agency", "person", "opportunity", "session", "session_trainer", "booking", "waitlist_offer", "approval",
  "charge", "evaluation", "certificate", "organisation", "membership", "organisation_contact", "organisation_invite",
  "resource", "resource_version", "download", "review_record",
];
async function fingerprint(): Promise<Record<string, string>> {
  const db = await getDb();
  const out: Record<string, string> = {};
  for (const t of GUARDED_TABLES) {
    const r = (await db.execute(sql.raw(`select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from ${t} t`))) as unknown;
    const rows = (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { h: string }[];
    out[t] = rows[0].h;
  }
  return out;
}

function isRefusal(outcome: { threw: unknown } | { value: unknown }): boolean {
  if ("threw" in outcome) {
    const e = outcome.threw;
    return e instanceof AuthorizationError && [401, 403, 404].includes(e.status);
  }
  const v = outcome.value as { ok?: boolean } | null | undefined;
  return v == null || (typeof v === "object" && v.ok === false);
}

async function outcomeOf(fn: () => Promise<unknown>): Promise<{ threw: unknown } | { value: unknown }> {
  try {
    return { value: await fn() };
  } catch (e) {
    return { threw: e };
  }
}

function describeOutcome(o: { threw: unknown } | { value: unknown }): string {
  if ("threw" in o) return o.threw instanceof Error ? `${o.threw.name}: ${o.threw.message}` : String(o.threw);
  return JSON.stringify(o.value)?.slice(0, 200) ?? "undefined";
}

type Case = { surface: string; call: string; refused: ActorKey[]; run: (a: Actor | null) => Promise<unknown> };
const NON_ADMINS: ActorKey[] = ["anonymous", "learner", "trainer", "safer", "manager", "otherTrainer", "otherAgency"];
const A = (a: Actor | null) => a as Actor; // lib functions typed Actor still refuse null: the action's requireActor() is the first line of defence

// The server actions and route handlers and the lib call each relies on. Every "use server" file and route.ts must
// appear here (checked by the last test).
const cases = (): Case[] => [
  // app/admin/catalogue/actions.ts
  { surface: "app/admin/catalogue/actions.ts", call: "createOpportunity", refused: NON_ADMINS, run: (a) => createOpportunity(A(a), {} as never) },
  { surface: "app/admin/catalogue/actions.ts", call: "updateOpportunity", refused: NON_ADMINS, run: (a) => updateOpportunity(A(a), ids.opportunityId, {} as never) },
  { surface: "app/admin/catalogue/actions.ts", call: "createSession", refused: NON_ADMINS, run: (a) => createSession(A(a), ids.opportunityId, {} as never) },
  { surface: "app/admin/catalogue/actions.ts", call: "updateSession", refused: NON_ADMINS, run: (a) => updateSession(A(a), ids.otherSession, {} as never) },
  { surface: "app/admin/catalogue/actions.ts", call: "cancelSession", refused: NON_ADMINS, run: (a) => cancelSession(A(a), ids.trainerSession, "Refused") },
  { surface: "app/admin/catalogue/actions.ts", call: "cancelBookingOnBehalf", refused: NON_ADMINS, run: (a) => cancelBookingOnBehalf(A(a), ids.colleagueBooking, NOW) },
  { surface: "app/admin/charges/[chargeId]/waive/actions.ts", call: "waiveCharge", refused: NON_ADMINS, run: (a) => waiveCharge(A(a), ids.chargeId, { reason: "Refused" } as never, NOW) },
  { surface: "app/admin/safer/[membershipId]/actions.ts", call: "decideMembership", refused: NON_ADMINS, run: (a) => decideMembership(a, { membershipId: ids.membershipId, decision: "approve" } as never, NOW) },
  { surface: "app/admin/safer/library/actions.ts", call: "addResource", refused: NON_ADMINS, run: (a) => addResource(a, { title: "Evil", category: "Policies", summary: "x" } as never) },
  {
    surface: "app/admin/safer/library/actions.ts",
    call: "publishVersion",
    refused: NON_ADMINS,
    run: (a) => publishVersion(a, ids.resourceId, { changeSummary: "Evil", file: { name: "evil.pdf", bytes: new TextEncoder().encode("%PDF-1.4 evil") } }, NOW),
  },
  { surface: "app/admin/people/actions.ts", call: "changePersonRoles", refused: NON_ADMINS, run: (a) => changePersonRoles(A(a), { personId: a?.id ?? ids.learnerId, roles: ["trainer", "admin"], confirmTrainerRemoval: true }) },
  { surface: "app/admin/people/actions.ts", call: "addPerson", refused: NON_ADMINS, run: (a) => addPerson(A(a), { email: "intruder.admin@example.org", name: "Intruder", roles: ["admin"] }) },
  { surface: "app/admin/settings/actions.ts", call: "updatePolicySettings", refused: NON_ADMINS, run: (a) => updatePolicySettings(A(a), {} as never) },
  {
    surface: "app/admin/settings/partnership/actions.ts",
    call: "updatePartnershipDetails",
    refused: NON_ADMINS,
    run: (a) => updatePartnershipDetails(A(a), { name: "Hijacked", shortName: "HJ", helpContacts: [{ label: "Evil", number: "0800 000000" }], districts: ["Nowhere"], reportingYearStartMonth: 1 }),
  },
  { surface: "app/admin/settings/organisations/actions.ts", call: "addAgency", refused: NON_ADMINS, run: (a) => addAgency(A(a), { name: "Hijacked Agency", sector: "other", district: null }) },
  { surface: "app/admin/settings/organisations/actions.ts", call: "changeAgency", refused: NON_ADMINS, run: (a) => changeAgency(A(a), ids.agencyId, { name: "Hijacked Agency", sector: "other", district: null }) },
  // app/book/[sessionId]/actions.ts: bookSession books for the caller only; anonymous and unfinished profiles are refused
  { surface: "app/book/[sessionId]/actions.ts", call: "bookSession", refused: ["anonymous"], run: (a) => bookSession(A(a), { sessionId: ids.otherSession, formToken: "abcdefghijklmnopqrstuvwx", intent: "book" }, NOW) },
  // app/check-in/actions.ts: a wrong code checks nobody in
  { surface: "app/check-in/actions.ts", call: "checkIn (wrong code)", refused: ["anonymous", "learner", "colleague", "otherAgency"], run: (a) => checkIn(A(a), { code: "ZZZZZZ", sessionId: ids.trainerSession }, NOW) },
  // app/evaluations/actions.ts: only the person themself answers their questionnaire (not even an admin)
  {
    surface: "app/evaluations/actions.ts",
    call: "submitEvaluation (someone else's booking)",
    refused: ["anonymous", "learner", "trainer", "admin", "safer", "manager", "otherTrainer", "otherSafer", "otherAgency"],
    run: (a) => submitEvaluation(A(a), ids.colleagueAttendedBooking, { kind: "post", input: { confidence: 5, learned: "Injected", rating: 5 } } as never, NOW),
  },
  { surface: "app/evaluations/actions.ts", call: "coSignImpact (forged token)", refused: ["anonymous", "learner", "admin"], run: () => coSignImpact("forged.token", NOW) },
  { surface: "app/evaluations/actions.ts", call: "coSignImpact (wrong-purpose token)", refused: ["anonymous"], run: () => coSignImpact(token("claim-offer", 1), NOW) },
  // app/my-learning/actions.ts: a learner touches their own bookings only (IDOR: learner A → colleague B)
  { surface: "app/my-learning/actions.ts", call: "cancelBooking (colleague's)", refused: ["anonymous", "learner", "trainer", "safer", "manager", "otherTrainer", "otherSafer", "otherAgency"], run: (a) => cancelBooking(A(a), ids.colleagueBooking, NOW) },
  { surface: "app/my-learning/actions.ts", call: "claimOffer (colleague's)", refused: ["anonymous", "learner", "trainer", "safer", "manager", "otherAgency"], run: (a) => claimOffer(A(a), ids.colleagueBooking, NOW) },
  { surface: "app/my-learning/actions.ts", call: "transferBooking (colleague's)", refused: ["anonymous", "learner", "trainer", "safer", "manager", "otherAgency"], run: (a) => transferBooking(A(a), ids.colleagueBooking, "learner@example.org", NOW) },
  // signed-link actions: forged, expired and wrong-purpose tokens do nothing
  { surface: "app/approvals/actions.ts", call: "decideApprovalByToken (forged/expired/wrong purpose)", refused: ["anonymous"], run: () => allRefused((t) => decideApprovalByToken(t, "approve", NOW), "approve-booking") },
  { surface: "app/offers/actions.ts", call: "claimOfferByToken (forged/expired/wrong purpose)", refused: ["anonymous"], run: () => allRefused((t) => claimOfferByToken(t, NOW), "claim-offer") },
  { surface: "app/offers/actions.ts", call: "declineOfferByToken (forged/expired/wrong purpose)", refused: ["anonymous"], run: () => allRefused((t) => declineOfferByToken(t, NOW), "claim-offer") },
  { surface: "app/reminders/actions.ts", call: "confirmPlaceByLink (forged/expired/wrong purpose)", refused: ["anonymous"], run: () => allRefused((t) => confirmPlaceByLink(t, NOW), "confirm-place") },
  { surface: "app/reminders/actions.ts", call: "releasePlaceFromReminder (forged/expired/wrong purpose)", refused: ["anonymous"], run: () => allRefused((t) => releasePlaceFromReminder(t, NOW), "release-place") },
  { surface: "app/safer/invite/actions.ts", call: "acceptInvite (forged/expired/wrong purpose)", refused: ["anonymous", "learner"], run: (a) => (a ? allRefused((t) => acceptInvite(a, t, NOW), "invite") : acceptInvite(a, "forged", NOW)) },
  // app/profile/actions.ts: the action always passes actor.id; the lib refuses anyone else's id
  { surface: "app/profile/actions.ts", call: "saveProfile (learner's profile)", refused: ["anonymous", "colleague", "trainer", "safer", "manager", "otherAgency"], run: (a) => saveProfile(A(a), ids.learnerId, { name: "Hijacked", jobTitle: "x", agencyId: ids.agencyId, lineManagerEmail: "evil@example.org" } as never) },
  // Safer: one organisation's contact cannot act for another organisation
  { surface: "app/safer/actions.ts", call: "renewMembership (safer@'s organisation)", refused: ["anonymous", "learner", "trainer", "manager", "otherSafer", "otherAgency"], run: (a) => renewMembership(a, ids.saferOrg, NOW) },
  { surface: "app/safer/apply/actions.ts", call: "applyForMembership", refused: ["anonymous"], run: (a) => applyForMembership(a, {} as never) },
  { surface: "app/safer/contacts/actions.ts", call: "inviteColleague (safer@'s organisation)", refused: ["anonymous", "learner", "trainer", "manager", "otherSafer", "otherAgency"], run: (a) => inviteColleague(a, ids.saferOrg, { email: "intruder@example.org", name: "Intruder" } as never, NOW) },
  { surface: "app/safer/library/[resourceId]/review/actions.ts", call: "recordReview", refused: ["anonymous", "learner", "trainer", "manager", "otherAgency"], run: (a) => recordReview(a, { resourceId: ids.resourceId, reviewedOn: "2026-11-01" } as never, NOW) },
  // app/trainer/sessions/[sessionId]/actions.ts: trainer X cannot open or change trainer Y's register
  { surface: "app/trainer/sessions/[sessionId]/actions.ts", call: "saveRegister", refused: ["anonymous", "learner", "safer", "manager", "otherTrainer", "otherAgency"], run: (a) => saveRegister(A(a), ids.trainerSession, "all-present", [], NOW) },
  { surface: "app/trainer/sessions/[sessionId]/actions.ts", call: "addWalkIn", refused: ["anonymous", "learner", "safer", "manager", "otherTrainer", "otherAgency"], run: (a) => addWalkIn(A(a), ids.trainerSession, { email: "walkin@example.org", name: "Walk In" } as never, NOW) },
  { surface: "app/trainer/sessions/[sessionId]/actions.ts", call: "showCheckInCode", refused: ["anonymous", "learner", "safer", "manager", "otherTrainer", "otherAgency"], run: (a) => showCheckInCode(A(a), ids.trainerSession) },
  { surface: "app/trainer/sessions/[sessionId]/actions.ts", call: "saveRegister (another trainer's session)", refused: ["trainer"], run: (a) => saveRegister(A(a), ids.otherSession, "all-present", [], NOW) },
  { surface: "app/trainer/sessions/[sessionId]/actions.ts", call: "reopenRegister", refused: ["anonymous", "learner", "trainer", "safer", "manager", "otherTrainer", "otherAgency"], run: (a) => reopenRegister(A(a), ids.closedSession) },
  // Route handlers
  { surface: "app/admin/catalogue/sessions/[sessionId]/bookings/csv/route.ts", call: "sessionBookingsCsv", refused: NON_ADMINS, run: (a) => sessionBookingsCsv(A(a), ids.trainerSession) },
  { surface: "app/admin/charges/statement/csv/route.ts", call: "agencyStatementCsv", refused: NON_ADMINS, run: (a) => agencyStatementCsv(A(a), ids.agencyId, "2026-11") },
  { surface: "app/admin/reports/export/route.ts", call: "attendanceReport", refused: NON_ADMINS, run: (a) => attendanceReport(A(a), {}, NOW) },
  { surface: "app/admin/reports/export/route.ts", call: "impactReport", refused: NON_ADMINS, run: (a) => impactReport(A(a), {}, NOW) },
  { surface: "app/admin/reports/export/route.ts", call: "annualSummary", refused: NON_ADMINS, run: (a) => annualSummary(A(a), 2021) },
  { surface: "app/certificates/[bookingId]/route.ts", call: "certificatePdf (learner's certificate)", refused: ["anonymous", "colleague", "trainer", "safer", "manager", "otherTrainer", "otherSafer", "otherAgency"], run: (a) => certificatePdf(A(a), ids.learnerCertificateBooking) },
  { surface: "app/my-data/download/route.ts", call: "exportPersonalData (learner's data)", refused: ["anonymous", "colleague", "trainer", "safer", "manager", "otherTrainer", "otherSafer", "otherAgency"], run: (a) => exportPersonalData(A(a), ids.learnerId) },
  { surface: "app/safer/library/[resourceId]/download/route.ts", call: "downloadVersion (another organisation's private file)", refused: ["anonymous", "learner", "trainer", "safer", "manager", "otherAgency"], run: (a) => downloadVersion(a, ids.resourceId, ids.otherOrgPrivateVersion, NOW) },
  // Pages' read functions that the actions' forms are rendered from (IDOR on reads)
  { surface: "app/admin/catalogue/sessions/[sessionId]/bookings/page.tsx", call: "listSessionBookings", refused: NON_ADMINS, run: (a) => listSessionBookings(A(a), ids.trainerSession) },
  { surface: "app/admin/catalogue/bookings/[bookingId]/cancel/page.tsx", call: "getBookingForAdmin", refused: NON_ADMINS, run: (a) => getBookingForAdmin(A(a), ids.colleagueBooking) },
  { surface: "app/my-learning/bookings/[bookingId]/cancel/page.tsx", call: "getMyBooking (colleague's)", refused: ["anonymous", "learner", "trainer", "safer", "manager", "otherAgency"], run: (a) => getMyBooking(A(a), ids.colleagueBooking, NOW) },
  { surface: "app/my-learning/page.tsx", call: "getMyLearning (learner's)", refused: ["anonymous", "colleague", "trainer", "safer", "manager", "otherAgency"], run: (a) => getMyLearning(A(a), ids.learnerId, NOW) },
  { surface: "app/evaluations/[bookingId]/[kind]/page.tsx", call: "getQuestionnaire (colleague's)", refused: ["anonymous", "learner", "trainer", "admin", "safer", "manager", "otherAgency"], run: (a) => getQuestionnaire(A(a), ids.colleagueAttendedBooking, "post", NOW) },
  { surface: "app/trainer/sessions/[sessionId]/page.tsx", call: "getRegister", refused: ["anonymous", "learner", "safer", "manager", "otherTrainer", "otherAgency"], run: (a) => getRegister(A(a), ids.trainerSession) },
  { surface: "app/admin/people/page.tsx", call: "findPeople", refused: NON_ADMINS, run: (a) => findPeople(A(a), "example") },
  { surface: "app/admin/people/[personId]/page.tsx", call: "getPersonForAdmin", refused: NON_ADMINS, run: (a) => getPersonForAdmin(A(a), ids.learnerId) },
  { surface: "app/admin/settings/page.tsx", call: "getPolicySettings", refused: NON_ADMINS, run: (a) => getPolicySettings(A(a)) },
  { surface: "app/admin/settings/partnership/page.tsx", call: "getPartnershipDetails", refused: NON_ADMINS, run: (a) => getPartnershipDetails(A(a)) },
  { surface: "app/admin/settings/organisations/page.tsx", call: "listAgenciesForAdmin", refused: NON_ADMINS, run: (a) => listAgenciesForAdmin(A(a)) },
  { surface: "app/admin/settings/organisations/[agencyId]/edit/page.tsx", call: "getAgencyForAdmin", refused: NON_ADMINS, run: (a) => getAgencyForAdmin(A(a), ids.agencyId) },
  { surface: "app/trainer/evaluations/[sessionId]/page.tsx", call: "sessionEvaluations", refused: ["anonymous", "learner", "safer", "manager", "otherTrainer", "otherAgency"], run: (a) => sessionEvaluations(A(a), ids.trainerSession) },
];

function token(purpose: LinkPurpose, id: number | string, expiresAt = new Date(NOW.getTime() + 86_400_000)): string {
  return createLinkToken(purpose, id, expiresAt);
}

/** A signed-link function must refuse garbage, a forged signature, an expired token and a token for another purpose. */
async function allRefused(fn: (t: string) => Promise<unknown>, purpose: LinkPurpose): Promise<{ ok: boolean; failures?: string[] }> {
  const id = ids.colleagueBooking;
  const good = token(purpose, id);
  const wrongPurpose: LinkPurpose = purpose === "claim-offer" ? "confirm-place" : "claim-offer";
  const bad = {
    garbage: "not-a-token",
    empty: "",
    forged: `${good.split(".")[0]}.${"A".repeat(43)}`,
    expired: token(purpose, id, new Date(NOW.getTime() - 60_000)),
    wrongPurpose: token(wrongPurpose, id),
    sqlish: "' OR 1=1 --",
  };
  const failures: string[] = [];
  for (const [name, t] of Object.entries(bad)) {
    const o = await outcomeOf(() => fn(t));
    if (!isRefusal(o)) failures.push(`${name}: ${describeOutcome(o)}`);
  }
  return failures.length ? { ok: true, failures } : { ok: false };
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "test-secret";
  const db = await getDb();
  await seed(db, { now: NOW });
  const people = await db.select().from(s.person);
  const byEmail = (e: string) => {
    const p = people.find((x) => x.email === e);
    if (!p) throw new Error(`seed has no ${e}`);
    return actorOf(p);
  };
  actors.anonymous = null;
  actors.learner = byEmail("learner@example.org");
  actors.trainer = byEmail("trainer@example.org");
  actors.admin = byEmail("admin@example.org");
  actors.safer = byEmail("safer@example.org");
  actors.manager = byEmail("manager@example.org");
  actors.colleague = byEmail("colleague@example.org");
  ids.learnerId = actors.learner.id;
  ids.agencyId = actors.learner.agencyId!;
  const demoIds = [actors.learner, actors.trainer, actors.admin, actors.safer, actors.manager, actors.colleague].map((a) => a!.id);
  const other = people.find((p) => !demoIds.includes(p.id) && p.profileCompletedAt && p.agencyId && p.agencyId !== ids.agencyId && !(p.roles as string[]).includes("admin"));
  actors.otherAgency = actorOf(other!);

  const [tr] = await db.select({ sessionId: s.sessionTrainer.sessionId }).from(s.sessionTrainer).where(eq(s.sessionTrainer.personId, actors.trainer.id)).limit(1);
  ids.trainerSession = tr.sessionId;
  const [ot] = await db
    .select({ personId: s.sessionTrainer.personId, sessionId: s.sessionTrainer.sessionId })
    .from(s.sessionTrainer)
    .where(ne(s.sessionTrainer.personId, actors.trainer.id))
    .limit(1);
  actors.otherTrainer = byEmailId(people, ot.personId);
  const trainerSessions = (await db.select({ id: s.sessionTrainer.sessionId }).from(s.sessionTrainer).where(eq(s.sessionTrainer.personId, actors.trainer.id))).map((r) => r.id);
  const [os] = await db.select({ id: s.session.id, opportunityId: s.session.opportunityId }).from(s.session).where(notInArray(s.session.id, trainerSessions)).limit(1);
  ids.otherSession = os.id;
  ids.opportunityId = os.opportunityId;
  const [closed] = await db.select({ id: s.session.id }).from(s.session).where(isNotNull(s.session.registerClosedAt)).limit(1);
  ids.closedSession = closed.id;

  // The victim: another person of learner@'s agency with bookings (learner@ → colleague IDOR); colleague@ attacks too.
  const sameAgency = people.filter((p) => p.agencyId === ids.agencyId && !demoIds.includes(p.id)).map((p) => p.id);
  const victimBookings = await db.select().from(s.booking).where(inArray(s.booking.personId, sameAgency));
  const upcoming = victimBookings.find((b) => b.status === "confirmed" && !b.attendance) ?? victimBookings.find((b) => b.status === "confirmed")!;
  ids.colleagueBooking = upcoming.id;
  actors.victim = byEmailId(people, upcoming.personId);
  const attended = victimBookings.find((b) => b.attendance === "attended")!;
  ids.colleagueAttendedBooking = attended.id;
  const [cert] = await db
    .select({ bookingId: s.certificate.bookingId })
    .from(s.certificate)
    .innerJoin(s.booking, eq(s.booking.id, s.certificate.bookingId))
    .where(eq(s.booking.personId, actors.learner.id))
    .limit(1);
  ids.learnerCertificateBooking = cert.bookingId;
  const [ch] = await db.select({ id: s.charge.id }).from(s.charge).limit(1);
  ids.chargeId = ch.id;

  const [mine] = await db.select().from(s.organisationContact).where(eq(s.organisationContact.personId, actors.safer.id));
  ids.saferOrg = mine.organisationId;
  const [ms] = await db.select({ id: s.membership.id }).from(s.membership).where(eq(s.membership.organisationId, ids.saferOrg)).limit(1);
  ids.membershipId = ms.id;
  const activeOthers = await db
    .select({ organisationId: s.membership.organisationId })
    .from(s.membership)
    .where(and(eq(s.membership.status, "active"), ne(s.membership.organisationId, ids.saferOrg)));
  const contacts = await db
    .select()
    .from(s.organisationContact)
    .where(inArray(s.organisationContact.organisationId, activeOthers.slice(0, 200).map((o) => o.organisationId)));
  const otherContact = contacts.find((c) => c.personId !== actors.safer!.id)!;
  ids.otherOrg = otherContact.organisationId;
  actors.otherSafer = byEmailId(people, otherContact.personId);

  // A private (organisation-only) template version of the other organisation.
  const [res] = await db.select({ id: s.resource.id }).from(s.resource).limit(1);
  ids.resourceId = res.id;
  const [v] = await db.select().from(s.resourceVersion).where(eq(s.resourceVersion.resourceId, res.id)).limit(1);
  const [priv] = await db
    .insert(s.resourceVersion)
    .values({ ...v, id: undefined, version: 900, organisationId: ids.otherOrg, changeSummary: "Private copy for one organisation" } as never)
    .returning({ id: s.resourceVersion.id });
  ids.otherOrgPrivateVersion = priv.id;
}, 600_000);

function byEmailId(people: (typeof s.person.$inferSelect)[], id: string): Actor {
  return actorOf(people.find((p) => p.id === id)!);
}

describe("authorization matrix (every server action and route handler's lib call)", () => {
  it("refuses every wrong caller and changes nothing", async () => {
    const before = await fingerprint();
    const failures: string[] = [];
    let checked = 0;
    for (const c of cases()) {
      for (const key of c.refused) {
        const o = await outcomeOf(() => c.run(actors[key]));
        checked++;
        if (!isRefusal(o)) failures.push(`${c.surface} → ${c.call} as ${key}: expected a refusal, got ${describeOutcome(o)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(250);
    expect(await fingerprint()).toEqual(before);
  }, 120_000);

  it("refuses anonymous callers with 401 wherever a lib function checks the caller itself", async () => {
    for (const run of [
      () => createOpportunity(null as never, {} as never),
      () => sessionBookingsCsv(null as never, ids.trainerSession),
      () => cancelBooking(null as never, ids.colleagueBooking, NOW),
      () => exportPersonalData(null as never, ids.learnerId),
      () => getRegister(null as never, ids.trainerSession),
      () => downloadVersion(null, ids.resourceId),
    ]) {
      const o = await outcomeOf(run);
      expect("threw" in o && o.threw instanceof AuthorizationError ? o.threw.status : describeOutcome(o)).toBe(401);
    }
  });

  it("hides other people's records as not found (404), not forbidden", async () => {
    for (const run of [
      () => certificatePdf(actors.colleague!, ids.learnerCertificateBooking),
      () => exportPersonalData(actors.colleague!, ids.learnerId),
      () => cancelBooking(actors.learner!, ids.colleagueBooking, NOW),
      () => getRegister(actors.otherTrainer!, ids.trainerSession),
      () => downloadVersion(actors.safer, ids.resourceId, ids.otherOrgPrivateVersion, NOW),
      () => renewMembership(actors.otherSafer, ids.saferOrg, NOW),
    ]) {
      const o = await outcomeOf(run);
      expect("threw" in o && o.threw instanceof AuthorizationError ? o.threw.status : describeOutcome(o)).toBe(404);
    }
  });

  it("lets the rightful caller through (positive controls for the same calls)", async () => {
    await expect(certificatePdf(actors.learner!, ids.learnerCertificateBooking)).resolves.toHaveProperty("fileName");
    await expect(certificatePdf(actors.admin!, ids.learnerCertificateBooking)).resolves.toHaveProperty("fileName");
    await expect(exportPersonalData(actors.learner!, ids.learnerId)).resolves.toBeTruthy();
    await expect(getRegister(actors.trainer!, ids.trainerSession)).resolves.toHaveProperty("entries");
    await expect(getRegister(actors.admin!, ids.trainerSession)).resolves.toHaveProperty("entries");
    await expect(sessionBookingsCsv(actors.admin!, ids.trainerSession)).resolves.toContain(",");
    await expect(getPartnershipDetails(actors.admin!)).resolves.toHaveProperty("districts");
    await expect(getPolicySettings(actors.admin!)).resolves.toHaveProperty("retentionMonths");
    await expect(getPersonForAdmin(actors.admin!, ids.learnerId)).resolves.toHaveProperty("email", "learner@example.org");
    await expect(findPeople(actors.admin!, null)).resolves.toHaveProperty("rows", expect.arrayContaining([expect.objectContaining({ email: "trainer@example.org" })]));
    await expect(getAgencyForAdmin(actors.admin!, ids.agencyId)).resolves.toHaveProperty("sector");
    await expect(getMyBooking(actors.victim!, ids.colleagueBooking, NOW)).resolves.toBeTruthy();
    const file = await downloadVersion(actors.otherSafer, ids.resourceId, ids.otherOrgPrivateVersion, NOW);
    expect(file.versionId).toBe(ids.otherOrgPrivateVersion);
  });

  it("a genuine signed link still works, so the token refusals above are not a blanket failure", async () => {
    // The invite token: genuine for a real invite id is accepted by readInvite's verification path, a forged one is not.
    const { readInvite } = await import("@/lib/membership");
    expect(await readInvite("forged", NOW)).toBeNull();
    expect(await readInvite(token("invite", 999_999), NOW)).toBeNull(); // genuine signature, unknown invite: not found
  });

  it("unknown, huge and negative ids from a crafted form, as the rightful caller: not found, never a crash", async () => {
    const before = await fingerprint();
    const problems: string[] = [];
    const admin = actors.admin!;
    const trainer = actors.trainer!;
    const learner = actors.learner!;
    const safer = actors.safer!;
    // Up to 2^31-1, the largest integer id; larger ones are stopped at the edge (lib/ids, proxy.ts, the id parsers
    // of the actions), checked in tests/unit/security-bad-input.test.ts and the e2e security spec.
    for (const id of [0, -1, 999_999, 2_147_483_647]) {
      const calls: [string, () => Promise<unknown>][] = [
        ["updateOpportunity", () => updateOpportunity(admin, id, {} as never)],
        ["createSession", () => createSession(admin, id, {} as never)],
        ["updateSession", () => updateSession(admin, id, {} as never)],
        ["cancelSession", () => cancelSession(admin, id, "Unknown")],
        ["cancelBookingOnBehalf", () => cancelBookingOnBehalf(admin, id, NOW)],
        ["waiveCharge", () => waiveCharge(admin, id, { reason: "Unknown" } as never, NOW)],
        ["decideMembership", () => decideMembership(admin, { membershipId: id, decision: "approve", reason: "" } as never, NOW)],
        ["publishVersion", () => publishVersion(admin, id, { changeSummary: "x", file: { name: "x.pdf", bytes: new TextEncoder().encode("%PDF-1.4 x") } }, NOW)],
        // (sessionBookingsCsv of an unknown session is an empty sheet; its route answers 404 via getSessionForAdmin.)
        ["agencyStatementCsv", () => agencyStatementCsv(admin, id, "2026-11")],
        ["bookSession", () => bookSession(learner, { sessionId: id, formToken: "abcdefghijklmnopqrstuvwx", intent: "book" }, NOW)],
        ["cancelBooking", () => cancelBooking(learner, id, NOW)],
        ["claimOffer", () => claimOffer(learner, id, NOW)],
        ["transferBooking", () => transferBooking(learner, id, "colleague@example.org", NOW)],
        ["checkIn", () => checkIn(learner, { code: "ABC123", sessionId: id }, NOW)],
        ["submitEvaluation", () => submitEvaluation(learner, id, { kind: "post", input: { confidence: 5, learned: "x", rating: 5 } } as never, NOW)],
        ["certificatePdf", () => certificatePdf(learner, id)],
        ["getRegister", () => getRegister(trainer, id)],
        ["saveRegister", () => saveRegister(trainer, id, "save", [], NOW)],
        ["saveRegister (unknown booking marks)", () => saveRegister(trainer, ids.trainerSession, "save", [{ bookingId: id, attendance: "attended" }], NOW)],
        ["addWalkIn", () => addWalkIn(trainer, id, { email: "walkin@example.org" } as never, NOW)],
        ["showCheckInCode", () => showCheckInCode(trainer, id)],
        ["reopenRegister", () => reopenRegister(admin, id)],
        ["getAgencyForAdmin", () => getAgencyForAdmin(admin, id)],
        ["changeAgency", () => changeAgency(admin, id, { name: "Unknown Agency", sector: "other", district: null })],
        ["sessionEvaluations", () => sessionEvaluations(trainer, id)],
        ["renewMembership", () => renewMembership(safer, id, NOW)],
        ["inviteColleague", () => inviteColleague(safer, id, { email: "x@example.org" } as never, NOW)],
        ["recordReview", () => recordReview(safer, { resourceId: id, reviewedOn: "2026-11-01", notes: "" } as never, NOW)],
        ["downloadVersion", () => downloadVersion(safer, id, undefined, NOW)],
        ...(id === 0 ? [] : ([["downloadVersion (version)", () => downloadVersion(safer, ids.resourceId, id, NOW)]] as [string, () => Promise<unknown>][])),
        ["getMyBooking", () => getMyBooking(learner, id, NOW)],
        ["changePersonRoles", () => changePersonRoles(admin, { personId: String(id), roles: ["trainer"], confirmTrainerRemoval: false })],
        ["getPersonForAdmin", () => getPersonForAdmin(admin, String(id))],
      ];
      for (const [name, run] of calls) {
        const o = await outcomeOf(run);
        if (!isRefusal(o)) problems.push(`${name}(${id}): ${describeOutcome(o)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  }, 120_000);

  it("covers every server action file and route handler of the app", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(name)) {
          const text = readFileSync(p, "utf8");
          if (name === "route.ts" || /^\s*["']use server["']/m.test(text)) files.push(p.split(path.sep).join("/"));
        }
      }
    };
    walk("app");
    const covered = new Set(cases().map((c) => c.surface));
    // Reviewed by hand, with the reason they need no actor matrix:
    const exempt: Record<string, string> = {
      "app/sign-in/actions.ts": "requests a magic link (public by design, rate-limited: see security-rate-limits) and signs the caller out",
      "app/api/auth/[...nextauth]/route.ts": "next-auth: only POST /callback/email is open; GET callback redirects to the confirm page (e2e security spec)",
      "app/api/health/route.ts": "public liveness probe, reveals nothing",
      "app/dev/run-jobs/route.ts": "404 unless the dev outbox is enabled (never where mail is really sent)",
      "app/bench-static/route.ts": "a static benchmark page with no data",
      "app/book/[sessionId]/draft.ts": "cookie helper of the booking action, not an action",
    };
    const missing = files.filter((f) => !covered.has(f) && !exempt[f]);
    expect(missing).toEqual([]);
  });
});
