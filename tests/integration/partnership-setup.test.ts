// `npm run setup`: a new partnership on an empty database. Set-up creates the partnership (default policy, districts,
// help contacts), the organisations and the first admin; refuses a second time and bad input, changing nothing; and
// everything a new admin reaches works on the empty partnership (no opportunities, sessions, bookings or members).
// The last block runs the command itself (db/setup-cli.ts) as a process, as an operator would.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { count, eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { ensureDatabase } from "@/db/migrate";
import { agency, auditEvent, partnership, person } from "@/db/schema";
import { actorFromPerson, type Actor } from "@/lib/auth/actor";
import { auditFilterOptions, describeDetails, listAuditEvents } from "@/lib/audit";
import { catalogueFilterOptions, getOpportunityBySlug, searchCatalogue } from "@/lib/catalogue";
import { parseCatalogueQuery } from "@/lib/catalogue/search-schema";
import {
  createOpportunity,
  createSession,
  listDistricts,
  listOpportunitiesForAdmin,
  listPrerequisiteChoices,
  listSessionsOfOpportunity,
  listTrainers,
} from "@/lib/catalogue-admin";
import { agencyStatement, listCharges } from "@/lib/charges";
import { listMyCertificates, listMyEvaluatedSessions, listOutstandingQuestionnaires } from "@/lib/evaluation";
import { getMyLearning } from "@/lib/booking";
import { listMemberships, membershipFilterOptions, membershipStatistics, myOrganisation } from "@/lib/membership";
import { personNoShowHistory } from "@/lib/noshow";
import { DEFAULT_POLICY, getPartnership, getPolicy } from "@/lib/partnership";
import { getPartnershipDetails, partnershipDetailsSchema, partnershipDetailsValues, updatePartnershipDetails } from "@/lib/partnership/details";
import { getPolicySettings, policySettingsSchema, policySettingsValues, updatePolicySettings } from "@/lib/partnership/settings";
import { checkSetupInput, parseSetupArgs, type SetupInput } from "@/lib/partnership/setup-schema";
import { existingPartnership, madeBySetUp, setUpPartnership, SET_UP_ACTION } from "@/lib/partnership/setup";
import { listAgencies, saveProfile } from "@/lib/people";
import {
  annualSummary,
  annualSummaryCsv,
  ATTENDANCE_TABLES,
  IMPACT_TABLES,
  type AttendanceTable,
  type ImpactTable,
  attendanceCsv,
  attendanceReport,
  clearReportCaches,
  defaultSummaryYear,
  impactCsv,
  impactReport,
  parseReportFilters,
  reportFilterOptions,
  reportingYearsWithSessions,
} from "@/lib/reports";
import { listLibrary, listResourcesForAdmin, outOfDateMembers, updatedSinceDownload } from "@/lib/resources";
import { opportunityAnswers, sessionAnswers } from "../support/catalogue-admin";
import { createTestDatabase, useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

const ORGANISATIONS = `# the partnership's organisations
Suffolk County Council Children's Services | Children's services | Ipswich
Suffolk Constabulary | Police | Babergh
East Suffolk and North Essex NHS Foundation Trust | health
`;

function input(over: string[] = [], organisations: string | undefined = ORGANISATIONS): SetupInput {
  const read = parseSetupArgs([
    "--name", "Suffolk Safeguarding Partnership",
    "--short-name", "SSP",
    "--districts", "Ipswich,Babergh,Mid Suffolk",
    "--admin-email", "Lead@Example.org",
    "--admin-name", "Sam Lead",
    ...over,
  ]);
  if (!read.ok) throw new Error(read.errors.join("; "));
  const checked = checkSetupInput(read.args, organisations);
  if (!checked.ok) throw new Error(checked.errors.join("; "));
  return checked.input;
}

async function counts(db: Db) {
  const [[p], [a], [pe], [e]] = await Promise.all([
    db.select({ n: count() }).from(partnership),
    db.select({ n: count() }).from(agency),
    db.select({ n: count() }).from(person),
    db.select({ n: count() }).from(auditEvent),
  ]);
  return { partnerships: p.n, agencies: a.n, people: pe.n, auditEvents: e.n };
}

async function actorFor(db: Db, email: string): Promise<Actor> {
  const [p] = await db.select().from(person).where(eq(person.email, email));
  return actorFromPerson(p);
}

describe("setting up a new partnership", () => {
  it("refuses bad input before touching the database", async () => {
    const db = await getDb();
    const before = await counts(db);
    const read = parseSetupArgs(["--name", "Suffolk", "--short-name", "A short name that is too long", "--districts", "Ipswich,ipswich", "--admin-email", "not-an-email"]);
    expect(read.ok).toBe(true);
    const checked = checkSetupInput(read.ok ? read.args : ({} as never), "Somewhere | nowhere\n");
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors).toEqual([
      "--short-name: The short name must be 20 characters or fewer",
      "--districts: District 2: ipswich is already listed",
      "--admin-email: Enter the first admin's email address in the correct format, like name@example.org",
      expect.stringMatching(/^--organisations line 1: "nowhere" is not a sector/),
    ]);
    expect(await counts(db)).toEqual(before);
    expect(await existingPartnership(db)).toBeNull();
  });

  it("creates the partnership with the default policy, its districts and organisations, and the first admin; only once", async () => {
    const db = await getDb();
    // Two set-ups at the same moment (two operators, or a retry): exactly one creates the partnership.
    const [a, b] = await Promise.all([setUpPartnership(input()), setUpPartnership(input(["--name", "Another Partnership"]))]);
    const [made, refused] = a.ok ? [a, b] : [b, a];
    expect(made.ok).toBe(true);
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("already has a partnership") });
    if (!made.ok) return;

    const [p] = await db.select().from(partnership);
    expect(p).toMatchObject({
      id: made.partnershipId,
      shortName: "SSP",
      districts: ["Ipswich", "Babergh", "Mid Suffolk"],
      helpContacts: [{ label: "Childline", number: "0800 1111" }],
      reportingYearStartMonth: 4,
    });
    expect(["Suffolk Safeguarding Partnership", "Another Partnership"]).toContain(p.name);
    expect(p.policy).toEqual(DEFAULT_POLICY);
    expect(await getPolicy(db)).toEqual(DEFAULT_POLICY);

    const orgs = await db.select({ name: agency.name, sector: agency.sector, district: agency.district }).from(agency).orderBy(agency.id);
    expect(orgs).toEqual([
      { name: `${p.name} Business Unit`, sector: "other", district: null },
      { name: "Suffolk County Council Children's Services", sector: "childrens_services", district: "Ipswich" },
      { name: "Suffolk Constabulary", sector: "police", district: "Babergh" },
      { name: "East Suffolk and North Essex NHS Foundation Trust", sector: "health", district: null },
    ]);
    expect(made.organisations).toBe(4);

    const people = await db.select().from(person);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: made.admin.id, email: "lead@example.org", name: "Sam Lead", agencyId: made.businessUnitId, profileCompletedAt: null });
    expect([...people[0].roles].sort()).toEqual(["admin", "learner"]);

    const events = await db.select().from(auditEvent).where(eq(auditEvent.action, SET_UP_ACTION));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, entity: "partnership", entityId: String(p.id) });
    expect(await madeBySetUp(db)).toBe(true);
  });

  it("refuses a second time, changing nothing", async () => {
    const db = await getDb();
    const before = await counts(db);
    const [row] = await db.select().from(partnership);
    const again = await setUpPartnership(input(["--name", "Norfolk Again", "--admin-email", "other@example.org"]));
    expect(again).toEqual({ ok: false, message: expect.stringContaining(`already has a partnership (${row.name})`) });
    expect(await counts(db)).toEqual(before);
    expect((await db.select().from(partnership))[0]).toEqual(row);
  });

  it("is never seeded over: an app starting with or without SEED_ON_START=0 leaves it as it is", async () => {
    const db = await getDb();
    const before = await counts(db);
    expect(await ensureDatabase({ seed: false })).toEqual({ seeded: false });
    expect(await ensureDatabase({ seed: true })).toEqual({ seeded: false });
    expect(await counts(db)).toEqual(before);
  });

  describe("what the new admin reaches on the empty partnership", () => {
    let admin: Actor;

    it("signs in to finish their details, choosing the business unit or a listed organisation", async () => {
      const db = await getDb();
      admin = await actorFor(db, "lead@example.org");
      expect(admin.profileComplete).toBe(false);
      const agencies = await listAgencies();
      expect(agencies.map((a) => a.name)).toContain("Suffolk Constabulary");
      expect(await saveProfile(admin, admin.id, { name: "Sam Lead", jobTitle: "Business unit manager", agencyId: admin.agencyId!, lineManagerEmail: "director@example.org" })).toEqual({ ok: true });
      admin = await actorFor(db, "lead@example.org");
      expect(admin.profileComplete).toBe(true);
    });

    it("settings: both forms show the set-up values and save them back unchanged, then with changes", async () => {
      const details = await getPartnershipDetails(admin);
      const values = partnershipDetailsValues(details);
      const reparsed = partnershipDetailsSchema.parse(values);
      expect(await updatePartnershipDetails(admin, reparsed)).toEqual({ ok: true, changed: [] });
      const withFrontDoor = partnershipDetailsSchema.parse({ ...values, helpContacts: `${values.helpContacts}\nChildren's front door: 0808 800 4005` });
      expect(await updatePartnershipDetails(admin, withFrontDoor)).toEqual({ ok: true, changed: ["helpContacts"] });

      const policy = policySettingsValues(await getPolicySettings(admin));
      expect(await updatePolicySettings(admin, policySettingsSchema.parse(policy))).toEqual({ changed: [] });
      expect(await updatePolicySettings(admin, policySettingsSchema.parse({ ...policy, chargeFullDayPence: "60" }))).toEqual({ changed: ["chargeFullDayPence"] });
      expect((await getPartnership()).policy.chargeFullDayPence).toBe(6000);
    });

    it("catalogue (public and business unit): empty, with the partnership's districts to filter by", async () => {
      const anyone = await searchCatalogue(null, parseCatalogueQuery({}));
      expect(anyone).toMatchObject({ results: [], total: 0 });
      expect((await searchCatalogue(admin, parseCatalogueQuery({ q: "neglect", district: "Ipswich", available: "1" }))).total).toBe(0);
      const options = await catalogueFilterOptions(null);
      expect(JSON.stringify(options)).toContain("Mid Suffolk");
      expect(await listOpportunitiesForAdmin(admin)).toBeTruthy();
      expect(await listPrerequisiteChoices(admin)).toEqual([]);
      expect(await listDistricts(admin)).toEqual(["Ipswich", "Babergh", "Mid Suffolk"]);
      expect(await listTrainers(admin)).toEqual([]);
    });

    it("reports: attendance, its breakdowns and CSVs, impact and the annual summary, all with nothing to count", async () => {
      clearReportCaches();
      const { filters, errors } = parseReportFilters({});
      expect(errors).toEqual({});
      const report = await attendanceReport(admin, filters);
      expect(report).toBeTruthy();
      for (const table of Object.keys(ATTENDANCE_TABLES) as AttendanceTable[]) expect(attendanceCsv(report, table).body).toBeTypeOf("string");
      const options = await reportFilterOptions(admin);
      expect(JSON.stringify(options)).toContain("Suffolk Constabulary");
      expect(JSON.stringify(options)).toContain("Babergh");
      const impact = await impactReport(admin, filters);
      for (const table of Object.keys(IMPACT_TABLES) as ImpactTable[]) expect(impactCsv(impact, table).body).toBeTypeOf("string");
      expect(await reportingYearsWithSessions(admin)).toBeInstanceOf(Array);
      const year = await defaultSummaryYear(admin);
      const summary = await annualSummary(admin, year);
      expect(summary).not.toBeNull();
      if (summary) expect(annualSummaryCsv(summary).body).toBeTypeOf("string");
    });

    it("charges: no charges, and an organisation's statement for a month is empty", async () => {
      const list = await listCharges(admin);
      expect(list.rows).toEqual([]);
      expect(list.truncated).toBe(false);
      const now = new Date();
      const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
      const st = await agencyStatement(admin, admin.agencyId!, month);
      expect(st).not.toBeNull();
      expect(st!.rows).toEqual([]);
    });

    it("Safer: memberships, counts, the library and out-of-date members, for the business unit and for an applicant", async () => {
      expect(await listMemberships(admin)).toMatchObject({ total: 0, rows: [] });
      expect(await membershipFilterOptions(admin)).toBeTruthy();
      const stats = await membershipStatistics(admin);
      expect(stats).toMatchObject({ current: { total: 0 }, change: 0 });
      expect(await listResourcesForAdmin(admin)).toEqual([]);
      expect(await outOfDateMembers(admin)).toEqual([]);
      expect(await listLibrary(admin)).toMatchObject({ items: [], isMember: false });
      expect(await myOrganisation(admin)).toBeNull();
      expect(await updatedSinceDownload(admin)).toEqual([]);
    });

    it("their own pages, the audit log (with the set-up in it) and the trainer's lists", async () => {
      const mine = await getMyLearning(admin, admin.id);
      expect(mine).toBeTruthy();
      expect(await personNoShowHistory(admin, admin.id)).toBeTruthy();
      expect(await listOutstandingQuestionnaires(admin)).toEqual([]);
      expect(await listMyCertificates(admin)).toEqual([]);
      const log = await listAuditEvents(admin);
      const setUp = log.entries.find((e) => e.action === SET_UP_ACTION);
      expect(setUp).toBeTruthy();
      expect(describeDetails(setUp!.details)).toContain("shortName: SSP");
      expect(await auditFilterOptions(admin)).toBeTruthy();
      const trainer: Actor = { ...admin, roles: ["trainer", "learner"] };
      expect(await listMyEvaluatedSessions(trainer)).toEqual([]);
    });

    it("the first opportunity and session can be added and are then found in the catalogue", async () => {
      const opp = await createOpportunity(admin, opportunityAnswers({ title: "Working Together in Suffolk" }));
      expect(opp.ok).toBe(true);
      if (!opp.ok) return;
      const s = await createSession(admin, opp.id, sessionAnswers({ district: "Mid Suffolk", venueAddress: "Endeavour House, Ipswich" }));
      expect(s).toMatchObject({ ok: true });
      expect(await listSessionsOfOpportunity(admin, opp.id)).toHaveLength(1);
      const found = await searchCatalogue(null, parseCatalogueQuery({ q: "Suffolk" }));
      expect(found.total).toBe(1);
      expect(await getOpportunityBySlug(null, found.results[0].slug)).toBeTruthy();
    });
  });
});

// ---------- the command itself ----------
const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

type Run = { code: number; stdout: string; stderr: string };
async function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  try {
    const r = await exec(path.join(root, "node_modules/.bin/tsx"), [script, ...args], { cwd: root, env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("npm run setup (db/setup-cli.ts)", () => {
  it("refuses bad input without creating anything, sets up, refuses again, and the demo seed will not replace it", async () => {
    // A database of its own: the real PostgreSQL server when TEST_DATABASE_URL is set, else an embedded one on disk.
    const dir = mkdtempSync(path.join(tmpdir(), "setup-cli-"));
    const created = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
    const env: Record<string, string> = created
      ? { DATABASE_URL: created.url, PGLITE_DIR: "" }
      : { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") };
    const tables = async (): Promise<number> => {
      if (!created) return existsSync(env.PGLITE_DIR) ? 1 : 0;
      const sql = postgres(created.url, { max: 1, onnotice: () => {} });
      try {
        const [{ n }] = await sql`select count(*)::int as n from pg_tables where schemaname = 'public'`;
        return n as number;
      } finally {
        await sql.end();
      }
    };
    try {
      const orgs = path.join(dir, "organisations.txt");
      writeFileSync(orgs, "Suffolk Constabulary | Police | Babergh\nIpswich Hospital | Health\n");
      const args = ["--name", "Suffolk Safeguarding Partnership", "--short-name", "SSP", "--districts", "Ipswich,Babergh,Mid Suffolk", "--admin-email", "lead@example.org", "--organisations", orgs];

      const bad = await run("db/setup-cli.ts", [...args, "--short-name", "x".repeat(21), "--reporting-year-start", "Smarch"], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("Set-up refused, nothing was changed");
      expect(bad.stderr).toContain("--short-name: The short name must be 20 characters or fewer");
      expect(bad.stderr).toContain("--reporting-year-start: Select the month the reporting year starts in");
      const unknown = await run("db/setup-cli.ts", [...args, "--nmae", "typo"], env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("Unknown option '--nmae'");
      // Not even migrated: bad input never opens the database.
      expect(await tables()).toBe(0);

      const ok = await run("db/setup-cli.ts", args, env);
      expect(ok.stderr).toBe("");
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain("Set up Suffolk Safeguarding Partnership (SSP)");
      expect(ok.stdout).toContain("3 organisations");
      expect(ok.stdout).toContain("SEED_ON_START=0");
      expect(ok.stdout).toContain("/sign-in as lead@example.org");
      expect(ok.stdout).toContain("/admin/settings/partnership");

      const again = await run("db/setup-cli.ts", args, env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("already has a partnership (Suffolk Safeguarding Partnership)");

      const seed = await run("db/seed/cli.ts", ["--reset"], env);
      expect(seed.code).toBe(1);
      expect(seed.stderr).toContain("made by npm run setup: not seeded and not emptied");
      if (created) {
        const sql = postgres(created.url, { max: 1, onnotice: () => {} });
        try {
          const rows = await sql`select name from partnership`;
          expect(rows.map((r) => r.name)).toEqual(["Suffolk Safeguarding Partnership"]);
          const [{ n }] = await sql`select count(*)::int as n from person`;
          expect(n).toBe(1);
        } finally {
          await sql.end();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (created) await created.drop();
    }
  }, 240_000);
});
