"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { checkIn } from "@/lib/attendance";
import { checkInSchema } from "@/lib/attendance/check-in-schema";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function checkInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(checkInSchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await checkIn(actor, { code: parsed.data.code, sessionId: parsed.data.session });
  if (!result.ok) return failState(parsed.values, { code: result.message });
  redirect(`/check-in/done?session=${result.sessionId}`);
}
