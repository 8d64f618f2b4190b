"use client";
import { Button, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { requestSignInAction } from "./actions";

export function SignInForm({ initialState }: { initialState: FormState }) {
  return (
    <GovForm schema={() => import("@/lib/auth/sign-in-schema").then((m) => m.signInSchema)} action={requestSignInAction} initialState={initialState} order={["email"]}>
      {({ errors, register, values }) => (
        <>
          <TextInput
            id="email"
            label="Work email address"
            labelSize="m"
            hint="Use the email address you use at work. We will send you a link to sign in."
            error={errors.email}
            input={{ ...register("email"), type: "email", autoComplete: "email", spellCheck: false, defaultValue: String(values.email ?? "") }}
          />
          <input type="hidden" {...register("callbackUrl")} defaultValue={String(values.callbackUrl ?? "")} />
          <Button>Send me a sign-in link</Button>
        </>
      )}
    </GovForm>
  );
}
