"use client";
import { answers } from "@/lib/catalogue-admin/form-answers";
import { Button, Textarea } from "@/lib/ui/fields";
import type { FormState } from "@/lib/ui/form-state";
import { GovForm } from "@/lib/ui/govuk-form";
import { cancelSessionAction } from "./actions";

export function CancelSessionForm({ initialState, sessionId, opportunityId }: { initialState: FormState; sessionId: number; opportunityId: number }) {
  return (
    <GovForm schema={() => import("@/lib/catalogue-admin/cancel-session-schema").then((m) => m.cancelSessionSchema)} action={cancelSessionAction} initialState={initialState} order={["reason"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="opportunityId" value={opportunityId} />
          <Textarea id="reason" label="Why is the session cancelled?" labelSize="s" hint="This is included in the email to everyone booked." error={errors.reason} input={{ ...register("reason"), defaultValue: answers(values).text("reason"), rows: 3 }} />
          <Button warning>Cancel the session</Button>
        </>
      )}
    </GovForm>
  );
}
