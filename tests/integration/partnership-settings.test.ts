// The business unit configures the partnership: the policy settings (now with Safer fees, renewal notices, the
// impact follow-up and retention) and the partnership's own details (name, help contacts, districts, reporting
// year). Each story posts the form the way its server action does: parse with the form's schema, then save.
import { count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvent, partnership } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import type { Actor } from "@/lib/auth/actor";
import { listDistricts } from "@/lib/catalogue-admin";
import { catalogueFilterOptions } from "@/lib/catalogue";
import { getPartnership, getPolicy } from "@/lib/partnership";
import { getPartnershipDetails, partnershipDetailsSchema, partnershipDetailsValues, updatePartnershipDetails } from "@/lib/partnership/details";
import { getPolicySettings, policySettingsSchema, policySettingsValues, updatePolicySettings } from "@/lib/partnership/settings";
import { reportFilterOptions } from "@/lib/reports";
import { parseForm } from "@/lib/ui/form-state";
import { givenOpportunity, givenSession } from "../support/catalogue-admin";
import { givenAgency, givenPartnership, givenPerson } from "../support/fixtures";
import { givenOrganisation } from "../support/safer";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
let admin: Actor;
let others: Record<string, Actor>;

const DETAILS = {
  name: "Test Safeguarding Children Partnership",
  shortName: "TSCP",
  helpContacts: [{ label: "Duty desk", number: "0100 000000" }],
  districts: ["North", "South"],
  reportingYearStartMonth: 7,
};

beforeAll(async () => {
  process.env.REPORT_CACHE_SECONDS = "60";
  const db = await getDb();
  await givenPartnership(db);
  admin = await givenPerson(db, { roles: ["admin"] });
  const safer = await givenPerson(db);
  await givenOrganisation(db, { contacts: [safer], district: "South" });
  others = { learner: await givenPerson(db), trainer: await givenPerson(db, { roles: ["trainer"] }), manager: await givenPerson(db, { roles: ["learner"] }), safer };
});

beforeEach(async () => {
  const db = await getDb();
  await db.update(partnership).set({ ...DETAILS, policy: {} });
});

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
};

/** What savePolicySettingsAction does: parse the posted form, and save only when it is valid. */
async function postPolicySettings(actor: Actor, changes: Record<string, string>) {
  const current = policySettingsValues(await getPolicySettings(admin));
  const parsed = parseForm(policySettingsSchema, form({ ...current, ...changes }));
  if (!parsed.ok) return { errors: parsed.state.errors };
  return updatePolicySettings(actor, parsed.data);
}

/** What savePartnershipDetailsAction does. */
async function postPartnershipDetails(actor: Actor, changes: Record<string, string>) {
  const current = partnershipDetailsValues(await getPartnershipDetails(admin));
  const parsed = parseForm(partnershipDetailsSchema, form({ ...current, ...changes }));
  if (!parsed.ok) return { ok: false, errors: parsed.state.errors };
  return updatePartnershipDetails(actor, parsed.data);
}

async function partnershipRow() {
  const db = await getDb();
  const [row] = await db.select().from(partnership);
  return row;
}

async function auditOf(action: string) {
  const db = await getDb();
  return db.select().from(auditEvent).where(eq(auditEvent.action, action)).orderBy(auditEvent.id);
}

async function auditCount() {
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(auditEvent);
  return n;
}

describe("policy settings: Safer fees, renewal notices, impact follow-up and retention", () => {
  it("the business unit changes them in pounds and lists; the policy follows and each change is audited", async () => {
    const result = await postPolicySettings(admin, {
      membershipFeeUpTo10: "10",
      membershipFee11To50: "50",
      membershipFeeOver250: "£250.50",
      membershipRenewalNoticeDays: "14, 60, 30",
      impactFollowUpDays: "120",
      retentionMonths: "36",
    });
    expect(result).toEqual({ changed: ["membershipFeesPence", "membershipRenewalNoticeDays", "impactFollowUpDays", "retentionMonths"] });
    const policy = await getPolicy();
    expect(policy).toMatchObject({
      membershipFeesPence: { "Up to 10": 1000, "11 to 50": 5000, "51 to 250": 10000, "Over 250": 25050 },
      membershipRenewalNoticeDays: [60, 30, 14],
      impactFollowUpDays: 120,
      retentionMonths: 36,
      reminderDaysBefore: [7, 2],
    });
    const [audit] = await auditOf("partnership.policy-updated");
    expect(audit.actorId).toBe(admin.id);
    expect(audit.details).toEqual({
      membershipFeesPence: { from: { "Up to 10": 0, "11 to 50": 5000, "51 to 250": 10000, "Over 250": 20000 }, to: policy.membershipFeesPence },
      membershipRenewalNoticeDays: { from: [30, 7], to: [60, 30, 14] },
      impactFollowUpDays: { from: 90, to: 120 },
      retentionMonths: { from: 72, to: 36 },
    });
    // The form shows what was saved.
    expect(policySettingsValues(await getPolicySettings(admin))).toMatchObject({ membershipFeeOver250: "250.50", membershipRenewalNoticeDays: "60, 30, 14", retentionMonths: "36" });
  });

  it("saving the form as it is changes nothing and records nothing, even with the fees stored in another order", async () => {
    const db = await getDb();
    await db.update(partnership).set({ policy: { membershipFeesPence: { "Over 250": 20000, "51 to 250": 10000, "11 to 50": 5000, "Up to 10": 0 } } });
    const before = await auditCount();
    expect(await postPolicySettings(admin, {})).toEqual({ changed: [] });
    expect(await auditCount()).toBe(before);
  });

  it("bad input is refused with a message next to each field, and nothing changes", async () => {
    const before = await partnershipRow();
    const audits = await auditCount();
    const result = await postPolicySettings(admin, { retentionMonths: "6", impactFollowUpDays: "a while", membershipFee51To250: "-1", membershipRenewalNoticeDays: "200" });
    expect(result).toEqual({
      errors: {
        retentionMonths: "The retention period in months must be 12 or more",
        impactFollowUpDays: "Enter the number of days before the impact follow-up as a whole number, like 7",
        membershipFee51To250: "Enter the yearly fee for 51 to 250 staff and volunteers in pounds, like 50 or 35.50",
        membershipRenewalNoticeDays: "Each renewal notice must be between 1 and 90 days before the membership ends",
      },
    });
    // Below the form, the policy's own rules still hold (a crafted call cannot store a retention under 12 months).
    await expect(updatePolicySettings(admin, { retentionMonths: 6 })).rejects.toThrow();
    expect(await partnershipRow()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("only the business unit may read or change them", async () => {
    const before = await partnershipRow();
    for (const who of Object.values(others)) {
      await expect(getPolicySettings(who)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(updatePolicySettings(who, { retentionMonths: 12 })).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect(await partnershipRow()).toEqual(before);
  });
});

describe("partnership details", () => {
  it("the business unit renames the partnership, changes the help contacts, districts and reporting year; audited", async () => {
    const result = await postPartnershipDetails(admin, {
      name: "Suffolk Safeguarding Partnership",
      shortName: "SSP",
      helpContacts: "Customer First: 0808 800 4005\nChildline: 0800 1111",
      districts: "North\nSouth\nEast",
      reportingYearStartMonth: "4",
    });
    expect(result).toEqual({ ok: true, changed: ["name", "shortName", "helpContacts", "districts", "reportingYearStartMonth"] });
    // What the header, footer and help page read (getPartnership, no cache in between).
    expect(await getPartnership()).toMatchObject({
      name: "Suffolk Safeguarding Partnership",
      shortName: "SSP",
      helpContacts: [
        { label: "Customer First", number: "0808 800 4005" },
        { label: "Childline", number: "0800 1111" },
      ],
      districts: ["North", "South", "East"],
      reportingYearStartMonth: 4,
    });
    expect(await listDistricts(admin)).toEqual(["North", "South", "East"]);
    expect((await catalogueFilterOptions(null)).districts).toEqual(["North", "South", "East"]);
    const [audit] = await auditOf("partnership.details-updated");
    expect(audit.actorId).toBe(admin.id);
    expect(audit.details).toMatchObject({
      name: { from: "Test Safeguarding Children Partnership", to: "Suffolk Safeguarding Partnership" },
      districts: { from: ["North", "South"], to: ["North", "South", "East"] },
      reportingYearStartMonth: { from: 7, to: 4 },
    });

    // The same form again: nothing changed, nothing recorded.
    const audits = await auditCount();
    expect(await postPartnershipDetails(admin, {})).toEqual({ ok: true, changed: [] });
    expect(await auditCount()).toBe(audits);
  });

  it("report filters show the new districts and reporting year at once, not a minute later", async () => {
    const first = await reportFilterOptions(admin);
    expect(first).toMatchObject({ districts: ["North", "South"], reportingYearStartMonth: 7 });
    await postPartnershipDetails(admin, { districts: "North\nSouth\nWest", reportingYearStartMonth: "9" });
    expect(await reportFilterOptions(admin)).toMatchObject({ districts: ["North", "South", "West"], reportingYearStartMonth: 9 });
  });

  it("a district that sessions or organisations are in cannot be removed: the form says why and nothing is saved", async () => {
    const db = await getDb();
    const o = await givenOpportunity(db);
    await givenSession(db, o.id, { district: "South" });
    await givenSession(db, o.id, { district: "South" });
    await givenAgency(db); // in North
    const before = await partnershipRow();
    const audits = await auditCount();

    expect(await postPartnershipDetails(admin, { name: "Renamed", districts: "North" })).toEqual({
      ok: false,
      errors: { districts: "You cannot remove South because 2 sessions and 1 Safer organisation are in it. Keep it in the list" },
    });
    expect(await postPartnershipDetails(admin, { districts: "East" })).toEqual({
      ok: false,
      errors: {
        districts: expect.stringMatching(/^You cannot remove North and South because sessions or organisations are in them \(North: \d+ organisations?; South: 2 sessions and 1 Safer organisation\)/),
      },
    });
    expect(await partnershipRow()).toEqual(before);
    expect(await auditCount()).toBe(audits);

    // A district nothing is in can go.
    await postPartnershipDetails(admin, { districts: "North\nSouth\nEast" });
    expect(await postPartnershipDetails(admin, { districts: "North\nSouth" })).toEqual({ ok: true, changed: ["districts"] });
  });

  it("bad input is refused with a message next to the field, and nothing changes", async () => {
    const before = await partnershipRow();
    const audits = await auditCount();
    expect(await postPartnershipDetails(admin, { name: "", helpContacts: "Childline 0800 1111", districts: "North\nnorth" })).toEqual({
      ok: false,
      errors: {
        name: "Enter the partnership's name",
        helpContacts: "Line 1: enter a name, a colon and a phone number, like Childline: 0800 1111",
        districts: "Line 2: north is already listed",
      },
    });
    expect(await partnershipRow()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("only the business unit may read or change them", async () => {
    const before = await partnershipRow();
    const input = partnershipDetailsSchema.parse({ ...partnershipDetailsValues(DETAILS), name: "Hijacked" });
    for (const who of Object.values(others)) {
      await expect(getPartnershipDetails(who)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(updatePartnershipDetails(who, input)).rejects.toBeInstanceOf(AuthorizationError);
    }
    await expect(updatePartnershipDetails(null as never, input)).rejects.toMatchObject({ status: 401 });
    expect(await partnershipRow()).toEqual(before);
  });
});
