// The answers between the question page and "check your answers" live in a short-lived, http-only cookie,
// so the journey works without JavaScript and personal needs never appear in a URL.
import { cookies } from "next/headers";
import type { BookingNeedsInput } from "@/lib/booking/book-schema";

const NAME = "booking-draft";

export async function readDraft(sessionId: number): Promise<BookingNeedsInput> {
  const raw = (await cookies()).get(NAME)?.value;
  try {
    const d = raw ? (JSON.parse(raw) as { sessionId: number } & BookingNeedsInput) : null;
    if (d && d.sessionId === sessionId) return { accessNeeds: String(d.accessNeeds ?? ""), dietaryNeeds: String(d.dietaryNeeds ?? ""), prerequisitesConfirmed: d.prerequisitesConfirmed === true };
  } catch {
    // A damaged cookie is the same as no answers.
  }
  return { accessNeeds: "", dietaryNeeds: "", prerequisitesConfirmed: false };
}

export async function writeDraft(sessionId: number, answers: BookingNeedsInput): Promise<void> {
  const { accessNeeds, dietaryNeeds, prerequisitesConfirmed } = answers;
  (await cookies()).set(NAME, JSON.stringify({ sessionId, accessNeeds, dietaryNeeds, prerequisitesConfirmed }), { httpOnly: true, sameSite: "lax", path: "/book", maxAge: 3600, secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https:") });
}

export async function clearDraft(): Promise<void> {
  (await cookies()).delete({ name: NAME, path: "/book" });
}

/** The answers as form values (a ticked box is "yes"). */
export function draftValues(d: BookingNeedsInput): Record<string, string> {
  return { accessNeeds: d.accessNeeds, dietaryNeeds: d.dietaryNeeds, prerequisitesConfirmed: d.prerequisitesConfirmed ? "yes" : "" };
}
