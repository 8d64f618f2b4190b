"use client";
import { Button, Radios, Select, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { addOrganisationAction, changeOrganisationAction } from "./actions";

type Choice = { value: string; label: string };

/** Add an organisation, or change one (`agencyId`). The sector labels come from the page, so zod stays out of it. */
export function OrganisationForm({
  initialState,
  agencyId,
  sectors,
  districts,
  submitLabel,
}: {
  initialState: FormState;
  agencyId?: number;
  sectors: Choice[];
  districts: string[];
  submitLabel: string;
}) {
  return (
    <GovForm
      schema={() => import("@/lib/partnership/agency-schema").then((m) => m.agencySchema)}
      action={agencyId ? changeOrganisationAction : addOrganisationAction}
      initialState={initialState}
      order={["name", "sector", "district"]}
    >
      {({ errors, register, values }) => {
        const v = (k: string) => String(values[k] ?? "");
        return (
          <>
            {agencyId ? <input type="hidden" name="agencyId" value={agencyId} /> : null}
            <TextInput
              id="name"
              label="Name"
              labelSize="s"
              hint="As people will look for it on their profile, for example Norfolk Constabulary."
              error={errors.name}
              input={{ ...register("name"), autoComplete: "off", defaultValue: v("name") }}
            />
            <Radios
              name="sector"
              legend="Sector"
              legendSize="s"
              hint="Reports group attendance and no-shows by sector, and some sessions limit the share of places one sector can hold."
              error={errors.sector}
              choices={sectors}
              input={(value) => ({ ...register("sector"), defaultChecked: v("sector") === value })}
            />
            <Select
              id="district"
              label="District"
              labelSize="s"
              hint="Where the organisation is based. Choose No district for one that works across the whole area."
              error={errors.district}
              options={[{ value: "", label: "No district" }, ...districts.map((d) => ({ value: d, label: d }))]}
              input={{ ...register("district"), defaultValue: v("district") }}
            />
            <Button>{submitLabel}</Button>
          </>
        );
      }}
    </GovForm>
  );
}
