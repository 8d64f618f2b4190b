"use client";
import { ADD_PERSON_FORM_ORDER, EDITABLE_ROLE_CHOICES } from "@/lib/people/labels";
import { Button, Checkboxes, TextInput } from "@/lib/ui/fields";
import { emptyFormState } from "@/lib/ui/form-state";
import { GovForm } from "@/lib/ui/govuk-form";
import { Link } from "@/lib/ui/link";
import { addPersonAction } from "../actions";

export function AddPersonForm() {
  return (
    <GovForm schema={() => import("@/lib/people/add-person-schema").then((m) => m.addPersonSchema)} action={addPersonAction} initialState={emptyFormState} order={ADD_PERSON_FORM_ORDER}>
      {({ errors, register, values }) => {
        const v = (k: string) => String(values[k] ?? "");
        const chosen = [values.roles ?? []].flat();
        return (
          <>
            <TextInput
              id="email"
              label="Work email address"
              labelSize="s"
              hint="They sign in with this address."
              error={errors.email}
              input={{ ...register("email"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: v("email") }}
            />
            {errors.email?.endsWith("already has this email address") && v("existingId") ? (
              <p className="govuk-body" id="existing-person">
                <Link className="govuk-link" href={`/admin/people/${encodeURIComponent(v("existingId"))}`}>
                  See {v("existingName")}&apos;s roles
                </Link>{" "}
                to change them instead.
              </p>
            ) : null}
            <TextInput id="name" label="Full name" labelSize="s" error={errors.name} input={{ ...register("name"), autoComplete: "off", spellCheck: false, defaultValue: v("name") }} />
            <Checkboxes
              name="roles"
              legend="Roles"
              legendSize="s"
              hint="Select all that apply. Everyone is a learner."
              error={errors.roles}
              choices={EDITABLE_ROLE_CHOICES}
              input={(value) => ({ ...register("roles"), defaultChecked: chosen.includes(value) })}
            />
            <Button>Add person</Button>
          </>
        );
      }}
    </GovForm>
  );
}
