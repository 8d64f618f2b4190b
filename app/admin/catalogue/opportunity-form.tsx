"use client";
import { DURATIONS, DURATION_NAMES, OPPORTUNITY_FIELD_ORDER, OPPORTUNITY_SETTINGS, OPPORTUNITY_SETTING_NAMES, OPPORTUNITY_TYPES, OPPORTUNITY_TYPE_NAMES } from "@/lib/catalogue-admin/labels";
import { answers } from "@/lib/catalogue-admin/form-answers";
import { Button, Checkboxes, Radios, Select, TextInput, Textarea } from "@/lib/ui/fields";
import type { FormState } from "@/lib/ui/form-state";
import { GovForm } from "@/lib/ui/govuk-form";
import { saveOpportunityAction } from "./actions";

export function OpportunityForm({
  initialState,
  opportunityId,
  prerequisiteChoices,
  submitLabel,
}: {
  initialState: FormState;
  opportunityId?: number;
  prerequisiteChoices: { id: number; title: string }[];
  submitLabel: string;
}) {
  return (
    <GovForm schema={() => import("@/lib/catalogue-admin/opportunity-schema").then((m) => m.opportunitySchema)} action={saveOpportunityAction} initialState={initialState} order={OPPORTUNITY_FIELD_ORDER}>
      {({ errors, register, values }) => {
        const { text: v, list } = answers(values);
        const prereqs = list("prerequisiteOpportunityIds");
        return (
          <>
            {opportunityId ? <input type="hidden" name="opportunityId" value={opportunityId} /> : null}
            <TextInput id="title" label="Title" labelSize="s" hint="The web address is made from the title when the opportunity is added." error={errors.title} input={{ ...register("title"), defaultValue: v("title") }} />
            <Select
              id="type"
              label="Type"
              labelSize="s"
              error={errors.type}
              options={[{ value: "", label: "Select a type" }, ...OPPORTUNITY_TYPES.map((t) => ({ value: t, label: OPPORTUNITY_TYPE_NAMES[t] }))]}
              input={{ ...register("type"), defaultValue: v("type") }}
            />
            <TextInput id="topic" label="Topic or priority" labelSize="s" hint="For example, Neglect, Exploitation or Protecting Babies." error={errors.topic} input={{ ...register("topic"), defaultValue: v("topic") }} />
            <TextInput id="level" label="Level" labelSize="s" hint="For example, Universal, Targeted or Specialist." error={errors.level} input={{ ...register("level"), defaultValue: v("level") }} width={20} />
            <TextInput id="audience" label="Who it is for" labelSize="s" error={errors.audience} input={{ ...register("audience"), defaultValue: v("audience") }} />
            <TextInput id="summary" label="Summary" labelSize="s" hint="One or two sentences shown in the catalogue list." error={errors.summary} input={{ ...register("summary"), defaultValue: v("summary") }} />
            <Textarea id="description" label="Description" labelSize="s" error={errors.description} input={{ ...register("description"), defaultValue: v("description"), rows: 6 }} />
            <Textarea id="outcomes" label="Learning outcomes" labelSize="s" hint="Write one learning outcome on each line." error={errors.outcomes} input={{ ...register("outcomes"), defaultValue: v("outcomes"), rows: 5 }} />
            <Textarea id="prerequisites" label="Prerequisites (optional)" labelSize="s" hint="What people need to have done or know before they book." error={errors.prerequisites} input={{ ...register("prerequisites"), defaultValue: v("prerequisites"), rows: 3 }} />
            <details className="govuk-details" open={prereqs.length > 0 || Boolean(errors.prerequisiteOpportunityIds)}>
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Opportunities people must complete first ({prereqs.length} chosen)</span>
              </summary>
              <div className="govuk-details__text">
                <Checkboxes
                  name="prerequisiteOpportunityIds"
                  legend="Prerequisite opportunities (optional)"
                  legendSize="s"
                  small
                  error={errors.prerequisiteOpportunityIds}
                  choices={prerequisiteChoices.map((c) => ({ value: String(c.id), label: c.title }))}
                  input={(value) => ({ ...register("prerequisiteOpportunityIds"), defaultChecked: prereqs.includes(value) })}
                />
              </div>
            </details>
            <Radios
              name="duration"
              legend="How long it lasts"
              legendSize="s"
              hint="Sets the charge for a missed place."
              error={errors.duration}
              choices={DURATIONS.map((d) => ({ value: d, label: DURATION_NAMES[d] }))}
              input={(value) => ({ ...register("duration"), defaultChecked: v("duration") === value })}
            />
            <Checkboxes
              name="settings"
              legend="Settings"
              legendSize="s"
              hint="Select all that apply."
              error={errors.settings}
              choices={OPPORTUNITY_SETTINGS.map((s) => ({ value: s, label: OPPORTUNITY_SETTING_NAMES[s] }))}
              input={(value) => ({ ...register("settings"), defaultChecked: list("settings").includes(value) })}
            />
            <Button>{submitLabel}</Button>
          </>
        );
      }}
    </GovForm>
  );
}
