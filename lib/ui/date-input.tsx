// The GOV.UK date input: day, month and year boxes in one fieldset. The day box carries the field's id so
// the error summary's link lands on it. `input(part)` lets react-hook-form register each box.
import type { InputHTMLAttributes, ReactNode } from "react";

type Part = "day" | "month" | "year";

export function DateInput({
  id,
  legend,
  hint,
  error,
  names = { day: "day", month: "month", year: "year" },
  input,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  names?: Record<Part, string>;
  input?: (part: Part) => InputHTMLAttributes<HTMLInputElement>;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const parts: { part: Part; label: string; width: 2 | 4 }[] = [
    { part: "day", label: "Day", width: 2 },
    { part: "month", label: "Month", width: 2 },
    { part: "year", label: "Year", width: 4 },
  ];
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input">
          {parts.map(({ part, label, width }) => {
            const inputId = part === "day" ? id : `${id}-${part}`;
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? " govuk-input--error" : ""}`}
                    id={inputId}
                    name={names[part]}
                    type="text"
                    inputMode="numeric"
                    {...input?.(part)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
