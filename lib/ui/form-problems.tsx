"use client";
// The GOV.UK error summary above a form, shared by GovForm (fields checked in the browser and on the server) and
// ActionForm (nothing to fill in), with GOV.UK's focus behaviour.
import { useEffect, useRef } from "react";
import { ErrorSummary } from "./components";
import type { FieldErrors, FormState } from "./form-state";

/**
 * The summary above a form: field errors as links, or the action's message when it refused the whole form.
 * Focus moves to it when a submission ends with problems (checked in the browser: `submissions` counts them;
 * by the server: `result` is a new state), never while the person is correcting a field.
 */
export function FormProblems({
  errors,
  message,
  order,
  submissions = 0,
  result,
}: {
  errors: FieldErrors;
  message?: string;
  order?: string[];
  submissions?: number;
  result: FormState;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasProblems = Object.keys(errors).length > 0 || !!message;
  useEffect(() => {
    if (hasProblems) ref.current?.querySelector<HTMLElement>("#error-summary")?.focus();
    // Only when a submission ends: what is shown may change as the person types, and focus must not jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submissions, result]);
  return (
    <div ref={ref}>
      <ErrorSummary errors={errors} order={order} />
      {message && !Object.keys(errors).length ? (
        <div className="govuk-error-summary" tabIndex={-1} id="error-summary">
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{message}</p>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
