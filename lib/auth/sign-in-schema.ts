// Client-safe: used by the sign-in form (react-hook-form) and the server action alike.
import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your work email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.org")),
  callbackUrl: z.string().optional(),
});


/** Only same-site paths may be used as the place to return to after sign-in. */
export function safeCallbackPath(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/welcome";
  return raw;
}

