// The "cancel this session" form (client-safe).
import { z } from "zod";

export const cancelSessionSchema = z.object({
  reason: z.string().trim().min(1, "Enter why the session is cancelled").max(500, "Reason must be 500 characters or fewer"),
});
