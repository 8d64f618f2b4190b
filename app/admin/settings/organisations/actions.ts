"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { dbIdFrom } from "@/lib/ids";
import { addAgency, agencySchema, changeAgency } from "@/lib/partnership/agencies";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function addOrganisationAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(agencySchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await addAgency(actor, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors, result.message);
  redirect(`/admin/settings/organisations?added=${result.id}`);
}

export async function changeOrganisationAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(agencySchema, fd);
  if (!parsed.ok) return parsed.state;
  const agencyId = dbIdFrom(fd.get("agencyId"));
  if (!agencyId) return failState(parsed.values, {}, "This organisation no longer exists");
  const result = await changeAgency(actor, agencyId, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors, result.message);
  redirect(`/admin/settings/organisations?${result.changed.length ? "changed" : "unchanged"}=${agencyId}`);
}
