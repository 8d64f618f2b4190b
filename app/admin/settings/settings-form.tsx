"use client";
import { Button, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { savePolicySettingsAction } from "./actions";

const ORDER = [
  "reminderDaysBefore",
  "offerClaimWindowHours",
  "cancelCutoffWorkingDays",
  "chargeFullDayPence",
  "chargeHalfDayPence",
  "chargeShortPence",
  "repeatNoShowCount",
  "repeatNoShowMonths",
];

export function PolicySettingsForm({ initialState }: { initialState: FormState }) {
  const v = (k: string) => String(initialState.values[k] ?? "");
  return (
    <GovForm schema={() => import("@/lib/partnership/settings-schema").then((m) => m.policySettingsSchema)} action={savePolicySettingsAction} initialState={initialState} order={ORDER}>
      {({ errors, register }) => {
        const number = (k: string) => ({ ...register(k), inputMode: "numeric" as const, spellCheck: false, defaultValue: v(k) });
        const money = (k: string) => ({ ...register(k), inputMode: "decimal" as const, spellCheck: false, defaultValue: v(k) });
        return (
          <>
            <h2 className="govuk-heading-m">Reminders</h2>
            <TextInput
              id="reminderDaysBefore"
              label="Days before the session to send reminders"
              hint="Numbers separated by commas, for example 7, 2. The first (most days before) asks people to confirm or release their place; later ones repeat the joining instructions."
              error={errors.reminderDaysBefore}
              width={10}
              input={{ ...register("reminderDaysBefore"), spellCheck: false, defaultValue: v("reminderDaysBefore") }}
            />
            <h2 className="govuk-heading-m">Waiting list and cancellations</h2>
            <TextInput
              id="offerClaimWindowHours"
              label="Hours a person has to claim an offered place"
              hint="Between 6 and 336 hours. After this the place is offered to the next person."
              error={errors.offerClaimWindowHours}
              width={4}
              input={number("offerClaimWindowHours")}
            />
            <TextInput
              id="cancelCutoffWorkingDays"
              label="Cancellation cut-off in working days"
              hint="People can cancel without charge until this many working days before the session. Sessions can override it."
              error={errors.cancelCutoffWorkingDays}
              width={3}
              input={number("cancelCutoffWorkingDays")}
            />
            <h2 className="govuk-heading-m">Charges for a missed place</h2>
            <p className="govuk-body">Charged to the person&apos;s organisation for a no-show or a late cancellation. Enter 0 for no charge.</p>
            {(
              [
                ["chargeFullDayPence", "Full day, in pounds"],
                ["chargeHalfDayPence", "Half day, in pounds"],
                ["chargeShortPence", "Short session, in pounds"],
              ] as const
            ).map(([k, label]) => (
              <TextInput key={k} id={k} label={label} error={errors[k]} width={5} input={money(k)} />
            ))}
            <h2 className="govuk-heading-m">Repeat no-show rule</h2>
            <p className="govuk-body">People with this many no-shows within this many months need their line manager&apos;s approval to book.</p>
            <TextInput id="repeatNoShowCount" label="Number of no-shows" error={errors.repeatNoShowCount} width={3} input={number("repeatNoShowCount")} />
            <TextInput id="repeatNoShowMonths" label="Within this many months" error={errors.repeatNoShowMonths} width={3} input={number("repeatNoShowMonths")} />
            <Button>Save settings</Button>
          </>
        );
      }}
    </GovForm>
  );
}
