"use server";
import { redirect } from "next/navigation";
import { AuthorizationError, requireActor } from "@/lib/auth";
import { coSignImpact, submitEvaluation, type Answer } from "@/lib/evaluation";
import { coSignSchema, impactEvaluationSchema, postEvaluationSchema, preEvaluationSchema } from "@/lib/evaluation/schemas";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";
import { isDbId } from "@/lib/ids";

function bookingIdFrom(fd: FormData): number | null {
  const id = Number(fd.get("bookingId"));
  return isDbId(id) ? id : null;
}

async function submit(fd: FormData, values: FormState["values"], answer: Answer): Promise<FormState> {
  const actor = await requireActor();
  const bookingId = bookingIdFrom(fd);
  if (!bookingId) return failState(values, {}, "We could not find that questionnaire.");
  try {
    const r = await submitEvaluation(actor, bookingId, answer);
    if (!r.ok && r.reason === "invalid") return failState(values, r.errors);
    if (!r.ok) return failState(values, {}, "This questionnaire is closed or has already been answered.");
  } catch (e) {
    if (e instanceof AuthorizationError) return failState(values, {}, "We could not find that questionnaire.");
    throw e;
  }
  redirect(`/evaluations/${bookingId}/${answer.kind}?answered=1`);
}

export async function submitPreAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await requireActor();
  const parsed = parseForm(preEvaluationSchema, fd);
  if (!parsed.ok) return parsed.state;
  return submit(fd, parsed.values, { kind: "pre", input: parsed.data });
}

export async function submitPostAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await requireActor();
  const parsed = parseForm(postEvaluationSchema, fd);
  if (!parsed.ok) return parsed.state;
  return submit(fd, parsed.values, { kind: "post", input: parsed.data });
}

export async function submitImpactAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await requireActor();
  const parsed = parseForm(impactEvaluationSchema, fd);
  if (!parsed.ok) return parsed.state;
  return submit(fd, parsed.values, { kind: "impact", input: parsed.data });
}

const CO_SIGN_LINK_NOT_VALID = "This link is not valid or has expired.";

/** The line manager's co-sign: authorised by the signed link in the form, not by a session. */
export async function coSignAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = parseForm(coSignSchema, fd);
  // The token is a hidden value, so a bad one is a message for the whole form, not a field error.
  if (!parsed.ok) return failState(parsed.state.values, {}, CO_SIGN_LINK_NOT_VALID);
  const r = await coSignImpact(parsed.data.token);
  if (!r.ok) return failState(parsed.values, {}, CO_SIGN_LINK_NOT_VALID);
  redirect(`/evaluations/co-sign?token=${encodeURIComponent(parsed.data.token)}`);
}
