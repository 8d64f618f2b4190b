import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { devOutbox, job, membership, organisation, organisationContact, person, sentMessage } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import { runDueJobsOnce } from "@/lib/jobs";
import {
  acceptInvite,
  applyForMembership,
  applySchema,
  decideMembership,
  inviteColleague,
  libraryAccess,
  listMemberships,
  memberCountSeries,
  memberCountsOn,
  membersOn,
  myOrganisation,
  personHasActiveMembership,
  renewMembership,
  runRenewalScan,
} from "@/lib/membership";
import { downloadVersion } from "@/lib/resources";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { givenOrganisation, givenResource } from "../support/safer";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

// Far from the real clock, so the worker's own recurring scans (real "now") never touch these periods.
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const application = {
  name: "Riverside Juniors FC",
  charityNumber: "",
  companyNumber: "SC123456",
  orgType: "Sports club" as const,
  district: "North",
  sizeBand: "11 to 50" as const,
  leadName: "Sam Lead",
  leadEmail: "Sam.Lead@example.org",
  leadPhone: "01632 960 001",
};

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  await givenPartnership(await getDb());
});

async function sentKeys(prefix: string) {
  const db = await getDb();
  return (await db.select({ key: sentMessage.key, to: sentMessage.to }).from(sentMessage).where(like(sentMessage.key, `${prefix}%`))).map((r) => r.key).sort();
}

describe("a membership from application to lapse", () => {
  it("applies, is approved, gets one renewal notice per threshold even if the scan runs twice, then lapses", async () => {
    const db = await getDb();
    const applicant = await givenPerson(db, { email: "applicant@example.org" });
    const admin = await givenPerson(db, { roles: ["admin"] });

    const applied = await applyForMembership(applicant, application);
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    const [pending] = await db.select().from(membership).where(eq(membership.id, applied.membershipId));
    expect(pending).toMatchObject({ status: "pending", tier: "11 to 50", feePence: 5000, startsOn: null });
    const [lead] = await db.select().from(organisationContact).where(eq(organisationContact.organisationId, applied.organisationId));
    expect(lead).toMatchObject({ personId: applicant.id, isLead: true });
    const [p] = await db.select({ roles: person.roles }).from(person).where(eq(person.id, applicant.id));
    expect(p.roles).toContain("safer_contact");
    expect((await myOrganisation(applicant))?.status).toBe("pending");

    // Only the business unit decides.
    await expect(decideMembership(applicant, { membershipId: applied.membershipId, decision: "approve", reason: "" })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await decideMembership(admin, { membershipId: applied.membershipId, decision: "approve", reason: "" }, at("2030-03-10"))).toEqual({ ok: true });
    const [active] = await db.select().from(membership).where(eq(membership.id, applied.membershipId));
    expect(active).toMatchObject({ status: "active", startsOn: "2030-03-10", endsOn: "2031-03-10", decidedBy: admin.id });
    expect(active.decidedAt).toEqual(at("2030-03-10"));
    // Deciding twice does nothing.
    expect(await decideMembership(admin, { membershipId: applied.membershipId, decision: "decline", reason: "x" })).toEqual({ ok: false, message: "This application has already been decided" });

    // The lead contact is emailed by a queued job.
    const [queued] = await db.select().from(job).where(eq(job.key, `membership-decision:${applied.membershipId}`));
    expect(queued.kind).toBe("membership:decision-email");
    await runDueJobsOnce("test-worker");
    const decisionMail = await db.select().from(devOutbox).where(eq(devOutbox.to, "applicant@example.org"));
    expect(decisionMail.map((m) => m.subject)).toEqual(["Safer membership approved: Riverside Juniors FC"]);
    expect(await personHasActiveMembership(applicant.id, at("2030-06-01"))).toBe(true);

    // Renewal notices at 30 and 7 days before the end; running the scan again sends nothing more.
    expect((await runRenewalScan(at("2031-01-01"))).noticesSent).toBe(0);
    expect((await runRenewalScan(at("2031-02-12"))).noticesSent).toBe(1);
    expect((await runRenewalScan(at("2031-02-12"))).noticesSent).toBe(0);
    expect((await runRenewalScan(at("2031-02-14"))).noticesSent).toBe(0);
    expect((await runRenewalScan(at("2031-03-05"))).noticesSent).toBe(1);
    expect((await runRenewalScan(at("2031-03-06"))).noticesSent).toBe(0);
    expect(await sentKeys(`renewal:${applied.membershipId}:`)).toEqual([`renewal:${applied.membershipId}:30`, `renewal:${applied.membershipId}:7`]);

    // Not renewed: it lapses on the end date, with one notice.
    expect(await runRenewalScan(at("2031-03-10"))).toEqual({ noticesSent: 0, lapsed: 1 });
    expect(await runRenewalScan(at("2031-03-11"))).toEqual({ noticesSent: 0, lapsed: 0 });
    const [lapsed] = await db.select().from(membership).where(eq(membership.id, applied.membershipId));
    expect(lapsed.status).toBe("lapsed");
    expect(await sentKeys(`lapsed:${applied.membershipId}`)).toEqual([`lapsed:${applied.membershipId}`]);
    expect(await personHasActiveMembership(applicant.id, at("2031-03-11"))).toBe(false);
    // Still counted as a member on days the lapsed period covered.
    expect(await personHasActiveMembership(applicant.id, at("2031-03-09"))).toBe(true);

    // Renewing soon after the lapse starts a new year today.
    const renewed = await renewMembership(applicant, applied.organisationId, at("2031-04-01"));
    expect(renewed).toMatchObject({ ok: true, startsOn: "2031-04-01", endsOn: "2032-04-01" });
    expect(await personHasActiveMembership(applicant.id, at("2031-04-02"))).toBe(true);
  });

  it("renews an active membership from its end date, which stops the renewal notices", async () => {
    const db = await getDb();
    const contact = await givenPerson(db);
    const stranger = await givenPerson(db);
    const org = await givenOrganisation(db, { periods: [{ startsOn: "2030-05-01", endsOn: "2031-05-01" }], contacts: [contact] });
    await expect(renewMembership(stranger, org.id, at("2031-04-20"))).rejects.toBeInstanceOf(AuthorizationError);
    const r = await renewMembership(contact, org.id, at("2031-04-20"));
    expect(r).toMatchObject({ ok: true, startsOn: "2031-05-01", endsOn: "2032-05-01" });
    // A second renewal of the same year is refused.
    expect((await renewMembership(contact, org.id, at("2031-04-21"))).ok).toBe(false);
    const rows = await db.select().from(membership).where(eq(membership.organisationId, org.id));
    const first = rows.find((m) => m.startsOn === "2030-05-01")!;
    expect(await runRenewalScan(at("2031-04-25"))).toEqual({ noticesSent: 0, lapsed: 0 });
    expect(await runRenewalScan(at("2031-05-01"))).toEqual({ noticesSent: 0, lapsed: 0 });
    expect(await sentKeys(`renewal:${first.id}:`)).toEqual([]);
    const [still] = await db.select().from(membership).where(eq(membership.id, first.id));
    expect(still.status).toBe("active");
  });

  it("makes one new period when two contacts renew at the same moment", async () => {
    const db = await getDb();
    const [c1, c2] = [await givenPerson(db), await givenPerson(db)];
    const org = await givenOrganisation(db, { periods: [{ startsOn: "2032-05-01", endsOn: "2033-05-01" }], contacts: [c1, c2] });
    const results = await Promise.all([renewMembership(c1, org.id, at("2033-04-20")), renewMembership(c2, org.id, at("2033-04-20"))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.select().from(membership).where(eq(membership.organisationId, org.id))).toHaveLength(2);
  });

  it("declines only with a reason, and tells the lead contact the reason", async () => {
    const db = await getDb();
    const applicant = await givenPerson(db, { email: "declined@example.org" });
    const admin = await givenPerson(db, { roles: ["admin"] });
    const applied = await applyForMembership(applicant, { ...application, name: "Not Eligible Ltd", companyNumber: "01234567" });
    if (!applied.ok) throw new Error("apply failed");
    expect(await decideMembership(admin, { membershipId: applied.membershipId, decision: "decline", reason: "  " })).toEqual({ ok: false, message: "Enter the reason for declining the application" });
    const [still] = await db.select().from(membership).where(eq(membership.id, applied.membershipId));
    expect(still.status).toBe("pending");
    expect(await decideMembership(admin, { membershipId: applied.membershipId, decision: "decline", reason: "Outside the partnership area" })).toEqual({ ok: true });
    const [declined] = await db.select().from(membership).where(eq(membership.id, applied.membershipId));
    expect(declined).toMatchObject({ status: "declined", declineReason: "Outside the partnership area", startsOn: null });
    await runDueJobsOnce("test-worker");
    const [mail] = await db.select().from(devOutbox).where(eq(devOutbox.to, "declined@example.org"));
    expect(mail.subject).toBe("Safer membership application: Not Eligible Ltd");
    expect(mail.text).toContain("Outside the partnership area");
    expect((await myOrganisation(applicant))?.status).toBe("declined");
  });

  it("refuses a district outside the partnership and a second application by the same contact", async () => {
    const db = await getDb();
    const applicant = await givenPerson(db);
    expect(await applyForMembership(applicant, { ...application, district: "Atlantis" })).toEqual({ ok: false, errors: { district: "Select the district your organisation is based in" } });
    expect((await applyForMembership(applicant, application)).ok).toBe(true);
    expect((await applyForMembership(applicant, application)).ok).toBe(false);
  });

  it("lists applications for the business unit with filters, and only for the business unit", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const learner = await givenPerson(db);
    await givenOrganisation(db, { name: "Filter South Faith", district: "South", orgType: "Faith group", periods: [{ status: "pending" }] });
    await expect(listMemberships(learner)).rejects.toBeInstanceOf(AuthorizationError);
    const south = await listMemberships(admin, { district: "South", status: "pending", orgType: "Faith group" });
    expect(south.rows.map((r) => r.name)).toEqual(["Filter South Faith"]);
  });
});

describe("applying without a registered number", () => {
  it("accepts an unregistered group with neither number, and still checks a number that is given", async () => {
    const db = await getDb();
    const applicant = await givenPerson(db);
    const form = { ...application, name: "1st Riverside Scouts", orgType: "Uniformed group", charityNumber: "", companyNumber: "" };
    const parsed = applySchema.safeParse(form);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    const applied = await applyForMembership(applicant, parsed.data);
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    const [org] = await db.select().from(organisation).where(eq(organisation.id, applied.organisationId));
    expect(org).toMatchObject({ name: "1st Riverside Scouts", charityNumber: null, companyNumber: null });
    expect((await myOrganisation(applicant))?.status).toBe("pending");
    expect(applySchema.safeParse({ ...form, charityNumber: "12" }).success).toBe(false);
  });
});

describe("what a contact is told about the policy library", () => {
  it("follows the membership: awaiting approval, download, renew after a lapse, ended; downloads agree", async () => {
    const db = await getDb();
    const { resource } = await givenResource(db);
    const applicant = await givenPerson(db);
    const admin = await givenPerson(db, { roles: ["admin"] });
    const applied = await applyForMembership(applicant, { ...application, name: "Library Access FC" });
    if (!applied.ok) throw new Error("apply failed");
    // Pending: never a member, so not "renew"; downloads are refused until the application is approved.
    const now = at("2035-03-01");
    expect(libraryAccess(await myOrganisation(applicant, now))).toBe("awaiting-approval");
    await expect(downloadVersion(applicant, resource.id, undefined, now)).rejects.toMatchObject({ status: 403 });
    await decideMembership(admin, { membershipId: applied.membershipId, decision: "approve", reason: "" }, now);
    expect(libraryAccess(await myOrganisation(applicant, now))).toBe("download");
    expect((await downloadVersion(applicant, resource.id, undefined, now)).versionId).toBeGreaterThan(0);
    // Lapsed: renewable online for 90 days, then only by contacting the business unit.
    await runRenewalScan(at("2036-03-01"));
    expect(libraryAccess(await myOrganisation(applicant, at("2036-03-02")))).toBe("renew");
    await expect(downloadVersion(applicant, resource.id, undefined, at("2036-03-02"))).rejects.toMatchObject({ status: 403 });
    expect(libraryAccess(await myOrganisation(applicant, at("2036-06-15")))).toBe("ended");
    expect(libraryAccess(await myOrganisation(await givenPerson(db)))).toBe("not-a-member");
  });
});

describe("renewing after checking the details", () => {
  it("shows the current year and the renewal that follows it until the current year ends", async () => {
    const db = await getDb();
    const contact = await givenPerson(db);
    const org = await givenOrganisation(db, { periods: [{ startsOn: "2036-01-10", endsOn: "2037-01-10" }], contacts: [contact] });
    const before = await myOrganisation(contact, at("2036-12-20"));
    expect(before).toMatchObject({ status: "active", current: { startsOn: "2036-01-10" }, next: null, renewal: { startsOn: "2037-01-10", endsOn: "2038-01-10", feePence: 5000 } });
    expect((await renewMembership(contact, org.id, at("2036-12-20"), before!.renewal!)).ok).toBe(true);
    const after = await myOrganisation(contact, at("2036-12-21"));
    expect(after).toMatchObject({ status: "active", current: { startsOn: "2036-01-10", endsOn: "2037-01-10" }, next: { startsOn: "2037-01-10", endsOn: "2038-01-10" }, canRenew: false, renewal: null });
    // Once the new year has begun it is the current one.
    expect(await myOrganisation(contact, at("2037-01-10"))).toMatchObject({ current: { startsOn: "2037-01-10" }, next: null });
  });

  it("records exactly the period and fee the contact confirmed, refuses changed ones, and makes one period when confirmed twice", async () => {
    const db = await getDb();
    const contact = await givenPerson(db);
    const org = await givenOrganisation(db, { periods: [{ startsOn: "2044-02-01", endsOn: "2045-02-01" }], contacts: [contact] });
    const now = at("2045-01-15");
    const checked = (await myOrganisation(contact, now))!.renewal!;
    expect(checked).toEqual({ startsOn: "2045-02-01", endsOn: "2046-02-01", feePence: 5000 });
    const rows = () => db.select().from(membership).where(eq(membership.organisationId, org.id));

    // The fee policy changed after the contact checked: nothing is recorded, they are asked to check again.
    await givenPartnership(db, { membershipFeesPence: { "11 to 50": 6000 } });
    try {
      expect(await renewMembership(contact, org.id, now, checked)).toEqual({ ok: false, message: expect.stringContaining("changed since you checked") });
      expect(await rows()).toHaveLength(1);
    } finally {
      await givenPartnership(db);
    }
    expect((await renewMembership(contact, org.id, now, { ...checked, startsOn: "2045-01-15" })).ok).toBe(false);
    expect(await rows()).toHaveLength(1);

    const first = await renewMembership(contact, org.id, now, checked);
    expect(first).toMatchObject({ ok: true, startsOn: "2045-02-01", endsOn: "2046-02-01" });
    // The same confirmation again (a double click without JavaScript): the period already made, not a second one.
    expect(await renewMembership(contact, org.id, now, checked)).toEqual(first);
    const after = await rows();
    expect(after).toHaveLength(2);
    expect(after.find((r) => r.startsOn === "2045-02-01")).toMatchObject({ status: "active", feePence: 5000, decidedBy: contact.id });
  });
});

describe("inviting colleagues", () => {
  it("emails a signed link that adds the colleague as a contact only when signed in as that address", async () => {
    const db = await getDb();
    const lead = await givenPerson(db);
    const colleague = await givenPerson(db, { email: "colleague.invited@example.org" });
    const other = await givenPerson(db);
    const org = await givenOrganisation(db, { periods: [{ startsOn: "2030-01-01", endsOn: "2031-01-01" }], contacts: [lead] });
    await expect(inviteColleague(other, org.id, { email: colleague.email })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await inviteColleague(lead, org.id, { email: lead.email })).toEqual({ ok: false, errors: { email: "Enter your colleague's email address, not your own" } });
    expect((await inviteColleague(lead, org.id, { email: "Colleague.Invited@example.org" })).ok).toBe(true);
    const [mail] = await db.select().from(devOutbox).where(eq(devOutbox.to, "colleague.invited@example.org"));
    const token = new URL(mail.text.match(/https?:\/\/\S+\/safer\/invite\?token=\S+/)![0]).searchParams.get("token")!;

    expect((await acceptInvite(other, token)).ok).toBe(false);
    expect(await acceptInvite(colleague, "forged.token")).toMatchObject({ ok: false });
    expect(await acceptInvite(colleague, token)).toEqual({ ok: true, organisationId: org.id });
    expect((await acceptInvite(colleague, token)).ok).toBe(false);
    const contacts = await db.select().from(organisationContact).where(and(eq(organisationContact.organisationId, org.id), eq(organisationContact.personId, colleague.id)));
    expect(contacts).toHaveLength(1);
    const [p] = await db.select({ roles: person.roles }).from(person).where(eq(person.id, colleague.id));
    expect(p.roles).toContain("safer_contact");
    expect(await personHasActiveMembership(colleague.id, at("2030-06-01"))).toBe(true);
  });
});

describe("member counts over time", () => {
  it("counts organisations whose approved period covers the date, by district and type", async () => {
    const db = await getDb();
    // On 2040-06-30: A (renewed, two periods), B (lapsed later), C (ends that very day: not counted), D pending, E declined.
    await givenOrganisation(db, { district: "North", orgType: "Sports club", periods: [{ startsOn: "2039-07-01", endsOn: "2040-07-01" }, { startsOn: "2040-07-01", endsOn: "2041-07-01" }] });
    await givenOrganisation(db, { district: "South", orgType: "Faith group", periods: [{ status: "lapsed", startsOn: "2040-01-15", endsOn: "2041-01-15" }] });
    await givenOrganisation(db, { district: "South", orgType: "Faith group", periods: [{ status: "lapsed", startsOn: "2039-06-30", endsOn: "2040-06-30" }] });
    await givenOrganisation(db, { periods: [{ status: "pending" }] });
    await givenOrganisation(db, { periods: [{ status: "declined" }] });
    expect(await membersOn("2040-06-30")).toBe(2);
    expect(await membersOn("2039-06-30")).toBe(1);
    expect(await membersOn("2040-06-29")).toBe(3);
    const counts = await memberCountsOn("2040-06-30");
    expect(counts.total).toBe(2);
    expect(counts.byDistrict).toEqual([
      { district: "North", members: 1 },
      { district: "South", members: 1 },
    ]);
    expect(counts.byType).toEqual([
      { orgType: "Faith group", members: 1 },
      { orgType: "Sports club", members: 1 },
    ]);
    const series = await memberCountSeries(at("2041-12-01"));
    const point = (on: string) => series.find((p) => p.on === on);
    expect(point("2039-06-30")?.members).toBe(1);
    expect(point("2040-06-30")).toMatchObject({ members: 2, change: 1 });
    expect(series[series.length - 1].on).toBe("2041-12-01");
  });
});
