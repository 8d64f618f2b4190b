// The contact's side of Safer: apply for membership, see the organisation and its membership, renew.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { membership, organisation, organisationContact, person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/errors";
import { getPartnership, getPartnershipForSave, getPolicy } from "@/lib/partnership";
import type { ApplyInput } from "./apply-schema";
import { canRenew, feeForBand, londonToday, organisationStatus, renewalPeriod, type OrganisationMembershipStatus } from "./rules";

function requireSignedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("Sign in to continue", 401);
}

/** Contacts act for their own organisation only; the business unit may act for any. */
export async function assertContactOf(actor: Actor | null, organisationId: number, db?: DbOrTx): Promise<void> {
  requireSignedIn(actor);
  if (actor.roles.includes("admin")) return;
  const d = db ?? (await getDb());
  const [row] = await d
    .select({ id: organisationContact.personId })
    .from(organisationContact)
    .where(and(eq(organisationContact.organisationId, organisationId), eq(organisationContact.personId, actor.id)));
  if (!row) throw new AuthorizationError("Not found", 404);
}

/** Give a person the Safer contact role (idempotent). */
export async function grantSaferContactRole(personId: string, db: DbOrTx): Promise<void> {
  await db
    .update(person)
    .set({ roles: sql`array_append(${person.roles}, 'safer_contact'::role)` })
    .where(and(eq(person.id, personId), sql`not ('safer_contact'::role = any(${person.roles}))`));
}

/** The organisation ids a person is a contact of, oldest first. */
export async function organisationIdsOf(personId: string, db?: DbOrTx): Promise<number[]> {
  const d = db ?? (await getDb());
  const rows = await d
    .select({ id: organisationContact.organisationId })
    .from(organisationContact)
    .where(eq(organisationContact.personId, personId))
    .orderBy(asc(organisationContact.createdAt), asc(organisationContact.organisationId));
  return rows.map((r) => r.id);
}

export type ApplyResult = { ok: true; organisationId: number; membershipId: number } | { ok: false; errors: Partial<Record<keyof ApplyInput | "form", string>> };

/** Anyone signed in may apply for their organisation; they become its lead contact. */
export async function applyForMembership(actor: Actor | null, input: ApplyInput): Promise<ApplyResult> {
  requireSignedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx): Promise<ApplyResult> => {
    // FOR SHARE until the organisation is saved: its district cannot be removed in between (getPartnershipForSave).
    const p = await getPartnershipForSave(tx);
    if (!p.districts.includes(input.district)) return { ok: false, errors: { district: "Select the district your organisation is based in" } };
    if ((await organisationIdsOf(actor.id, tx)).length) {
      return { ok: false, errors: { form: "You are already a contact for an organisation. Ask the business unit if you need to register another." } };
    }
    const fee = feeForBand(p.policy.membershipFeesPence, input.sizeBand);
    const [org] = await tx
      .insert(organisation)
      .values({
        name: input.name,
        charityNumber: input.charityNumber || null,
        companyNumber: input.companyNumber || null,
        orgType: input.orgType,
        district: input.district,
        sizeBand: input.sizeBand,
        leadName: input.leadName,
        leadEmail: input.leadEmail.toLowerCase(),
        leadPhone: input.leadPhone,
      })
      .returning({ id: organisation.id });
    const [m] = await tx
      .insert(membership)
      .values({ organisationId: org.id, status: "pending", tier: input.sizeBand, feePence: fee })
      .returning({ id: membership.id });
    await tx.insert(organisationContact).values({ organisationId: org.id, personId: actor.id, isLead: true });
    await grantSaferContactRole(actor.id, tx);
    await recordAudit({ actorId: actor.id, action: "membership.applied", entity: "membership", entityId: m.id, details: { organisationId: org.id } }, tx);
    return { ok: true as const, organisationId: org.id, membershipId: m.id };
  });
}

export type MembershipPeriodRow = typeof membership.$inferSelect;

/** A renewal as the contact sees it on the check page and confirms it: the new period and its fee. */
export type RenewalTerms = { startsOn: string; endsOn: string; feePence: number };

export type OrganisationOverview = {
  organisation: typeof organisation.$inferSelect;
  status: OrganisationMembershipStatus;
  periods: MembershipPeriodRow[];
  /** The approved period (active or lapsed) that covers today; if none does, the last one that started. */
  current: MembershipPeriodRow | null;
  /** An approved period that starts after today: a renewal made before the current year ends. */
  next: MembershipPeriodRow | null;
  canRenew: boolean;
  /** What renewing today would add (null when it cannot be renewed online). */
  renewal: RenewalTerms | null;
  contacts: { personId: string; name: string | null; email: string; isLead: boolean }[];
};

async function overview(db: DbOrTx, organisationId: number, today: string, fees: Record<string, number>): Promise<OrganisationOverview | null> {
  const [org] = await db.select().from(organisation).where(eq(organisation.id, organisationId));
  if (!org) return null;
  const periods = await db.select().from(membership).where(eq(membership.organisationId, organisationId)).orderBy(desc(membership.appliedAt), desc(membership.id));
  // Latest end first: renewal runs on from the latest period, but the page shows the one that covers today.
  const approved = periods
    .filter((r) => (r.status === "active" || r.status === "lapsed") && r.startsOn && r.endsOn)
    .sort((a, b) => (b.endsOn! > a.endsOn! ? 1 : b.endsOn! < a.endsOn! ? -1 : 0));
  const latest = approved[0] ?? null;
  const current = approved.find((r) => r.startsOn! <= today && today < r.endsOn!) ?? approved.find((r) => r.startsOn! <= today) ?? null;
  const next = latest && latest.startsOn! > today ? latest : null;
  const contacts = await db
    .select({ personId: person.id, name: person.name, email: person.email, isLead: organisationContact.isLead })
    .from(organisationContact)
    .innerJoin(person, eq(person.id, organisationContact.personId))
    .where(eq(organisationContact.organisationId, organisationId))
    .orderBy(desc(organisationContact.isLead), asc(person.email));
  const pending = periods.some((r) => r.status === "pending");
  const renewable = !pending && canRenew(latest, today);
  return {
    organisation: org,
    status: organisationStatus(periods, today),
    periods,
    current,
    next,
    canRenew: renewable,
    renewal: renewable ? { ...renewalPeriod(latest!.endsOn!, today), feePence: feeForBand(fees, org.sizeBand) } : null,
    contacts,
  };
}

/** The signed-in person's organisation (the first they are a contact of), or null. */
export async function myOrganisation(actor: Actor | null, now = new Date()): Promise<OrganisationOverview | null> {
  requireSignedIn(actor);
  const db = await getDb();
  const [id] = await organisationIdsOf(actor.id, db);
  return id ? overview(db, id, londonToday(now), (await getPolicy(db)).membershipFeesPence) : null;
}

export type RenewResult = { ok: true; membershipId: number; startsOn: string; endsOn: string } | { ok: false; message: string };

/**
 * Renew an active or recently lapsed membership: a new 12-month period from the old end date (or today if it
 * lapsed). Row-locks the organisation so two contacts renewing at once make one period.
 * `confirmed` is what the contact agreed to on the check page: if the period or fee has changed since (a new day
 * after a lapse, a new fee policy), nothing is recorded and they are asked to check again; the same confirmation
 * sent twice (a double click without JavaScript) finds the period it already added.
 */
export async function renewMembership(actor: Actor | null, organisationId: number, now = new Date(), confirmed?: RenewalTerms): Promise<RenewResult> {
  await assertContactOf(actor, organisationId);
  const today = londonToday(now);
  const db = await getDb();
  const p = await getPartnership(db);
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisation).where(eq(organisation.id, organisationId)).for("update");
    if (!org) return { ok: false as const, message: "Organisation not found" };
    const o = await overview(tx, organisationId, today, p.policy.membershipFeesPence);
    const done = confirmed && o?.periods.find((r) => r.status === "active" && r.startsOn === confirmed.startsOn && r.endsOn === confirmed.endsOn && r.feePence === confirmed.feePence);
    if (done) return { ok: true as const, membershipId: done.id, startsOn: done.startsOn!, endsOn: done.endsOn! };
    if (!o?.renewal) return { ok: false as const, message: "This membership cannot be renewed online. Apply again or contact the business unit." };
    const terms = o.renewal;
    if (confirmed && (confirmed.startsOn !== terms.startsOn || confirmed.endsOn !== terms.endsOn || confirmed.feePence !== terms.feePence)) {
      return { ok: false as const, message: "The renewal details have changed since you checked them. Check the new details, then confirm again." };
    }
    const [m] = await tx
      .insert(membership)
      .values({
        organisationId,
        status: "active",
        tier: org.sizeBand,
        feePence: terms.feePence,
        decidedAt: now,
        decidedBy: actor!.id,
        startsOn: terms.startsOn,
        endsOn: terms.endsOn,
      })
      .returning({ id: membership.id });
    const period = { startsOn: terms.startsOn, endsOn: terms.endsOn };
    // A lapsed period that is renewed in the grace window is superseded; keep it lapsed for the history.
    await recordAudit({ actorId: actor!.id, action: "membership.renewed", entity: "membership", entityId: m.id, details: { organisationId, ...period, feePence: terms.feePence } }, tx);
    return { ok: true as const, membershipId: m.id, ...period };
  });
}

/** Emails of an organisation's lead contacts (falling back to every contact). */
export async function leadContactEmails(organisationId: number, db?: DbOrTx): Promise<{ personId: string; email: string }[]> {
  const d = db ?? (await getDb());
  const rows = await d
    .select({ personId: person.id, email: person.email, isLead: organisationContact.isLead })
    .from(organisationContact)
    .innerJoin(person, eq(person.id, organisationContact.personId))
    .where(and(eq(organisationContact.organisationId, organisationId), sql`${person.anonymisedAt} is null`));
  const leads = rows.filter((r) => r.isLead);
  return (leads.length ? leads : rows).map(({ personId, email }) => ({ personId, email }));
}
