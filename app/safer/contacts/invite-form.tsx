"use client";
import { Button, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { inviteAction } from "./actions";

export function InviteForm() {
  const initialState: FormState = { ok: false, errors: {}, values: {} };
  return (
    <GovForm schema={() => import("@/lib/membership/invite-schema").then((m) => m.inviteSchema)} action={inviteAction} initialState={initialState} order={["email"]}>
      {({ errors, register, values }) => (
        <>
          <TextInput
            id="email"
            label="Colleague's work email address"
            labelSize="s"
            hint="We will email them a link. They sign in with this address to accept."
            error={errors.email}
            input={{ ...register("email"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: String(values.email ?? "") }}
          />
          <Button>Send invitation</Button>
        </>
      )}
    </GovForm>
  );
}
