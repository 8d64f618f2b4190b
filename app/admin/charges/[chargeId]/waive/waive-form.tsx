"use client";
import { Button, Textarea } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { waiveChargeAction } from "./actions";

export function WaiveForm({ chargeId }: { chargeId: number }) {
  return (
    <GovForm schema={() => import("@/lib/charges/waive-schema").then((m) => m.waiveChargeSchema)} action={waiveChargeAction} initialState={{ ok: false, errors: {}, values: {} } as FormState} order={["reason"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" name="chargeId" value={chargeId} />
          <Textarea
            id="reason"
            label="Why is the charge being waived?"
            labelSize="m"
            hint="The extenuating circumstances, for example illness or a child protection emergency. This is kept in the audit trail."
            error={errors.reason}
            input={{ ...register("reason"), defaultValue: String(values.reason ?? "") }}
          />
          <Button>Waive charge</Button>
        </>
      )}
    </GovForm>
  );
}
