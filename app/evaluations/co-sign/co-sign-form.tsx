"use client";
import { coSignSchema } from "@/lib/evaluation/schemas";
import { Button } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import { emptyFormState } from "@/lib/ui/form-state";
import { coSignAction } from "../actions";

export function CoSignForm({ token }: { token: string }) {
  return (
    <GovForm schema={coSignSchema} action={coSignAction} initialState={emptyFormState}>
      {() => (
        <>
          <input type="hidden" name="token" value={token} />
          <Button>Co-sign</Button>
        </>
      )}
    </GovForm>
  );
}
