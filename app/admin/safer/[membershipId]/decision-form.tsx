"use client";
import { Button, Radios, Textarea } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { decideAction } from "./actions";

export function DecisionForm({ membershipId, fee }: { membershipId: number; fee: string }) {
  const initialState: FormState = { ok: false, errors: {}, values: { membershipId: String(membershipId) } };
  return (
    <GovForm schema={() => import("@/lib/membership/decision-schema").then((m) => m.decisionSchema)} action={decideAction} initialState={initialState} order={["decision", "reason"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" {...register("membershipId")} defaultValue={String(membershipId)} />
          <Radios
            name="decision"
            legend="Decision"
            error={errors.decision}
            choices={[
              { value: "approve", label: "Approve", hint: `Membership starts today and runs for 12 months. Fee: ${fee}.` },
              { value: "decline", label: "Decline", hint: "Give the reason below. The lead contact is emailed it." },
            ]}
            input={(v) => ({ ...register("decision"), defaultChecked: values.decision === v })}
          />
          <Textarea
            id="reason"
            label="Reason for declining"
            hint="Needed if you decline. The organisation's lead contact will see it."
            error={errors.reason}
            input={{ ...register("reason"), defaultValue: String(values.reason ?? "") }}
          />
          <Button>Save decision</Button>
        </>
      )}
    </GovForm>
  );
}
