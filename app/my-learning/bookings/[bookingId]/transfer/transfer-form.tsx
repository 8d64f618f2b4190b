"use client";
import { Button, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { transferBookingAction } from "../../../actions";

export function TransferForm({ bookingId, initialState }: { bookingId: number; initialState: FormState }) {
  return (
    <GovForm schema={() => import("@/lib/booking/transfer-schema").then((m) => m.transferSchema)} action={transferBookingAction} initialState={initialState} order={["colleagueEmail"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" name="bookingId" value={bookingId} />
          <TextInput
            id="colleagueEmail"
            label="Your colleague's work email address"
            hint="They must work for the same organisation as you and have signed in to this service at least once."
            error={errors.colleagueEmail}
            input={{ ...register("colleagueEmail"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: String(values.colleagueEmail ?? "") }}
          />
          <Button>Send my colleague instead</Button>
        </>
      )}
    </GovForm>
  );
}
