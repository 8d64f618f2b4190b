"use client";
import { bookingConfirmSchema } from "@/lib/booking/book-schema";
import { Button } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { confirmBookingAction } from "../actions";

export function ConfirmForm({ sessionId, initialState }: { sessionId: number; initialState: FormState }) {
  return (
    <GovForm schema={bookingConfirmSchema} action={confirmBookingAction} initialState={initialState}>
      {({ values }) => {
        const v = (k: string) => String(values[k] ?? initialState.values[k] ?? "");
        return (
          <>
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="accessNeeds" value={v("accessNeeds")} />
            <input type="hidden" name="dietaryNeeds" value={v("dietaryNeeds")} />
            <input type="hidden" name="formToken" value={v("formToken")} />
            <input type="hidden" name="intent" value={v("intent")} />
            <Button>{v("intent") === "waitlist" ? "Join the waiting list" : "Confirm booking"}</Button>
          </>
        );
      }}
    </GovForm>
  );
}
