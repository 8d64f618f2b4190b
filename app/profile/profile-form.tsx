"use client";
import { Button, Select, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { saveProfileAction } from "./actions";

export function ProfileForm({ initialState, agencies, returnTo }: { initialState: FormState; agencies: { id: number; name: string }[]; returnTo: string }) {
  const v = (k: string) => String(initialState.values[k] ?? "");
  return (
    <GovForm schema={() => import("@/lib/people/profile-schema").then((m) => m.profileSchema)} action={saveProfileAction} initialState={initialState} order={["name", "jobTitle", "agencyId", "lineManagerEmail"]}>
      {({ errors, register }) => (
        <>
          <TextInput id="name" label="Full name" error={errors.name} input={{ ...register("name"), autoComplete: "name", spellCheck: false, defaultValue: v("name") }} />
          <TextInput id="jobTitle" label="Job title" error={errors.jobTitle} input={{ ...register("jobTitle"), autoComplete: "organization-title", defaultValue: v("jobTitle") }} />
          <Select
            id="agencyId"
            label="Organisation"
            hint="The organisation you work or volunteer for. Charges for missed places are invoiced to it."
            error={errors.agencyId}
            options={[{ value: "", label: "Select your organisation" }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
            input={{ ...register("agencyId"), defaultValue: v("agencyId") }}
          />
          <TextInput
            id="lineManagerEmail"
            label="Your line manager's email address"
            hint="We ask your manager to approve some bookings and tell them if you miss a course."
            error={errors.lineManagerEmail}
            input={{ ...register("lineManagerEmail"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: v("lineManagerEmail") }}
          />
          <input type="hidden" name="returnTo" value={returnTo} />
          <Button>Save and continue</Button>
        </>
      )}
    </GovForm>
  );
}
