"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { cancelBooking, claimOffer, transferBooking, transferSchema } from "@/lib/booking";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";
import { isDbId } from "@/lib/ids";

function bookingIdFrom(fd: FormData): number {
  const n = Number(fd.get("bookingId"));
  return isDbId(n) ? n : 0;
}

export async function cancelBookingAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const r = await cancelBooking(actor, bookingIdFrom(fd));
  redirect(r.ok ? `/my-learning?done=${r.status}` : `/my-learning?done=failed`);
}

export async function claimOfferAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const r = await claimOffer(actor, bookingIdFrom(fd));
  redirect(r.ok ? `/my-learning?done=claimed-${r.status}` : `/my-learning?done=offer-${r.reason}`);
}

export async function transferBookingAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(transferSchema, fd);
  if (!parsed.ok) return parsed.state;
  const r = await transferBooking(actor, bookingIdFrom(fd), parsed.data.colleagueEmail);
  if (!r.ok) return failState(parsed.values, { colleagueEmail: r.message });
  redirect(`/my-learning?done=transferred`);
}
