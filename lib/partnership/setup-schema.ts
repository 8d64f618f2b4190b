// `npm run setup`'s input (pure: no database, no files): the command line read into named values, then checked with
// the partnership details form's own rules (name, short name, help contacts, districts, reporting year) plus the
// first admin and the organisations people choose from when they first sign in.
import { parseArgs } from "node:util";
import { z } from "zod";
import { SECTOR_LABELS, SECTORS, type Sector } from "@/lib/reports/filters-schema";
import { AGENCY_NAME_START, MAX_AGENCY_NAME_LENGTH } from "./agency-schema";
import { partnershipDetailsSchema, type HelpContact } from "./details-schema";
import { MONTH_NAMES } from "./labels";

export const SETUP_USAGE = `Set up a new, empty partnership (migrates the database first; refuses if it already has one).

  npm run setup -- --name "Suffolk Safeguarding Partnership" --short-name SSP \\
    --districts "Ipswich,Babergh,Mid Suffolk" --admin-email lead@example.org [options]

Required:
  --name <text>                 the partnership's name (up to 150 characters)
  --short-name <text>           short name for page titles, email subjects, certificate numbers (up to 20)
  --districts <a,b,c>           districts, separated by commas (up to 50)
  --admin-email <email>         the first business unit admin: signs in with this address
Options:
  --district <name>             one more district (repeatable; for a name with a comma in it)
  --admin-name <text>           the admin's name (they are asked for their details at first sign-in anyway)
  --help-contact "<label>: <number>"
                                a help contact for the footer and /help (repeatable; default Childline: 0800 1111)
  --reporting-year-start <month>
                                month the reporting year starts in, 1-12 or its name (default April)
  --organisations <file>        organisations people choose from at first sign-in: a text file, one a line,
                                "Name | sector | district" (district optional; # starts a comment). Sectors:
                                ${SECTORS.map((s) => SECTOR_LABELS[s]).join(", ")}
  --business-unit <name>        the admin's own organisation (default "<name> Business Unit", sector Other)
  --help                        show this

Database: DATABASE_URL (PostgreSQL), or else the embedded database in PGLITE_DIR (default .data/pglite).`;

/** The command line, read but not yet checked. */
export type SetupArgs = {
  name?: string;
  shortName?: string;
  districts: string[];
  helpContacts: string[];
  reportingYearStart?: string;
  adminEmail?: string;
  adminName?: string;
  organisationsFile?: string;
  businessUnit?: string;
};

export type ArgsResult = { ok: true; help: boolean; args: SetupArgs } | { ok: false; errors: string[] };

/** Read `npm run setup -- …`'s arguments (process.argv.slice(2)). Unknown options and stray words are errors. */
export function parseSetupArgs(argv: readonly string[]): ArgsResult {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: "string" },
        "short-name": { type: "string" },
        districts: { type: "string", multiple: true },
        district: { type: "string", multiple: true },
        "help-contact": { type: "string", multiple: true },
        "reporting-year-start": { type: "string" },
        "admin-email": { type: "string" },
        "admin-name": { type: "string" },
        organisations: { type: "string" },
        "business-unit": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    return { ok: false, errors: [(err as Error).message.split("\n")[0]] };
  }
  const list = (k: string) => (values[k] as string[] | undefined) ?? [];
  const one = (k: string) => values[k] as string | undefined;
  return {
    ok: true,
    help: values.help === true,
    args: {
      name: one("name"),
      shortName: one("short-name"),
      districts: [...list("districts").flatMap((d) => d.split(",")), ...list("district")],
      helpContacts: list("help-contact"),
      reportingYearStart: one("reporting-year-start"),
      adminEmail: one("admin-email"),
      adminName: one("admin-name"),
      organisationsFile: one("organisations"),
      businessUnit: one("business-unit"),
    },
  };
}

/** A national number every partnership in England can show until it adds its own front door. */
export const DEFAULT_HELP_CONTACTS: HelpContact[] = [{ label: "Childline", number: "0800 1111" }];
/** Most partnerships report April to March. */
export const DEFAULT_REPORTING_YEAR_START_MONTH = 4;
export const MAX_ORGANISATIONS = 2000;

export type OrganisationSeed = { name: string; sector: Sector; district: string | null };

export type SetupInput = {
  name: string;
  shortName: string;
  helpContacts: HelpContact[];
  districts: string[];
  reportingYearStartMonth: number;
  admin: { email: string; name: string | null };
  businessUnit: string;
  organisations: OrganisationSeed[];
};

const details = partnershipDetailsSchema.shape;

/** "4", "04", "April", "apr" → "4"; anything else is left for the schema to refuse. */
function monthNumber(v: string | undefined): string {
  if (v === undefined) return String(DEFAULT_REPORTING_YEAR_START_MONTH);
  const t = v.trim().toLowerCase();
  if (/^0?\d{1,2}$/.test(t)) return String(Number(t));
  const i = MONTH_NAMES.findIndex((m) => t.length >= 3 && m.toLowerCase().startsWith(t));
  return i < 0 ? v : String(i + 1);
}

const SECTOR_BY_WORD = new Map<string, Sector>(
  SECTORS.flatMap((s) => [
    [s, s],
    [SECTOR_LABELS[s].toLowerCase(), s],
  ]),
);
SECTOR_BY_WORD.set("voluntary", "voluntary");
SECTOR_BY_WORD.set("childrens services", "childrens_services");

function sectorOf(word: string): Sector | undefined {
  const w = word.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ");
  return SECTOR_BY_WORD.get(w) ?? SECTOR_BY_WORD.get(w.replace(/'/g, "")) ?? SECTOR_BY_WORD.get(w.replace(/ /g, "_").replace(/'/g, ""));
}

/**
 * The organisations file: one "Name | sector | district" a line (district optional, and one of `districts`; any
 * case). Blank lines and lines starting with # are skipped. Returns the organisations or what is wrong, by line.
 */
export function parseOrganisations(text: string, districts: readonly string[]): { ok: true; organisations: OrganisationSeed[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: OrganisationSeed[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, " ").trim();
    if (!line || line.startsWith("#")) return;
    const problem = (p: string) => errors.push(`line ${i + 1}: ${p}`);
    const parts = line.split("|").map((p) => p.trim());
    if (parts.length < 2 || parts.length > 3) return problem(`write "Name | sector | district" (district optional), not "${line}"`);
    const [name, sectorWord, districtWord = ""] = parts;
    if (!name) return problem("the organisation's name is missing");
    if (name.length > MAX_AGENCY_NAME_LENGTH) return problem(`the name must be ${MAX_AGENCY_NAME_LENGTH} characters or fewer`);
    if (!AGENCY_NAME_START.test(name)) return problem(`start the name with a letter or number: "${name}"`);
    if (seen.has(name.toLowerCase())) return problem(`${name} is already listed`);
    const sector = sectorOf(sectorWord);
    if (!sector) return problem(`"${sectorWord}" is not a sector: use one of ${SECTORS.map((s) => SECTOR_LABELS[s]).join(", ")}`);
    let district: string | null = null;
    if (districtWord) {
      district = districts.find((d) => d.toLowerCase() === districtWord.toLowerCase()) ?? null;
      if (!district) return problem(`"${districtWord}" is not one of the districts (${districts.join(", ")})`);
    }
    seen.add(name.toLowerCase());
    out.push({ name, sector, district });
  });
  if (out.length > MAX_ORGANISATIONS) errors.push(`list no more than ${MAX_ORGANISATIONS.toLocaleString("en-GB")} organisations`);
  return errors.length ? { ok: false, errors } : { ok: true, organisations: out };
}

const adminEmail = z
  .string({ error: "Enter the first admin's email address (--admin-email)" })
  .trim()
  .min(1, "Enter the first admin's email address (--admin-email)")
  .pipe(z.email("Enter the first admin's email address in the correct format, like name@example.org"))
  .transform((v) => v.toLowerCase());

const optionalText = (what: string, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => v?.replace(/\s+/g, " ").trim() || null)
    .refine((v) => v === null || v.length <= max, `${what} must be ${max} characters or fewer`);

/** Which option each field comes from, for messages. */
const FLAG: Record<string, string> = {
  name: "--name",
  shortName: "--short-name",
  helpContacts: "--help-contact",
  districts: "--districts",
  reportingYearStartMonth: "--reporting-year-start",
  adminEmail: "--admin-email",
  adminName: "--admin-name",
  businessUnit: "--business-unit",
};

const setupFields = z.object({
  name: details.name,
  shortName: details.shortName,
  helpContacts: details.helpContacts,
  districts: details.districts,
  reportingYearStartMonth: details.reportingYearStartMonth,
  adminEmail,
  adminName: optionalText("The admin's name", 100),
  businessUnit: optionalText("The business unit's name", MAX_AGENCY_NAME_LENGTH).refine(
    (v) => v === null || AGENCY_NAME_START.test(v),
    "Start the business unit's name with a letter or number",
  ),
});

/**
 * Check the command line with the partnership details form's rules and the organisations file (its text, if one was
 * given). Messages name the option: "--short-name: The short name must be 20 characters or fewer".
 */
export function checkSetupInput(args: SetupArgs, organisationsText?: string): { ok: true; input: SetupInput } | { ok: false; errors: string[] } {
  // The details form reads districts and help contacts one a line, and names problems by line: here by item.
  const parsed = setupFields.safeParse({
    name: args.name,
    shortName: args.shortName,
    helpContacts: args.helpContacts.length ? args.helpContacts.join("\n") : DEFAULT_HELP_CONTACTS.map((c) => `${c.label}: ${c.number}`).join("\n"),
    districts: args.districts.join("\n"),
    reportingYearStartMonth: monthNumber(args.reportingYearStart),
    adminEmail: args.adminEmail,
    adminName: args.adminName,
    businessUnit: args.businessUnit,
  });
  const errors: string[] = [];
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (seen.has(field)) continue;
      seen.add(field);
      const item = field === "districts" ? "District" : "Help contact";
      const message = issue.message.replace(/^Line (\d+):/, `${item} $1:`);
      errors.push(`${FLAG[field] ?? field}: ${message}`);
    }
  }
  let organisations: OrganisationSeed[] = [];
  if (organisationsText !== undefined) {
    const districts = parsed.success ? parsed.data.districts : args.districts.map((d) => d.trim()).filter(Boolean);
    const orgs = parseOrganisations(organisationsText, districts);
    if (orgs.ok) organisations = orgs.organisations;
    else errors.push(...orgs.errors.map((e) => `--organisations ${args.organisationsFile ?? ""} ${e}`.replace(/ {2,}/g, " ")));
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  const d = parsed.data;
  return {
    ok: true,
    input: {
      name: d.name,
      shortName: d.shortName,
      helpContacts: d.helpContacts,
      districts: d.districts,
      reportingYearStartMonth: d.reportingYearStartMonth,
      admin: { email: d.adminEmail, name: d.adminName },
      businessUnit: d.businessUnit ?? `${d.name} Business Unit`,
      organisations,
    },
  };
}
