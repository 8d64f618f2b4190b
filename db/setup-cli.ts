// npm run setup -- --name "…" --short-name … --districts "a,b" --admin-email … [--help for the rest]:
// set up a new, empty partnership (lib/partnership/setup.ts). Checks everything first; refuses, changing nothing,
// when the input is wrong or the database already has a partnership; otherwise migrates and creates it.
import { readFileSync } from "node:fs";
import { closeDb, databaseMode, pgliteDir } from "./client";
import { migrateDatabase } from "./migrate";
import { checkSetupInput, parseSetupArgs, SETUP_USAGE } from "../lib/partnership/setup-schema";
import { existingPartnership, setUpPartnership } from "../lib/partnership/setup";
import { MONTH_NAMES } from "../lib/partnership/labels";

function refuse(lines: string[], code = 1): void {
  console.error(["Set-up refused, nothing was changed:", ...lines.map((l) => `  - ${l}`)].join("\n"));
  process.exitCode = code;
}

async function main(): Promise<void> {
  const read = parseSetupArgs(process.argv.slice(2));
  if (!read.ok) return refuse([...read.errors, "see npm run setup -- --help"], 2);
  if (read.help) {
    console.log(SETUP_USAGE);
    return;
  }
  const { args } = read;
  let organisationsText: string | undefined;
  if (args.organisationsFile) {
    try {
      organisationsText = readFileSync(args.organisationsFile, "utf8");
    } catch (err) {
      return refuse([`--organisations: cannot read ${args.organisationsFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
    }
  }
  const checked = checkSetupInput(args, organisationsText);
  if (!checked.ok) return refuse([...checked.errors, "see npm run setup -- --help"]);
  const { input } = checked;

  const where = databaseMode() === "postgres" ? "DATABASE_URL" : `the embedded database in ${pgliteDir()}`;
  const existing = await existingPartnership();
  if (existing) {
    return refuse([
      `${where.charAt(0).toUpperCase()}${where.slice(1)} already has a partnership (${existing.name}). Set-up is for a new, empty database: point DATABASE_URL (or PGLITE_DIR) at one. An existing partnership is changed at /admin/settings and /admin/settings/partnership.`,
    ]);
  }
  await migrateDatabase();
  const result = await setUpPartnership(input);
  if (!result.ok) return refuse([result.message]);

  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const env = databaseMode() === "postgres" ? "DATABASE_URL=… " : process.env.PGLITE_DIR ? `PGLITE_DIR=${process.env.PGLITE_DIR} ` : "";
  const orgs = result.organisations;
  console.log(`Set up ${input.name} (${input.shortName}) in ${where}:
  districts: ${input.districts.join(", ")}
  help contacts: ${input.helpContacts.map((c) => `${c.label}: ${c.number}`).join("; ")}
  reporting year starts in ${MONTH_NAMES[input.reportingYearStartMonth - 1]}; policy: the defaults
  ${orgs} organisation${orgs === 1 ? "" : "s"} to choose from at sign-in (including ${input.businessUnit})
  first admin: ${input.admin.email}${result.admin.existed ? " (already signed in before: now an admin)" : ""}

Next:
  1. Start the app on this database, without the demo seed:
       ${env}SEED_ON_START=0 npm run dev
     or in production: npm run build && ${env}SEED_ON_START=0 NEXTAUTH_SECRET=… npm start
  2. Sign in at ${base}/sign-in as ${input.admin.email} (in development without SMTP_URL: the link is in ${base}/dev/outbox)
     and give your details: name, job title, organisation, line manager.
  3. Complete Business unit → Partnership details (${base}/admin/settings/partnership): help contacts (add your
     children's services front door), districts, reporting year; and Business unit → Policy settings
     (${base}/admin/settings): reminders, cut-off, charges, no-show rule, Safer fees, retention.
  4. Add the organisations people work for (${base}/admin/settings/organisations) and make your trainers and other
     admins (${base}/admin/people: find them, or add them before they first sign in).
  5. Add learning opportunities and sessions (${base}/admin/catalogue) and policy templates (${base}/admin/safer/library).`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
