"use client";
import { ActionForm } from "@/lib/ui/action-form";
import { Button } from "@/lib/ui/fields";
import { emptyFormState } from "@/lib/ui/form-state";
import { coSignAction } from "../actions";

/** Nothing to fill in: the token is hidden and the server action checks it. */
export function CoSignForm({ token }: { token: string }) {
  return (
    <ActionForm action={coSignAction} initialState={emptyFormState}>
      {() => (
        <>
          <input type="hidden" name="token" value={token} />
          <Button>Co-sign</Button>
        </>
      )}
    </ActionForm>
  );
}
