// `npm run setup`'s command line: read into named values, then checked with the partnership details form's rules,
// the admin's email and the organisations file. Messages name the option they are about.
import { describe, expect, it } from "vitest";
import { DEFAULT_HELP_CONTACTS, checkSetupInput, parseOrganisations, parseSetupArgs, type SetupArgs } from "@/lib/partnership/setup-schema";

const REQUIRED = ["--name", "Suffolk Safeguarding Partnership", "--short-name", "SSP", "--districts", "Ipswich,Babergh,Mid Suffolk", "--admin-email", "Lead@Example.org"];

function args(argv: string[]): SetupArgs {
  const r = parseSetupArgs(argv);
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.args;
}

function errorsOf(argv: string[], organisations?: string): string[] {
  const r = checkSetupInput(args(argv), organisations);
  return r.ok ? [] : r.errors;
}

describe("reading the command line", () => {
  it("reads every option; districts split on commas, --district and --help-contact repeat", () => {
    const r = parseSetupArgs([
      ...REQUIRED,
      "--district", "Bury St Edmunds, West",
      "--help-contact", "Childline: 0800 1111",
      "--help-contact", "Front door: 0808 800 4005",
      "--reporting-year-start", "July",
      "--admin-name", "Sam Lead",
      "--organisations", "orgs.txt",
      "--business-unit", "SSP Business Unit",
    ]);
    expect(r).toEqual({
      ok: true,
      help: false,
      args: {
        name: "Suffolk Safeguarding Partnership",
        shortName: "SSP",
        districts: ["Ipswich", "Babergh", "Mid Suffolk", "Bury St Edmunds, West"],
        helpContacts: ["Childline: 0800 1111", "Front door: 0808 800 4005"],
        reportingYearStart: "July",
        adminEmail: "Lead@Example.org",
        adminName: "Sam Lead",
        organisationsFile: "orgs.txt",
        businessUnit: "SSP Business Unit",
      },
    });
  });

  it("--help and -h ask for the usage", () => {
    expect(parseSetupArgs(["--help"])).toMatchObject({ ok: true, help: true });
    expect(parseSetupArgs(["-h"])).toMatchObject({ ok: true, help: true });
  });

  it("refuses unknown options, stray words and options without their value", () => {
    expect(parseSetupArgs([...REQUIRED, "--nmae", "x"])).toEqual({ ok: false, errors: [expect.stringContaining("Unknown option '--nmae'")] });
    expect(parseSetupArgs([...REQUIRED, "stray"])).toMatchObject({ ok: false });
    expect(parseSetupArgs(["--name"])).toMatchObject({ ok: false });
  });
});

describe("checking the input", () => {
  it("gives the partnership, with Childline and an April reporting year when not told otherwise, and the business unit named after it", () => {
    const r = checkSetupInput(args(["--name", "Suffolk Safeguarding Partnership", "--short-name", "SSP", "--districts", " Ipswich ,, Babergh  ,Mid  Suffolk", "--admin-email", "Lead@Example.org"]));
    expect(r).toEqual({
      ok: true,
      input: {
        name: "Suffolk Safeguarding Partnership",
        shortName: "SSP",
        helpContacts: DEFAULT_HELP_CONTACTS,
        districts: ["Ipswich", "Babergh", "Mid Suffolk"],
        reportingYearStartMonth: 4,
        admin: { email: "lead@example.org", name: null },
        businessUnit: "Suffolk Safeguarding Partnership Business Unit",
        organisations: [],
      },
    });
  });

  it("needs the name, short name, districts and admin email", () => {
    expect(errorsOf([])).toEqual([
      "--name: Enter the partnership's name",
      "--short-name: Enter the short name",
      "--districts: Enter at least one district",
      "--admin-email: Enter the first admin's email address (--admin-email)",
    ]);
  });

  it("applies the details form's rules: lengths, district names, duplicates, help contacts", () => {
    expect(errorsOf([...REQUIRED, "--short-name", "x".repeat(21)])).toEqual(["--short-name: The short name must be 20 characters or fewer"]);
    expect(errorsOf([...REQUIRED, "--name", "x".repeat(151)])).toEqual(["--name: The partnership's name must be 150 characters or fewer"]);
    expect(errorsOf([...REQUIRED, "--district", "=SUM(A1)"])).toEqual([expect.stringMatching(/^--districts: District 4: start a district's name with a letter or number/)]);
    expect(errorsOf([...REQUIRED, "--district", "ipswich"])).toEqual(["--districts: District 4: ipswich is already listed"]);
    expect(errorsOf([...REQUIRED, "--help-contact", "Childline 0800 1111"])).toEqual([expect.stringMatching(/^--help-contact: Help contact 1: enter a name, a colon and a phone number/)]);
    expect(errorsOf([...REQUIRED, "--admin-email", "lead at example"])).toEqual(["--admin-email: Enter the first admin's email address in the correct format, like name@example.org"]);
    expect(errorsOf([...REQUIRED, "--business-unit=-x"])).toEqual(["--business-unit: Start the business unit's name with a letter or number"]);
  });

  it("reads the reporting year's month as a number or a name", () => {
    const month = (v: string) => {
      const r = checkSetupInput(args([...REQUIRED, "--reporting-year-start", v]));
      return r.ok ? r.input.reportingYearStartMonth : r.errors;
    };
    expect(month("7")).toBe(7);
    expect(month("07")).toBe(7);
    expect(month("September")).toBe(9);
    expect(month("sep")).toBe(9);
    expect(month("13")).toEqual(["--reporting-year-start: Select the month the reporting year starts in"]);
    expect(month("Ju")).toEqual(["--reporting-year-start: Select the month the reporting year starts in"]);
  });

  it("keeps the admin's name and help contacts given", () => {
    const r = checkSetupInput(args([...REQUIRED, "--admin-name", "  Sam   Lead ", "--help-contact", "Front door: 0808 800 4005"]));
    expect(r).toMatchObject({ ok: true, input: { admin: { email: "lead@example.org", name: "Sam Lead" }, helpContacts: [{ label: "Front door", number: "0808 800 4005" }] } });
  });

  it("adds the organisations file's problems to the others", () => {
    expect(errorsOf([...REQUIRED, "--short-name", ""], "Police HQ | cops\n")).toEqual([
      "--short-name: Enter the short name",
      expect.stringMatching(/^--organisations line 1: "cops" is not a sector/),
    ]);
  });
});

describe("the organisations file", () => {
  const DISTRICTS = ["Ipswich", "Babergh", "Mid Suffolk"];

  it("reads one a line: name, sector by label or word in any case, district optional and matched to the list", () => {
    const text = "\uFEFF# Suffolk\r\nSuffolk Constabulary | Police | babergh\r\n\r\nSuffolk County Council Children’s Services | children's services | Ipswich\nIpswich Hospital|HEALTH\nA Nursery | early_years |  \nSt Mary's | Voluntary sector\n";
    expect(parseOrganisations(text, DISTRICTS)).toEqual({
      ok: true,
      organisations: [
        { name: "Suffolk Constabulary", sector: "police", district: "Babergh" },
        { name: "Suffolk County Council Children’s Services", sector: "childrens_services", district: "Ipswich" },
        { name: "Ipswich Hospital", sector: "health", district: null },
        { name: "A Nursery", sector: "early_years", district: null },
        { name: "St Mary's", sector: "voluntary", district: null },
      ],
    });
  });

  it("names each wrong line", () => {
    const text = ["Just a name", "Police HQ | cops", "Hospital | health | Norwich", "=HYPERLINK() | other", "Suffolk Constabulary | police", "suffolk constabulary | police", "a | b | c | d"].join("\n");
    const r = parseOrganisations(text, DISTRICTS);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([
      'line 1: write "Name | sector | district" (district optional), not "Just a name"',
      expect.stringMatching(/^line 2: "cops" is not a sector: use one of Children's services, Police, /),
      'line 3: "Norwich" is not one of the districts (Ipswich, Babergh, Mid Suffolk)',
      'line 4: start the name with a letter or number: "=HYPERLINK()"',
      "line 6: suffolk constabulary is already listed",
      'line 7: write "Name | sector | district" (district optional), not "a | b | c | d"',
    ]);
  });

  it("an empty file (or only comments) lists none: the business unit alone", () => {
    expect(parseOrganisations("# nothing yet\n\n", DISTRICTS)).toEqual({ ok: true, organisations: [] });
  });
});
