"use client";
import { MEMBERSHIP_FEE_FIELDS, POLICY_FORM_ORDER, SIZE_BANDS } from "@/lib/partnership/labels";
import { Button, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { savePolicySettingsAction } from "./actions";
import { SettingsFieldset } from "./fieldset";

export function PolicySettingsForm({ initialState }: { initialState: FormState }) {
  return (
    <GovForm schema={() => import("@/lib/partnership/settings-schema").then((m) => m.policySettingsSchema)} action={savePolicySettingsAction} initialState={initialState} order={POLICY_FORM_ORDER}>
      {({ errors, register, values }) => {
        // What was sent last (or the saved settings), so a refused form keeps what the person typed.
        const v = (k: string) => String(values[k] ?? "");
        const number = (k: string) => ({ ...register(k), inputMode: "numeric" as const, spellCheck: false, defaultValue: v(k) });
        const money = (k: string) => ({ ...register(k), inputMode: "decimal" as const, spellCheck: false, defaultValue: v(k) });
        const days = (k: string) => ({ ...register(k), spellCheck: false, defaultValue: v(k) });
        return (
          <>
            <SettingsFieldset legend="Reminders">
              <TextInput
                id="reminderDaysBefore"
                label="Days before the session to send reminders"
                hint="Numbers separated by commas, for example 7, 2. The first (most days before) asks people to confirm or release their place; later ones repeat the joining instructions."
                error={errors.reminderDaysBefore}
                width={10}
                input={days("reminderDaysBefore")}
              />
            </SettingsFieldset>
            <SettingsFieldset legend="Waiting list and cancellations">
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
            </SettingsFieldset>
            <SettingsFieldset legend="Charges for a missed place">
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
            </SettingsFieldset>
            <SettingsFieldset legend="Repeat no-show rule">
              <p className="govuk-body">People with this many no-shows within this many months need their line manager&apos;s approval to book.</p>
              <TextInput id="repeatNoShowCount" label="Number of no-shows" error={errors.repeatNoShowCount} width={3} input={number("repeatNoShowCount")} />
              <TextInput id="repeatNoShowMonths" label="Within this many months" error={errors.repeatNoShowMonths} width={3} input={number("repeatNoShowMonths")} />
            </SettingsFieldset>
            <SettingsFieldset legend="Safer membership">
              <p className="govuk-body">
                The yearly fee depends on how many staff and volunteers an organisation has. Enter 0 to make membership free for that size. A new fee applies to
                applications and renewals from now on; fees already recorded do not change.
              </p>
              {SIZE_BANDS.map((band) => (
                <TextInput
                  key={band}
                  id={MEMBERSHIP_FEE_FIELDS[band]}
                  label={`${band} staff and volunteers, in pounds a year`}
                  error={errors[MEMBERSHIP_FEE_FIELDS[band]]}
                  width={5}
                  input={money(MEMBERSHIP_FEE_FIELDS[band])}
                />
              ))}
              <TextInput
                id="membershipRenewalNoticeDays"
                label="Days before a membership ends to send renewal notices"
                hint="Numbers separated by commas, for example 30, 7. Each notice asks the organisation's contacts to renew; renewal opens 90 days before the end."
                error={errors.membershipRenewalNoticeDays}
                width={10}
                input={days("membershipRenewalNoticeDays")}
              />
            </SettingsFieldset>
            <SettingsFieldset legend="Impact of training">
              <TextInput
                id="impactFollowUpDays"
                label="Days after the session to ask about the impact of training"
                hint="Between 7 and 365 days. People who attended are asked what has changed in their practice, and their line manager can co-sign the answer."
                error={errors.impactFollowUpDays}
                width={3}
                input={number("impactFollowUpDays")}
              />
            </SettingsFieldset>
            <SettingsFieldset legend="Keeping personal data">
              <TextInput
                id="retentionMonths"
                label="Months of inactivity before a person's details are anonymised"
                hint="At least 12 months. People who have not booked, signed in or downloaded anything for this long, and are not contacts of a Safer member, have their name, contact details and written answers removed. Figures for reports are kept; admins and trainers are never anonymised."
                error={errors.retentionMonths}
                width={3}
                input={number("retentionMonths")}
              />
            </SettingsFieldset>
            <Button>Save settings</Button>
          </>
        );
      }}
    </GovForm>
  );
}
