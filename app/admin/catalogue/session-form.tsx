"use client";
import { answers } from "@/lib/catalogue-admin/form-answers";
import { SESSION_FIELD_ORDER } from "@/lib/catalogue-admin/labels";
import { DateInput } from "@/lib/ui/date-input";
import { Button, Checkboxes, Radios, Select, TextInput, Textarea } from "@/lib/ui/fields";
import type { FormState } from "@/lib/ui/form-state";
import { GovForm } from "@/lib/ui/govuk-form";
import { saveSessionAction } from "./actions";

export function SessionForm({
  initialState,
  opportunityId,
  sessionId,
  districts,
  trainers,
  placesTaken,
  submitLabel,
}: {
  initialState: FormState;
  opportunityId: number;
  sessionId?: number;
  districts: string[];
  trainers: { id: string; name: string | null; email: string }[];
  placesTaken: number;
  submitLabel: string;
}) {
  return (
    <GovForm schema={() => import("@/lib/catalogue-admin/session-schema").then((m) => m.sessionSchema)} action={saveSessionAction} initialState={initialState} order={SESSION_FIELD_ORDER}>
      {({ errors, register, values }) => {
        const { text: v, list } = answers(values);
        const chosen = list("trainerIds");
        return (
          <>
            <input type="hidden" name="opportunityId" value={opportunityId} />
            {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
            <DateInput id="date" legend="Date" hint="For example, 27 3 2027" error={errors.date} input={(part) => ({ ...register(part), defaultValue: v(part) })} />
            <TextInput id="startTime" label="Start time" labelSize="s" hint="UK time, for example 9:30 or 9:30am" width={5} error={errors.startTime} input={{ ...register("startTime"), defaultValue: v("startTime") }} />
            <TextInput id="endTime" label="End time" labelSize="s" hint="UK time, for example 16:30 or 4:30pm" width={5} error={errors.endTime} input={{ ...register("endTime"), defaultValue: v("endTime") }} />
            <Radios
              name="mode"
              legend="Where does it take place?"
              legendSize="s"
              error={errors.mode}
              choices={[
                { value: "venue", label: "At a venue", hint: "Answer the venue questions below." },
                { value: "online", label: "Online", hint: "Give the joining link below." },
              ]}
              input={(value) => ({ ...register("mode"), defaultChecked: v("mode") === value })}
            />
            <h2 className="govuk-heading-s">If at a venue</h2>
            <TextInput id="venueName" label="Venue name" labelSize="s" error={errors.venueName} input={{ ...register("venueName"), defaultValue: v("venueName") }} />
            <Textarea id="venueAddress" label="Venue address" labelSize="s" error={errors.venueAddress} input={{ ...register("venueAddress"), defaultValue: v("venueAddress"), rows: 3 }} />
            <Select
              id="district"
              label="District"
              labelSize="s"
              error={errors.district}
              options={[{ value: "", label: "Select a district" }, ...districts.map((d) => ({ value: d, label: d }))]}
              input={{ ...register("district"), defaultValue: v("district") }}
            />
            <h2 className="govuk-heading-s">If online</h2>
            <TextInput id="onlineUrl" label="Online joining link" labelSize="s" hint="Starts with https://" error={errors.onlineUrl} input={{ ...register("onlineUrl"), defaultValue: v("onlineUrl"), type: "url", spellCheck: false }} />
            <h2 className="govuk-heading-s">Places and trainers</h2>
            <TextInput
              id="capacity"
              label="Number of places"
              labelSize="s"
              hint={placesTaken ? `${placesTaken} places are already taken: the number cannot be lower.` : undefined}
              width={4}
              error={errors.capacity}
              input={{ ...register("capacity"), defaultValue: v("capacity"), inputMode: "numeric" }}
            />
            <Checkboxes
              name="trainerIds"
              legend="Trainers"
              legendSize="s"
              hint={trainers.length ? "Select all that apply." : "Nobody has the trainer role yet."}
              small
              error={errors.trainerIds}
              choices={trainers.map((t) => ({ value: t.id, label: t.name ? `${t.name} (${t.email})` : t.email }))}
              input={(value) => ({ ...register("trainerIds"), defaultChecked: chosen.includes(value) })}
            />
            <h2 className="govuk-heading-s">Multi-agency balance (optional)</h2>
            <p className="govuk-body">Stop one sector taking more than a share of the places until a number of days before the session.</p>
            <TextInput id="sectorCapPercent" label="Most places one sector may take, as a percentage" labelSize="s" hint="For example, 40. Leave empty for no cap." width={3} error={errors.sectorCapPercent} input={{ ...register("sectorCapPercent"), defaultValue: v("sectorCapPercent"), inputMode: "numeric" }} />
            <TextInput id="balanceUntilDays" label="Days before the session the cap lifts" labelSize="s" hint="For example, 14." width={3} error={errors.balanceUntilDays} input={{ ...register("balanceUntilDays"), defaultValue: v("balanceUntilDays"), inputMode: "numeric" }} />
            <h2 className="govuk-heading-s">Cancellation (optional)</h2>
            <TextInput
              id="cancelCutoffWorkingDays"
              label="Cancellation cut-off in working days"
              labelSize="s"
              hint="Leave empty to use the partnership's usual cut-off. Cancelling after it counts as late."
              width={3}
              error={errors.cancelCutoffWorkingDays}
              input={{ ...register("cancelCutoffWorkingDays"), defaultValue: v("cancelCutoffWorkingDays"), inputMode: "numeric" }}
            />
            <Button>{submitLabel}</Button>
          </>
        );
      }}
    </GovForm>
  );
}
