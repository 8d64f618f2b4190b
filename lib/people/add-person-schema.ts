// The "Add a person" form (client-safe: no database): someone who has not signed in yet, given a role now so the
// business unit can choose them as a session's trainer at once. Whether the email address is already someone's is
// checked on saving (lib/people/add-person.ts).
import { z } from "zod";
import { editableRoles } from "./roles-schema";

export const addPersonSchema = z.object({
  email: z
    .string({ error: "Enter their work email address" })
    .trim()
    .min(1, "Enter their work email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.org"))
    // Sign-in looks people up by the address as typed in lower case (lib/auth/sign-in.ts, next-auth's adapter).
    .transform((e) => e.toLowerCase()),
  name: z
    .string({ error: "Enter their full name" })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Enter their full name").max(100, "Full name must be 100 characters or fewer")),
  roles: editableRoles,
});

export type AddPersonInput = z.output<typeof addPersonSchema>;
export const ADD_PERSON_MULTI_FIELDS = ["roles"] as const;
