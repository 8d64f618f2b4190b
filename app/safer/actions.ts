"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { myOrganisation, renewMembership, renewSchema } from "@/lib/membership";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

/** The confirm step of /safer/renew: records the renewal the contact checked, nothing else. */
export async function renewAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(renewSchema, fd);
  if (!parsed.ok) return { ...parsed.state, message: Object.values(parsed.state.errors)[0], errors: {} };
  const mine = await myOrganisation(actor);
  if (!mine) redirect("/safer");
  const result = await renewMembership(actor, mine.organisation.id, new Date(), parsed.data);
  if (!result.ok) {
    // The check page shows the details as they are now, so the contact confirms what will really be recorded.
    revalidatePath("/safer/renew");
    return failState(parsed.values, {}, result.message);
  }
  redirect("/safer?renewed=1");
}
