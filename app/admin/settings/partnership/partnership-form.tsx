"use client";
import { MONTH_NAMES, PARTNERSHIP_FORM_ORDER } from "@/lib/partnership/labels";
import { Button, Select, Textarea, TextInput } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { SettingsFieldset } from "../fieldset";
import { savePartnershipDetailsAction } from "./actions";

export function PartnershipDetailsForm({ initialState }: { initialState: FormState }) {
  return (
    <GovForm schema={() => import("@/lib/partnership/details-schema").then((m) => m.partnershipDetailsSchema)} action={savePartnershipDetailsAction} initialState={initialState} order={PARTNERSHIP_FORM_ORDER}>
      {({ errors, register, values }) => {
        const v = (k: string) => String(values[k] ?? "");
        return (
          <>
            <SettingsFieldset legend="Names">
              <TextInput
                id="name"
                label="Partnership name"
                hint="Shown in the header and footer of every page and in emails, for example Norfolk Safeguarding Children Partnership."
                error={errors.name}
                input={{ ...register("name"), autoComplete: "organization", defaultValue: v("name") }}
              />
              <TextInput
                id="shortName"
                label="Short name"
                hint="Used in page titles, email subjects and certificate numbers, for example NSCP (pages are titled NSCP learning)."
                error={errors.shortName}
                width={10}
                input={{ ...register("shortName"), spellCheck: false, defaultValue: v("shortName") }}
              />
            </SettingsFieldset>
            <SettingsFieldset legend="Where people can get help">
              <Textarea
                id="helpContacts"
                label="Help contacts"
                hint="One a line: a name, a colon and a phone number, for example Childline: 0800 1111. Shown in the footer of every page and on the help page, in this order."
                error={errors.helpContacts}
                input={{ ...register("helpContacts"), rows: 5, spellCheck: false, defaultValue: v("helpContacts") }}
              />
            </SettingsFieldset>
            <SettingsFieldset legend="Area and reporting year">
              <Textarea
                id="districts"
                label="Districts"
                hint="One a line. Used for session venues, Safer organisations, the catalogue's district filter and reports. A district that sessions or organisations are in cannot be removed."
                error={errors.districts}
                input={{ ...register("districts"), rows: 8, spellCheck: false, defaultValue: v("districts") }}
              />
              <Select
                id="reportingYearStartMonth"
                label="Month the reporting year starts in"
                hint="Reports and the annual summary count each year from the first day of this month."
                error={errors.reportingYearStartMonth}
                options={MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }))}
                input={{ ...register("reportingYearStartMonth"), defaultValue: v("reportingYearStartMonth") }}
              />
            </SettingsFieldset>
            <Button>Save partnership details</Button>
          </>
        );
      }}
    </GovForm>
  );
}
