"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { waiveCharge } from "@/lib/charges";
import { waiveChargeSchema } from "@/lib/charges/waive-schema";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";
import { isDbId } from "@/lib/ids";

export async function waiveChargeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor("admin");
  const parsed = parseForm(waiveChargeSchema, fd);
  if (!parsed.ok) return parsed.state;
  const chargeId = Number(fd.get("chargeId"));
  const result = await waiveCharge(actor, isDbId(chargeId) ? chargeId : 0, parsed.data);
  if (!result.ok) return failState(parsed.values, {}, result.message);
  redirect(`/admin/charges?waived=${chargeId}`);
}
