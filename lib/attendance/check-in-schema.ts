// Client-safe: the attendee's self check-in form.
import { z } from "zod";

export const checkInSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s+/g, ""))
    .pipe(z.string().min(1, "Enter the check-in code").regex(/^\d{6}$/, "The check-in code is 6 numbers, like 123456")),
  session: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().max(2_147_483_647).optional()),
});
export type CheckInInput = z.infer<typeof checkInSchema>;
