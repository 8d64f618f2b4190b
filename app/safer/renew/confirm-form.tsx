"use client";
import type { RenewalTerms } from "@/lib/membership/organisations";
import { ActionForm } from "@/lib/ui/action-form";
import { emptyFormState } from "@/lib/ui/form-state";
import { Button } from "@/lib/ui/fields";
import { renewAction } from "../actions";

/**
 * Nothing to fill in: the terms shown on the page go back as hidden values, so the server records what was
 * confirmed. They come from the page, not the last answer, so after "details have changed" the new ones are sent.
 */
export function RenewConfirmForm({ renewal }: { renewal: RenewalTerms }) {
  return (
    <ActionForm action={renewAction} initialState={emptyFormState}>
      {() => (
        <>
          <input type="hidden" name="startsOn" value={renewal.startsOn} />
          <input type="hidden" name="endsOn" value={renewal.endsOn} />
          <input type="hidden" name="feePence" value={String(renewal.feePence)} />
          <Button>Confirm renewal</Button>
        </>
      )}
    </ActionForm>
  );
}
