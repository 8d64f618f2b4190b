// The organisation form (client-safe: no database): an organisation people choose on their profile (an agency):
// its name, sector and district. Whether the name is already taken and whether the district is one of the
// partnership's depend on the data, so agencies.ts checks those when saving.
import { z } from "zod";
import { SECTOR_LABELS, SECTORS } from "@/lib/reports/filters-schema";
import { MAX_DISTRICT_LENGTH } from "./details-schema";

export const MAX_AGENCY_NAME_LENGTH = 150;
/** Starts with a letter or number, so a spreadsheet never reads the name in a report or statement CSV as a formula. */
export const AGENCY_NAME_START = /^[\p{L}\p{N}]/u;

const ENTER_NAME = "Enter the organisation's name";
export const SELECT_DISTRICT = "Select one of the partnership's districts, or No district";

export const agencySchema = z.object({
  name: z
    .string({ error: ENTER_NAME })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, ENTER_NAME)
        .max(MAX_AGENCY_NAME_LENGTH, `The organisation's name must be ${MAX_AGENCY_NAME_LENGTH} characters or fewer`)
        .regex(AGENCY_NAME_START, "Start the organisation's name with a letter or number"),
    ),
  sector: z.enum(SECTORS, { error: "Select the organisation's sector" }),
  // "" is "No district"; whether any other value is one of the partnership's districts is checked when saving.
  district: z
    .string({ error: SELECT_DISTRICT })
    .max(MAX_DISTRICT_LENGTH, SELECT_DISTRICT)
    .transform((v): string | null => v.trim() || null),
});

export type AgencyInput = z.output<typeof agencySchema>;
export const AGENCY_FIELDS = Object.keys(agencySchema.shape) as (keyof AgencyInput)[];

/** The sector radios' choices, in the order of the sector list. */
export const SECTOR_CHOICES = SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }));

/** The form's values for an organisation as it is. */
export function agencyValues(a: AgencyInput): Record<string, string> {
  return { name: a.name, sector: a.sector, district: a.district ?? "" };
}
