import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { download, job, resourceVersion, reviewRecord, sentMessage } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import { downloadVersion, notifyVersionUpdate, outOfDateMembers, publishVersion, recordReview, updatedSinceDownload } from "@/lib/resources";
import { londonToday, addMonthsIso, addDaysIso } from "@/lib/membership/rules";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { PDF, givenDownload, givenOrganisation, givenResource } from "../support/safer";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

// Periods around the real today: downloads and alerts are checked against the current date.
const today = londonToday();
const activePeriod = { startsOn: addMonthsIso(today, -6), endsOn: addMonthsIso(today, 6) };
const lapsedPeriod = { status: "lapsed" as const, startsOn: addMonthsIso(today, -13), endsOn: addDaysIso(today, -30) };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  await givenPartnership(await getDb());
});

async function expectRefused(p: Promise<unknown>, status: number) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthorizationError);
  expect((err as AuthorizationError).status).toBe(status);
}

describe("downloading policy templates", () => {
  it("is refused to anyone who is not a contact of an active member, and to other organisations' private files", async () => {
    const db = await getDb();
    const member = await givenPerson(db);
    const otherMember = await givenPerson(db);
    const lapsedContact = await givenPerson(db);
    const nonMember = await givenPerson(db);
    const mine = await givenOrganisation(db, { periods: [activePeriod], contacts: [member] });
    await givenOrganisation(db, { periods: [activePeriod], contacts: [otherMember] });
    await givenOrganisation(db, { periods: [lapsedPeriod], contacts: [lapsedContact] });
    const { resource, versions, privateVersion } = await givenResource(db, { versions: 2, privateFor: mine.id });

    await expectRefused(downloadVersion(null, resource.id), 401);
    await expectRefused(downloadVersion(nonMember, resource.id), 403);
    await expectRefused(downloadVersion(lapsedContact, resource.id), 403);
    await expectRefused(downloadVersion(otherMember, resource.id, privateVersion!.id), 404);
    // A version id from another resource is not found either.
    const other = await givenResource(db);
    await expectRefused(downloadVersion(member, resource.id, other.versions[0].id), 404);
    expect(await db.select().from(download)).toHaveLength(0);

    const file = await downloadVersion(member, resource.id);
    expect(file).toMatchObject({ contentType: "application/pdf", fileName: `${resource.slug}-v2.pdf`, versionId: versions[1].id });
    expect(file.content.subarray(0, 5).toString()).toBe("%PDF-");
    const own = await downloadVersion(member, resource.id, privateVersion!.id);
    expect(own.fileName).toBe(`${resource.slug}-organisation-${mine.id}-v3.pdf`);
    const otherOk = await downloadVersion(otherMember, resource.id, versions[0].id);
    expect(otherOk.fileName).toBe(`${resource.slug}-v1.pdf`);

    const logged = await db.select().from(download).where(eq(download.personId, member.id));
    expect(logged.map((d) => [d.resourceVersionId, d.organisationId]).sort()).toEqual([
      [versions[1].id, mine.id],
      [privateVersion!.id, mine.id],
    ].sort());
  });
});

describe("publishing a new version", () => {
  it("is for the business unit only, needs a real file and a summary of what changed", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const member = await givenPerson(db);
    const { resource } = await givenResource(db);
    const pdf = { name: "upload.pdf", bytes: new Uint8Array(PDF("new")) };
    await expect(publishVersion(member, resource.id, { changeSummary: "x", file: pdf })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await publishVersion(admin, resource.id, { changeSummary: "x", file: { name: "upload.pdf", bytes: new Uint8Array(Buffer.from("<script>")) } })).toEqual({
      ok: false,
      errors: { file: "The selected file is not a real PDF" },
    });
    expect(await publishVersion(admin, resource.id, { changeSummary: "  ", file: pdf })).toEqual({ ok: false, errors: { changeSummary: "Enter a summary of what changed" } });
    expect(await db.select().from(resourceVersion).where(eq(resourceVersion.resourceId, resource.id))).toHaveLength(1);
  });

  it("tells every contact of active members that downloaded an older version, once, and shows the alert until reviewed", async () => {
    const db = await getDb();
    const admin = await givenPerson(db, { roles: ["admin"] });
    const a1 = await givenPerson(db);
    const a2 = await givenPerson(db);
    const lapsedContact = await givenPerson(db);
    const neverDownloaded = await givenPerson(db);
    const orgA = await givenOrganisation(db, { name: "Alert Org A", periods: [activePeriod], contacts: [a1, a2] });
    const lapsedOrg = await givenOrganisation(db, { periods: [lapsedPeriod], contacts: [lapsedContact] });
    const quietOrg = await givenOrganisation(db, { periods: [activePeriod], contacts: [neverDownloaded] });
    const { resource, versions } = await givenResource(db, { versions: 2 });
    await givenDownload(db, versions[0].id, orgA.id, a1.id);
    await givenDownload(db, versions[0].id, lapsedOrg.id, lapsedContact.id);

    // Before the new version: A downloaded v1 of 2, so it is already behind, and has never reviewed.
    expect((await updatedSinceDownload(a1)).map((r) => r.id)).toEqual([resource.id]);
    const before = (await outOfDateMembers(admin)).find((m) => m.organisationId === orgA.id);
    expect(before?.items).toEqual([expect.objectContaining({ resourceId: resource.id, status: "never_reviewed", downloaded: 1, reviewed: null, current: 2 })]);

    // A reviews against v2: up to date, no alert in the admin list.
    await db.insert(download).values({ resourceVersionId: versions[1].id, organisationId: orgA.id, personId: a2.id });
    expect(await recordReview(a2, { resourceId: resource.id, reviewedOn: today, notes: "Checked" })).toEqual({ ok: true });
    expect((await outOfDateMembers(admin)).some((m) => m.organisationId === orgA.id)).toBe(false);
    expect(await updatedSinceDownload(a1)).toEqual([]);

    const published = await publishVersion(admin, resource.id, { changeSummary: "New section on online safety", file: { name: "v3.pdf", bytes: new Uint8Array(PDF("v3")) } });
    if (!published.ok) throw new Error("publish failed");
    expect(published.version).toBe(3);
    const [queued] = await db.select().from(job).where(eq(job.key, `resource-update:${published.versionId}`));
    expect(queued.kind).toBe("resources:version-published");

    expect(await notifyVersionUpdate(published.versionId)).toBe(2);
    expect(await notifyVersionUpdate(published.versionId)).toBe(0);
    const keys = (await db.select({ key: sentMessage.key }).from(sentMessage).where(like(sentMessage.key, `resource-update:${published.versionId}:%`))).map((r) => r.key).sort();
    expect(keys).toEqual([`resource-update:${published.versionId}:${orgA.id}:${a1.id}`, `resource-update:${published.versionId}:${orgA.id}:${a2.id}`].sort());

    // The Safer home page banner and the admin's out-of-date list both pick up the new version.
    expect((await updatedSinceDownload(a1)).map((r) => [r.id, r.current?.version, r.downloaded])).toEqual([[resource.id, 3, 2]]);
    expect(await updatedSinceDownload(neverDownloaded)).toEqual([]);
    const after = (await outOfDateMembers(admin)).find((m) => m.organisationId === orgA.id);
    expect(after?.items).toEqual([expect.objectContaining({ status: "out_of_date", reviewed: 2, current: 3 })]);
    expect((await outOfDateMembers(admin)).some((m) => m.organisationId === quietOrg.id)).toBe(false);
    await expect(outOfDateMembers(a1)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("refuses a review dated before the current version was published, records nothing, and accepts that very day", async () => {
    const db = await getDb();
    const member = await givenPerson(db);
    const org = await givenOrganisation(db, { periods: [activePeriod], contacts: [member] });
    // Version 3 published on 1 April 2024 (the fixture publishes version v on the 1st of month v + 1, UTC).
    const { resource } = await givenResource(db, { versions: 3 });
    const reviews = () => db.select().from(reviewRecord).where(eq(reviewRecord.organisationId, org.id));
    for (const reviewedOn of ["1900-01-01", "2024-03-31"]) {
      expect(await recordReview(member, { resourceId: resource.id, reviewedOn, notes: "" })).toEqual({
        ok: false,
        errors: { reviewedOn: "Date of review must be the same as or after Monday 1 April 2024, when version 3 was published" },
      });
    }
    expect(await reviews()).toEqual([]);
    expect(await recordReview(member, { resourceId: resource.id, reviewedOn: "2024-04-01", notes: "" })).toEqual({ ok: true });
    expect((await reviews()).map((r) => r.reviewedOn)).toEqual(["2024-04-01"]);
  });

  it("refuses a review dated in the future", async () => {
    const db = await getDb();
    const member = await givenPerson(db);
    await givenOrganisation(db, { periods: [activePeriod], contacts: [member] });
    const { resource } = await givenResource(db);
    expect(await recordReview(member, { resourceId: resource.id, reviewedOn: addDaysIso(today, 1), notes: "" })).toEqual({ ok: false, errors: { reviewedOn: "Date of review must be today or in the past" } });
    await expect(recordReview(await givenPerson(db), { resourceId: resource.id, reviewedOn: today, notes: "" })).rejects.toBeInstanceOf(AuthorizationError);
  });
});
