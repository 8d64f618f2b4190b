// The renewal's confirm step: the period and fee the contact saw on the check page travel as hidden fields, so
// the server records exactly what was confirmed or refuses if it has changed since.
import { z } from "zod";

const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Check the renewal details again");

export const renewSchema = z.object({
  startsOn: day,
  endsOn: day,
  feePence: z.string().trim().regex(/^\d{1,7}$/, "Check the renewal details again").transform(Number),
});

export type RenewInput = z.output<typeof renewSchema>;
