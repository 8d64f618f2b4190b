"use client";
import { Button, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { checkInAction } from "./actions";

export function CheckInForm({ initialState }: { initialState: FormState }) {
  return (
    <GovForm schema={() => import("@/lib/attendance/check-in-schema").then((m) => m.checkInSchema)} action={checkInAction} initialState={initialState} order={["code"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" name="session" value={String(values.session ?? "")} />
          <TextInput
            id="code"
            label="Check-in code"
            labelSize="m"
            hint="The 6 numbers the trainer is showing"
            error={errors.code}
            width={10}
            input={{ ...register("code"), inputMode: "numeric", autoComplete: "one-time-code", spellCheck: false, defaultValue: String(values.code ?? "") }}
          />
          <Button>Check in</Button>
        </>
      )}
    </GovForm>
  );
}
