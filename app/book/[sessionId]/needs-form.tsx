"use client";
import { Button, Checkboxes, Textarea } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { saveNeedsAction } from "./actions";

/** `prerequisites`: the required training the person has no record of, as one phrase ("A and B"), and how many. */
export function NeedsForm({
  sessionId,
  venue,
  prerequisites,
  initialState,
}: {
  sessionId: number;
  venue: boolean;
  prerequisites: { titles: string; count: number } | null;
  initialState: FormState;
}) {
  const v = (k: string) => String(initialState.values[k] ?? "");
  return (
    <GovForm schema={() => import("@/lib/booking/book-schema").then((m) => m.bookingNeedsSchema)} action={saveNeedsAction} initialState={initialState} order={["prerequisitesConfirmed", "accessNeeds", "dietaryNeeds"]}>
      {({ errors, register }) => (
        <>
          <input type="hidden" name="sessionId" value={sessionId} />
          {prerequisites ? (
            <>
              <input type="hidden" {...register("prerequisitesRequired")} value="yes" />
              <Checkboxes
                name="prerequisitesConfirmed"
                legend="Training this course requires"
                hint={`This course is for people who have completed ${prerequisites.titles}. We have no record of you completing ${prerequisites.count > 1 ? "them" : "it"} with us.`}
                error={errors.prerequisitesConfirmed}
                choices={[{ value: "yes", label: `I have completed ${prerequisites.titles}, or equivalent training` }]}
                input={() => ({ ...register("prerequisitesConfirmed"), defaultChecked: v("prerequisitesConfirmed") === "yes" })}
              />
            </>
          ) : null}
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
