"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { recordReview, reviewSchema } from "@/lib/resources";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function recordReviewAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = parseForm(reviewSchema, fd);
  if (!parsed.ok) return parsed.state;
  const result = await recordReview(actor, parsed.data);
  if (!result.ok) {
    const { form, ...errors } = result.errors;
    return failState(parsed.values, errors, form);
  }
  redirect(`/safer/library/${parsed.data.resourceId}?reviewed=1`);
}
