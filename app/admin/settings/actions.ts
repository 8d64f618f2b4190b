"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth";
import { policySettingsSchema, updatePolicySettings } from "@/lib/partnership/settings";
import { parseForm, type FormState } from "@/lib/ui/form-state";

export async function savePolicySettingsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(policySettingsSchema, fd);
  if (!parsed.ok) return parsed.state;
  const { changed } = await updatePolicySettings(actor, parsed.data);
  revalidatePath("/admin/settings");
  redirect(`/admin/settings?saved=${changed.length}`);
}
