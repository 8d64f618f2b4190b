// Client-safe: adding a walk-in to a register, by the email of someone we know or with details for someone new.
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const walkInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter the person's work email address")
    .pipe(z.email("Enter an email address in the correct format, like name@example.org")),
  name: z.preprocess(blankToUndefined, z.string().trim().max(100, "Full name must be 100 characters or fewer").optional()),
  agencyId: z.preprocess(blankToUndefined, z.coerce.number({ error: "Select their organisation" }).int().positive("Select their organisation").optional()),
});
export type WalkInInput = z.infer<typeof walkInSchema>;
