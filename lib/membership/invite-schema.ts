// Client-safe: inviting a colleague to be a contact of the organisation.
import { z } from "zod";

export const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your colleague's work email address")
    .max(254)
    .pipe(z.email("Enter an email address in the correct format, like name@example.org")),
});

export type InviteInput = z.infer<typeof inviteSchema>;
