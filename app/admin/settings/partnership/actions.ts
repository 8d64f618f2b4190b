"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth";
import { partnershipDetailsSchema, updatePartnershipDetails } from "@/lib/partnership/details";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function savePartnershipDetailsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(partnershipDetailsSchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await updatePartnershipDetails(actor, parsed.data);
  if (!result.ok) return failState(parsed.values, result.errors);
  // The name and help contacts are in every page's header and footer.
  revalidatePath("/", "layout");
  redirect(`/admin/settings/partnership?saved=${result.changed.length}`);
}
