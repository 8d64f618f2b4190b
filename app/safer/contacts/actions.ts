"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { inviteColleague, inviteSchema, myOrganisation } from "@/lib/membership";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function inviteAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(inviteSchema, fd);
  if (!parsed.ok) return parsed.state;
  const mine = await myOrganisation(actor);
  if (!mine) return failState(parsed.values, {}, "You are not a contact for an organisation");
  const result = await inviteColleague(actor, mine.organisation.id, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors);
  redirect(`/safer/contacts?invited=${encodeURIComponent(parsed.data.email.toLowerCase())}`);
}
