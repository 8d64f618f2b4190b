// The partnership details form (client-safe: no database): name, short name, help contacts (one "Label: number"
// a line), districts (one a line) and the month the reporting year starts in. Whether a district may be removed
// depends on the data, so details.ts checks that when saving.
import { z } from "zod";

export type HelpContact = { label: string; number: string };

export const MAX_HELP_CONTACTS = 10;
export const MAX_DISTRICTS = 50;
/** The report filters accept district names up to this long (lib/reports/filters-schema). */
export const MAX_DISTRICT_LENGTH = 100;
const MAX_LABEL_LENGTH = 100;

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, `Enter ${what}`).max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`));

/** The lines of a textarea with their line numbers (1-based), spaces tidied, blank lines left out. */
function linesOf(v: string): { n: number; line: string }[] {
  return v
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ n: i + 1, line: line.replace(/\s+/g, " ").trim() }))
    .filter((l) => l.line);
}

/**
 * A textarea read one item a line: `read` turns a line into an item, or says what is wrong with it (the message
 * names the line). Blank lines are skipped; at least one item and at most `maxItems`.
 */
function oneALine<T>(what: string, maxChars: number, maxItems: number, read: (line: string, earlier: T[]) => { item: T } | { problem: string }) {
  const none = `Enter at least one ${what}`;
  return z
    .string({ error: none })
    .max(maxChars, `${what.charAt(0).toUpperCase()}${what.slice(1)}s must be ${maxChars.toLocaleString("en-GB")} characters or fewer`)
    .transform((v, ctx): T[] => {
      const out: T[] = [];
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      for (const { n, line } of linesOf(v)) {
        const r = read(line, out);
        if ("problem" in r) return fail(`Line ${n}: ${r.problem}`);
        out.push(r.item);
      }
      if (!out.length) return fail(none);
      if (out.length > maxItems) return fail(`Enter no more than ${maxItems} ${what}s`);
      return out;
    });
}

// A phone number: digits with spaces, brackets or hyphens, optionally starting with +; 3 digits (999, 111) to 15.
const PHONE = /^\+?[\d ()-]+$/;

const helpContacts = oneALine<HelpContact>("help contact", 2000, MAX_HELP_CONTACTS, (line, earlier) => {
  // The last colon: a label may contain one ("Out of hours: CADS"), a phone number never does.
  const at = line.lastIndexOf(":");
  const label = at < 0 ? "" : line.slice(0, at).trim();
  const number = at < 0 ? "" : line.slice(at + 1).trim();
  const digits = number.replace(/\D/g, "").length;
  if (!label || !number) return { problem: "enter a name, a colon and a phone number, like Childline: 0800 1111" };
  if (label.length > MAX_LABEL_LENGTH) return { problem: `the name must be ${MAX_LABEL_LENGTH} characters or fewer` };
  if (!PHONE.test(number) || digits < 3 || digits > 15) return { problem: "enter a phone number after the colon, like 0800 1111 or 01632 960 001" };
  if (earlier.some((c) => c.label.toLowerCase() === label.toLowerCase())) return { problem: `${label} is already listed` };
  return { item: { label, number } };
});

// Starts with a letter or number (so a spreadsheet never reads a district in a CSV as a formula).
const DISTRICT = /^[\p{L}\p{N}][\p{L}\p{N} '’.,&()-]*$/u;

const districts = oneALine<string>("district", 5000, MAX_DISTRICTS, (line, earlier) => {
  if (line.length > MAX_DISTRICT_LENGTH) return { problem: `a district's name must be ${MAX_DISTRICT_LENGTH} characters or fewer` };
  if (!DISTRICT.test(line)) return { problem: "start a district's name with a letter or number and use only letters, numbers, spaces and ' - , . & ( )" };
  if (earlier.some((d) => d.toLowerCase() === line.toLowerCase())) return { problem: `${line} is already listed` };
  return { item: line };
});

export const partnershipDetailsSchema = z.object({
  name: text("the partnership's name", 150),
  shortName: text("the short name", 20),
  helpContacts,
  districts,
  reportingYearStartMonth: z
    .string({ error: "Select the month the reporting year starts in" })
    .regex(/^(?:[1-9]|1[0-2])$/, "Select the month the reporting year starts in")
    .transform(Number),
});

export type PartnershipDetailsInput = z.output<typeof partnershipDetailsSchema>;
export const PARTNERSHIP_DETAILS_FIELDS = Object.keys(partnershipDetailsSchema.shape) as (keyof PartnershipDetailsInput)[];

/** The form's values for the partnership's current details. */
export function partnershipDetailsValues(p: PartnershipDetailsInput): Record<string, string> {
  return {
    name: p.name,
    shortName: p.shortName,
    helpContacts: p.helpContacts.map((c) => `${c.label}: ${c.number}`).join("\n"),
    districts: p.districts.join("\n"),
    reportingYearStartMonth: String(p.reportingYearStartMonth),
  };
}
