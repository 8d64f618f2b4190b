// Client-safe: the membership application form and its server action share this schema.
import { z } from "zod";
import { SIZE_BANDS } from "@/lib/partnership/policy";
import { ORGANISATION_TYPES, isCharityNumber, isCompanyNumber, normaliseRegisteredNumber } from "./rules";

const optionalNumber = z
  .string()
  .trim()
  .max(20)
  .transform((v) => (v ? normaliseRegisteredNumber(v) : ""));

// Both numbers are optional: small unregistered groups (uniformed, faith, sports) are members too. A number that is
// given must be in its format.
export const applySchema = z.object({
  name: z.string().trim().min(1, "Enter the name of your organisation").max(150, "Organisation name must be 150 characters or fewer"),
  charityNumber: optionalNumber.refine((v) => !v || isCharityNumber(v), "Enter a charity number of 6 to 8 digits, like 1234567"),
  companyNumber: optionalNumber.refine((v) => !v || isCompanyNumber(v), "Enter a company number of 8 characters, like 01234567 or SC123456"),
  orgType: z.enum(ORGANISATION_TYPES, { error: "Select the type of organisation" }),
  district: z.string().trim().min(1, "Select the district your organisation is based in"),
  sizeBand: z.enum(SIZE_BANDS, { error: "Select how many staff and volunteers your organisation has" }),
  leadName: z.string().trim().min(1, "Enter the name of your safeguarding lead").max(100, "Name must be 100 characters or fewer"),
  leadEmail: z
    .string()
    .trim()
    .min(1, "Enter your safeguarding lead's email address")
    .max(254)
    .pipe(z.email("Enter an email address in the correct format, like name@example.org")),
  leadPhone: z
    .string()
    .trim()
    .min(1, "Enter your safeguarding lead's phone number")
    .regex(/^\+?[\d\s()-]{10,20}$/, "Enter a telephone number, like 01632 960 001 or 07700 900 982"),
});

export type ApplyInput = z.infer<typeof applySchema>;
export { APPLY_FIELD_ORDER } from "./labels";
