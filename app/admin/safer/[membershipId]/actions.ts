"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { decideMembership, decisionSchema } from "@/lib/membership";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function decideAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(decisionSchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await decideMembership(actor, parsed.data);
  if (!result.ok) return failState(parsed.values, {}, result.message);
  redirect(`/admin/safer/${parsed.data.membershipId}?decided=${parsed.data.decision}`);
}
