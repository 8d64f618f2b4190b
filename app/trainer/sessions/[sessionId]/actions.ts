"use server";
import { redirect } from "next/navigation";
import { AuthorizationError, requireActor } from "@/lib/auth";
import { addWalkIn, reopenRegister, saveRegister, showCheckInCode } from "@/lib/attendance";
import { FINISHED_EARLY_FIELD, FINISHED_EARLY_VALUE, marksFromForm, registerFormSchema } from "@/lib/attendance/register-schema";
import { walkInSchema } from "@/lib/attendance/walk-in-schema";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";
import { isDbId } from "@/lib/ids";

function sessionIdFrom(fd: FormData): number {
  const id = Number(fd.get("sessionId"));
  return isDbId(id) ? id : 0;
}

function refused(values: FormState["values"], e: unknown): FormState {
  if (e instanceof AuthorizationError) return failState(values, {}, e.message);
  throw e;
}

export async function saveRegisterAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(registerFormSchema, fd);
  if (!parsed.ok) return parsed.state;
  const { marks, errors } = marksFromForm(parsed.values);
  if (Object.keys(errors).length) return failState(parsed.values, errors);
  const sessionId = sessionIdFrom(fd);
  let result;
  try {
    result = await saveRegister(actor, sessionId, parsed.data.intent, marks, new Date(), {
      finishedEarly: parsed.values[FINISHED_EARLY_FIELD] === FINISHED_EARLY_VALUE,
    });
  } catch (e) {
    return refused(parsed.values, e);
  }
  if (!result.ok) return failState(parsed.values, result.errors, result.message);
  redirect(`/trainer/sessions/${sessionId}?${result.closed ? "closed" : parsed.data.intent === "all-present" ? "allPresent" : "saved"}=1`);
}

export async function addWalkInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(walkInSchema, fd);
  if (!parsed.ok) return parsed.state;
  const sessionId = sessionIdFrom(fd);
  let result;
  try {
    result = await addWalkIn(actor, sessionId, parsed.data);
  } catch (e) {
    return refused(parsed.values, e);
  }
  if (!result.ok) return failState(parsed.values, result.errors, result.message);
  redirect(`/trainer/sessions/${sessionId}?walkIn=1`);
}

export async function showCheckInCodeAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const sessionId = sessionIdFrom(fd);
  // Outside the check-in window no code is made; the page then says when check-in opens (or that it has closed).
  await showCheckInCode(actor, sessionId);
  redirect(`/trainer/sessions/${sessionId}/check-in`);
}

export async function reopenRegisterAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const sessionId = sessionIdFrom(fd);
  await reopenRegister(actor, sessionId);
  redirect(`/trainer/sessions/${sessionId}?reopened=1`);
}
