"use client";
import { APPLY_FIELD_ORDER, ORGANISATION_TYPES } from "@/lib/membership/labels";
import { Button, Radios, Select, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { applyAction } from "./actions";

export function ApplyForm({ initialState, districts, bands }: { initialState: FormState; districts: string[]; bands: { band: string; fee: string }[] }) {
  return (
    <GovForm schema={() => import("@/lib/membership/apply-schema").then((m) => m.applySchema)} action={applyAction} initialState={initialState} order={APPLY_FIELD_ORDER}>
      {({ errors, register, values }) => {
        const v = (k: string) => String(values[k] ?? "");
        return (
          <>
            <h2 className="govuk-heading-m">Your organisation</h2>
            <TextInput id="name" label="Organisation name" error={errors.name} input={{ ...register("name"), autoComplete: "organization", defaultValue: v("name") }} />
            <TextInput
              id="charityNumber"
              label="Registered charity number (optional)"
              hint="6 to 8 digits, like 1234567. Leave this empty if your group is not a registered charity."
              width={10}
              error={errors.charityNumber}
              input={{ ...register("charityNumber"), inputMode: "numeric", spellCheck: false, defaultValue: v("charityNumber") }}
            />
            <TextInput
              id="companyNumber"
              label="Company number (optional)"
              hint="8 characters, like 01234567 or SC123456. Leave this empty if your group is not a company."
              width={10}
              error={errors.companyNumber}
              input={{ ...register("companyNumber"), spellCheck: false, defaultValue: v("companyNumber") }}
            />
            <Radios
              name="orgType"
              legend="Type of organisation"
              error={errors.orgType}
              choices={ORGANISATION_TYPES.map((t) => ({ value: t, label: t }))}
              input={(val) => ({ ...register("orgType"), defaultChecked: v("orgType") === val })}
            />
            <Select
              id="district"
              label="District"
              hint="The district your organisation is based in"
              error={errors.district}
              options={[{ value: "", label: "Select a district" }, ...districts.map((d) => ({ value: d, label: d }))]}
              input={{ ...register("district"), defaultValue: v("district") }}
            />
            <Radios
              name="sizeBand"
              legend="How many staff and volunteers does your organisation have?"
              hint="The yearly membership fee depends on the size of your organisation."
              error={errors.sizeBand}
              choices={bands.map((b) => ({ value: b.band, label: b.band, hint: `Fee: ${b.fee}` }))}
              input={(val) => ({ ...register("sizeBand"), defaultChecked: v("sizeBand") === val })}
            />
            <h2 className="govuk-heading-m">Your safeguarding lead</h2>
            <TextInput id="leadName" label="Full name" error={errors.leadName} input={{ ...register("leadName"), autoComplete: "off", spellCheck: false, defaultValue: v("leadName") }} />
            <TextInput
              id="leadEmail"
              label="Email address"
              error={errors.leadEmail}
              input={{ ...register("leadEmail"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: v("leadEmail") }}
            />
            <TextInput
              id="leadPhone"
              label="Telephone number"
              width={20}
              error={errors.leadPhone}
              input={{ ...register("leadPhone"), type: "tel", autoComplete: "off", defaultValue: v("leadPhone") }}
            />
            <Button>Send application</Button>
          </>
        );
      }}
    </GovForm>
  );
}
