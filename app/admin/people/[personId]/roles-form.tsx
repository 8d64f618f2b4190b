"use client";
import { EDITABLE_ROLE_CHOICES, PERSON_ROLES_FORM_ORDER } from "@/lib/people/labels";
import { Button, Checkboxes } from "@/lib/ui/fields";
import type { FormState } from "@/lib/ui/form-state";
import { GovForm } from "@/lib/ui/govuk-form";
import { savePersonRolesAction } from "../actions";

export function PersonRolesForm({
  personId,
  name,
  saferContact,
  hasTrainerSessions,
  initialState,
}: {
  personId: string;
  name: string;
  saferContact: boolean;
  hasTrainerSessions: boolean;
  initialState: FormState;
}) {
  return (
    <GovForm schema={() => import("@/lib/people/roles-schema").then((m) => m.personRolesSchema)} action={savePersonRolesAction} initialState={initialState} order={PERSON_ROLES_FORM_ORDER}>
      {({ errors, register, values }) => {
        const list = (k: string) => [values[k] ?? []].flat();
        const chosen = list("roles");
        // Asked only once the server has said the person trains sessions still to come (or when it is sent back).
        const askToConfirm = hasTrainerSessions && (Boolean(errors.confirmTrainerRemoval) || list("confirmTrainerRemoval").includes("yes"));
        return (
          <>
            <input type="hidden" name="personId" value={personId} />
            <Checkboxes
              name="roles"
              legend={`${name}'s roles`}
              hint={
                <>
                  Select all that apply. Everyone is a learner and keeps that role.
                  {saferContact ? " They are also a Safer organisation contact: that is managed through Safer memberships, not here." : ""}
                </>
              }
              error={errors.roles}
              choices={EDITABLE_ROLE_CHOICES}
              input={(value) => ({ ...register("roles"), defaultChecked: chosen.includes(value) })}
            />
            {askToConfirm ? (
              <Checkboxes
                name="confirmTrainerRemoval"
                legend="Removing the trainer role"
                legendSize="s"
                error={errors.confirmTrainerRemoval}
                choices={[{ value: "yes", label: `Remove the trainer role anyway: ${name} stays listed on the sessions above until I choose another trainer` }]}
                input={() => ({ ...register("confirmTrainerRemoval"), defaultChecked: list("confirmTrainerRemoval").includes("yes") })}
              />
            ) : null}
            <Button>Save roles</Button>
          </>
        );
      }}
    </GovForm>
  );
}
