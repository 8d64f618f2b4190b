// Safer fixtures: an organisation with membership periods and contacts, and policy templates with versions.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { download, membership, organisation, organisationContact, person, resource, resourceVersion } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

let n = 0;

type PeriodSpec = { status?: "active" | "lapsed" | "pending" | "declined"; startsOn?: string | null; endsOn?: string | null };

/** An organisation with the given membership rows, and these people as contacts (the first is the lead). */
export async function givenOrganisation(db: Db, opts: { periods?: PeriodSpec[]; contacts?: Actor[]; district?: string; orgType?: string; name?: string } = {}) {
  const i = ++n;
  const [org] = await db
    .insert(organisation)
    .values({
      name: opts.name ?? `Organisation ${i}`,
      charityNumber: "1234567",
      orgType: opts.orgType ?? "Sports club",
      district: opts.district ?? "North",
      sizeBand: "11 to 50",
      leadName: "Lead Person",
      leadEmail: `lead${i}@example.org`,
      leadPhone: "01632 960 001",
    })
    .returning();
  for (const p of opts.periods ?? []) {
    await db.insert(membership).values({ organisationId: org.id, status: p.status ?? "active", tier: "11 to 50", feePence: 5000, startsOn: p.startsOn ?? null, endsOn: p.endsOn ?? null });
  }
  for (const [k, c] of (opts.contacts ?? []).entries()) {
    await db.insert(organisationContact).values({ organisationId: org.id, personId: c.id, isLead: k === 0 });
    await db
      .update(person)
      .set({ roles: sql`array_append(${person.roles}, 'safer_contact'::role)` })
      .where(eq(person.id, c.id));
  }
  return org;
}

export const PDF = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`, "latin1");

/** A template with public versions 1..count (and optional private versions for one organisation). */
export async function givenResource(db: Db, opts: { versions?: number; privateFor?: number } = {}) {
  const i = ++n;
  const [r] = await db.insert(resource).values({ slug: `template-${i}`, title: `Template ${i}`, category: "Policies", description: "A template" }).returning();
  const versions = [];
  for (let v = 1; v <= (opts.versions ?? 1); v++) {
    const [row] = await db
      .insert(resourceVersion)
      .values({ resourceId: r.id, version: v, changeSummary: `Version ${v}`, fileName: `t${i}-v${v}.pdf`, contentType: "application/pdf", content: PDF(`v${v}`), publishedAt: new Date(Date.UTC(2024, v, 1)) })
      .returning();
    versions.push(row);
  }
  let privateVersion;
  if (opts.privateFor) {
    [privateVersion] = await db
      .insert(resourceVersion)
      .values({ resourceId: r.id, version: versions.length + 1, changeSummary: "Our own policy", fileName: "own.pdf", contentType: "application/pdf", content: PDF("private"), organisationId: opts.privateFor })
      .returning();
  }
  return { resource: r, versions, privateVersion };
}

export async function givenDownload(db: Db, versionId: number, organisationId: number, personId: string) {
  await db.insert(download).values({ resourceVersionId: versionId, organisationId, personId });
}
