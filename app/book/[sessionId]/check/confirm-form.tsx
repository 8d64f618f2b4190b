"use client";
import { ActionForm } from "@/lib/ui/action-form";
import { Button } from "@/lib/ui/fields";
import type { FormState } from "@/lib/ui/form-state";
import { confirmBookingAction } from "../actions";

/** Nothing to fill in: the answers travel as hidden values and the server action checks them. */
export function ConfirmForm({ sessionId, initialState }: { sessionId: number; initialState: FormState }) {
  return (
    <ActionForm action={confirmBookingAction} initialState={initialState}>
      {({ values }) => {
        const v = (k: string) => String(values[k] ?? initialState.values[k] ?? "");
        return (
          <>
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="accessNeeds" value={v("accessNeeds")} />
            <input type="hidden" name="dietaryNeeds" value={v("dietaryNeeds")} />
            <input type="hidden" name="prerequisitesConfirmed" value={v("prerequisitesConfirmed")} />
            <input type="hidden" name="formToken" value={v("formToken")} />
            <input type="hidden" name="intent" value={v("intent")} />
            <Button>{v("intent") === "waitlist" ? "Join the waiting list" : "Confirm booking"}</Button>
          </>
        );
      }}
    </ActionForm>
  );
}
