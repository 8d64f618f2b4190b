"use client";
import { Button, Select, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { addWalkInAction } from "../actions";

export function WalkInForm({ sessionId, agencies }: { sessionId: number; agencies: { id: number; name: string }[] }) {
  return (
    <GovForm schema={() => import("@/lib/attendance/walk-in-schema").then((m) => m.walkInSchema)} action={addWalkInAction} initialState={{ ok: false, errors: {}, values: {} } as FormState} order={["email", "name", "agencyId"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" name="sessionId" value={sessionId} />
          <TextInput
            id="email"
            label="Work email address"
            error={errors.email}
            input={{ ...register("email"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: String(values.email ?? "") }}
          />
          <h2 className="govuk-heading-s">If we do not know them yet</h2>
          <p className="govuk-body">Give their name and organisation so we can create their account.</p>
          <TextInput id="name" label="Full name" error={errors.name} input={{ ...register("name"), autoComplete: "off", spellCheck: false, defaultValue: String(values.name ?? "") }} />
          <Select
            id="agencyId"
            label="Organisation"
            error={errors.agencyId}
            options={[{ value: "", label: "Select their organisation" }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
            input={{ ...register("agencyId"), defaultValue: String(values.agencyId ?? "") }}
          />
          <Button>Add walk-in</Button>
        </>
      )}
    </GovForm>
  );
}
