"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSignInLink, safeCallbackPath, signInSchema } from "@/lib/auth/sign-in";
import { endCurrentSession } from "@/lib/auth/sign-out";
import { failState, parseForm, type FormState } from "@/lib/ui/form-state";

export async function requestSignInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, fd);
  if (!parsed.ok) return parsed.state;
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? null;
  const result = await requestSignInLink({ email: parsed.data.email, callbackUrl: parsed.data.callbackUrl, ip });
  if (!result.ok) {
    return failState(parsed.values, { email: "You have asked for too many sign-in links. Wait 15 minutes, then try again" });
  }
  redirect(`/sign-in/check-email?email=${encodeURIComponent(parsed.data.email.toLowerCase())}&callbackUrl=${encodeURIComponent(safeCallbackPath(parsed.data.callbackUrl))}`);
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  redirect("/signed-out");
}
