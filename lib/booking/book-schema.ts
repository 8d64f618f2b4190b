// Client-safe: shared by the booking question page, the check-answers page and their server actions.
import { z } from "zod";

const needs = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} must be 500 characters or fewer`)
    .optional()
    .transform((v) => v ?? "");

const answers = z.object({
  accessNeeds: needs("Access needs"),
  dietaryNeeds: needs("Dietary needs"),
  // Ticked when the course requires training the person has no record of completing here: they may have done it,
  // or its equivalent, elsewhere (lib/booking/prerequisites). bookSession checks the record again whatever is sent.
  // A form post sends "yes" or nothing; the form library sends "yes" or false.
  prerequisitesConfirmed: z.unknown().optional().transform((v) => v === "yes" || (Array.isArray(v) && v.includes("yes"))),
});

/**
 * The question page: access needs always, dietary needs for venue sessions only (the page leaves it out online),
 * and, when the page asks (prerequisitesRequired), confirmation of the training the course requires.
 */
export const bookingNeedsSchema = answers.extend({ prerequisitesRequired: z.string().optional() }).superRefine((v, ctx) => {
  if (v.prerequisitesRequired === "yes" && !v.prerequisitesConfirmed)
    ctx.addIssue({ code: "custom", path: ["prerequisitesConfirmed"], message: "Confirm that you have completed the training this course requires, or equivalent training" });
});
export type BookingNeedsInput = z.infer<typeof answers>;

/** Check your answers: the answers again (hidden), what the person asked for, and the form's one-time token. */
export const bookingConfirmSchema = answers.extend({
  intent: z.enum(["book", "waitlist"], { error: "Choose whether to book or join the waiting list" }),
  formToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "This form has expired. Go back and start your booking again"),
});
export type BookingConfirmInput = z.infer<typeof bookingConfirmSchema>;
