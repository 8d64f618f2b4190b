// Client-safe: the "send a colleague instead" form.
import { z } from "zod";

export const transferSchema = z.object({
  colleagueEmail: z
    .string()
    .trim()
    .min(1, "Enter your colleague's work email address")
    .pipe(z.email("Enter your colleague's email address in the correct format, like name@example.org")),
});
export type TransferInput = z.infer<typeof transferSchema>;
