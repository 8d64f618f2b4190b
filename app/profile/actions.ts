"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { profileSchema, saveProfile } from "@/lib/people";
import { safeCallbackPath } from "@/lib/auth/sign-in-schema";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function saveProfileAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(profileSchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await saveProfile(actor, actor.id, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors);
  const returnTo = fd.get("returnTo");
  redirect(typeof returnTo === "string" && returnTo ? safeCallbackPath(returnTo) : "/my-learning?profile=saved");
}
