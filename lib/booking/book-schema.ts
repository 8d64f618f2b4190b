// Client-safe: shared by the booking question page, the check-answers page and their server actions.
import { z } from "zod";

const needs = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} must be 500 characters or fewer`)
    .optional()
    .transform((v) => v ?? "");

/** The question page: access needs always, dietary needs for venue sessions only (the page leaves it out online). */
export const bookingNeedsSchema = z.object({
  accessNeeds: needs("Access needs"),
  dietaryNeeds: needs("Dietary needs"),
});
export type BookingNeedsInput = z.infer<typeof bookingNeedsSchema>;

/** Check your answers: the answers again (hidden), what the person asked for, and the form's one-time token. */
export const bookingConfirmSchema = bookingNeedsSchema.extend({
  intent: z.enum(["book", "waitlist"], { error: "Choose whether to book or join the waiting list" }),
  formToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "This form has expired. Go back and start your booking again"),
});
export type BookingConfirmInput = z.infer<typeof bookingConfirmSchema>;
