"use client";
import { Button, Textarea } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { saveNeedsAction } from "./actions";

export function NeedsForm({ sessionId, venue, initialState }: { sessionId: number; venue: boolean; initialState: FormState }) {
  const v = (k: string) => String(initialState.values[k] ?? "");
  return (
    <GovForm schema={() => import("@/lib/booking/book-schema").then((m) => m.bookingNeedsSchema)} action={saveNeedsAction} initialState={initialState} order={["accessNeeds", "dietaryNeeds"]}>
      {({ errors, register }) => (
        <>
          <input type="hidden" name="sessionId" value={sessionId} />
          <Textarea
            id="accessNeeds"
            label="Do you have any access needs? (optional)"
            labelSize="m"
            hint="For example, step-free access, a hearing loop, large print, or breaks. Leave blank if none."
            error={errors.accessNeeds}
            input={{ ...register("accessNeeds"), defaultValue: v("accessNeeds") }}
          />
          {venue ? (
            <Textarea
              id="dietaryNeeds"
              label="Do you have any dietary needs? (optional)"
              labelSize="m"
              hint="For example, vegetarian, halal, or a food allergy. Leave blank if none."
              error={errors.dietaryNeeds}
              input={{ ...register("dietaryNeeds"), defaultValue: v("dietaryNeeds") }}
            />
          ) : null}
          <Button>Continue</Button>
        </>
      )}
    </GovForm>
  );
}
