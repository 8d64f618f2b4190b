"use client";
import { Button, Textarea } from "@/lib/ui/fields";
import { GovForm } from "@/lib/ui/govuk-form";
import type { FormState } from "@/lib/ui/form-state";
import { recordReviewAction } from "./actions";

const PARTS = [
  { key: "day", label: "Day", width: 2 },
  { key: "month", label: "Month", width: 2 },
  { key: "year", label: "Year", width: 4 },
] as const;

export function ReviewForm({ resourceId, title }: { resourceId: number; title: string }) {
  const initialState: FormState = { ok: false, errors: {}, values: { resourceId: String(resourceId) } };
  return (
    <GovForm schema={() => import("@/lib/resources/resource-schema").then((m) => m.reviewSchema)} action={recordReviewAction} initialState={initialState} order={["reviewedOn", "notes"]}>
      {({ errors, register, values }) => (
        <>
          <input type="hidden" {...register("resourceId")} defaultValue={String(resourceId)} />
          {/* GOV.UK date input */}
          <div className={`govuk-form-group${errors.reviewedOn ? " govuk-form-group--error" : ""}`} id="reviewedOn">
            <fieldset className="govuk-fieldset" role="group" aria-describedby={`reviewedOn-hint${errors.reviewedOn ? " reviewedOn-error" : ""}`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">When did you last review your {title.toLowerCase()}?</legend>
              <div id="reviewedOn-hint" className="govuk-hint">
                The day you checked your own policy against the current template, for example 27 3 2026
              </div>
              {errors.reviewedOn ? (
                <p id="reviewedOn-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.reviewedOn}
                </p>
              ) : null}
              <div className="govuk-date-input">
                {PARTS.map((p) => {
                  const name = `reviewedOn-${p.key}`;
                  return (
                    <div className="govuk-date-input__item" key={p.key}>
                      <div className="govuk-form-group">
                        <label className="govuk-label govuk-date-input__label" htmlFor={name}>
                          {p.label}
                        </label>
                        <input
                          className={`govuk-input govuk-date-input__input govuk-input--width-${p.width}${errors.reviewedOn ? " govuk-input--error" : ""}`}
                          id={name}
                          type="text"
                          inputMode="numeric"
                          {...register(name)}
                          defaultValue={String(values[name] ?? "")}
                        />
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
          <Textarea
            id="notes"
            label="Notes (optional)"
            hint="For example, what you changed in your policy and who approved it"
            error={errors.notes}
            input={{ ...register("notes"), defaultValue: String(values.notes ?? "") }}
          />
          <Button>Record review</Button>
        </>
      )}
    </GovForm>
  );
}
