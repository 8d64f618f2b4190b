"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import {
  OPPORTUNITY_MULTI_FIELDS,
  SESSION_MULTI_FIELDS,
  cancelBookingOnBehalf,
  cancelSession,
  cancelSessionSchema,
  createOpportunity,
  createSession,
  opportunitySchema,
  parseId,
  sessionSchema,
  updateOpportunity,
  updateSession,
} from "@/lib/catalogue-admin";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

const idFrom = (fd: FormData, name: string) => parseId(fd.get(name));

export async function saveOpportunityAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(opportunitySchema, fd, OPPORTUNITY_MULTI_FIELDS);
  if (!parsed.ok) return parsed.state;
  const id = idFrom(fd, "opportunityId");
  const result = id ? await updateOpportunity(actor, id, parsed.data) : await createOpportunity(actor, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors);
  revalidatePath("/catalogue");
  redirect(`/admin/catalogue/opportunities/${result.id}?saved=${id ? "opportunity" : "new-opportunity"}`);
}

export async function saveSessionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(sessionSchema, fd, SESSION_MULTI_FIELDS);
  if (!parsed.ok) return parsed.state;
  const sessionId = idFrom(fd, "sessionId");
  const opportunityId = idFrom(fd, "opportunityId");
  if (!sessionId && !opportunityId) return failState(parsed.values, {}, "This opportunity no longer exists");
  const result = sessionId ? await updateSession(actor, sessionId, parsed.data) : await createSession(actor, opportunityId!, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors, result.message);
  revalidatePath("/catalogue");
  redirect(`/admin/catalogue/opportunities/${opportunityId}?saved=${sessionId ? `session&told=${result.notified ?? 0}` : "new-session"}`);
}

export async function cancelSessionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(cancelSessionSchema, fd);
  if (!parsed.ok) return parsed.state;
  const sessionId = idFrom(fd, "sessionId");
  const opportunityId = idFrom(fd, "opportunityId");
  if (!sessionId || !opportunityId) return failState(parsed.values, {}, "This session no longer exists");
  const result = await cancelSession(actor, sessionId, parsed.data.reason);
  if (!result.ok) return failState(parsed.values, {}, result.message);
  revalidatePath("/catalogue");
  redirect(`/admin/catalogue/opportunities/${opportunityId}?saved=cancelled-session`);
}

export async function cancelBookingAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const bookingId = idFrom(fd, "bookingId");
  const sessionId = idFrom(fd, "sessionId");
  if (!bookingId || !sessionId) redirect("/admin/catalogue");
  const result = await cancelBookingOnBehalf(actor, bookingId);
  revalidatePath("/catalogue");
  redirect(`/admin/catalogue/sessions/${sessionId}/bookings?${result.ok ? "cancelled" : "not-cancelled"}=${bookingId}`);
}
