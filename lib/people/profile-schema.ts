// Client-safe: shared by the profile form and its server action.
import { z } from "zod";

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your full name").max(100, "Full name must be 100 characters or fewer"),
  jobTitle: z.string().trim().min(1, "Enter your job title").max(100, "Job title must be 100 characters or fewer"),
  agencyId: z.coerce.number({ error: "Select your organisation" }).int().positive("Select your organisation"),
  lineManagerEmail: z
    .string()
    .trim()
    .min(1, "Enter your line manager's email address")
    .pipe(z.email("Enter your line manager's email address in the correct format, like name@example.org")),
});
export type ProfileInput = z.infer<typeof profileSchema>;

