"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { bookSession, bookingConfirmSchema, bookingNeedsSchema } from "@/lib/booking";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";
import { clearDraft, writeDraft } from "./draft";
import { isDbId } from "@/lib/ids";

function sessionIdFrom(fd: FormData): number | null {
  const n = Number(fd.get("sessionId"));
  return isDbId(n) ? n : null;
}

export async function saveNeedsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await requireActor();
  const sessionId = sessionIdFrom(fd);
  const parsed = parseForm(bookingNeedsSchema, fd);
  if (!parsed.ok) return parsed.state;
  if (!sessionId) return failState(parsed.values, {}, "We could not find that session");
  await writeDraft(sessionId, parsed.data);
  redirect(`/book/${sessionId}/check`);
}

export async function confirmBookingAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const sessionId = sessionIdFrom(fd);
  const parsed = parseForm(bookingConfirmSchema, fd);
  if (!parsed.ok) return { ...parsed.state, message: Object.values(parsed.state.errors)[0], errors: {} };
  if (!sessionId) return failState(parsed.values, {}, "We could not find that session");
  const result = await bookSession(actor, { sessionId, ...parsed.data });
  if (!result.ok) {
    // Refused for the sector balance: offer the waiting list with the same answers.
    const values = result.reason === "sector_cap" ? { ...parsed.values, intent: "waitlist" } : parsed.values;
    return failState(values, {}, result.message);
  }
  await clearDraft();
  redirect(`/book/${sessionId}/confirmation/${result.bookingId}`);
}
