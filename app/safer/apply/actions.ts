"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { applyForMembership, applySchema } from "@/lib/membership";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function applyAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(applySchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await applyForMembership(actor, parsed.data);
  if (!result.ok) {
    const { form, ...errors } = result.errors;
    return failState(parsed.values, errors, form);
  }
  redirect("/safer?applied=1");
}
