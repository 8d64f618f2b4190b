// GOV.UK form fields. `input` props are spread onto the control so react-hook-form's register() can be used;
// without JavaScript they are plain named inputs that post to the server action.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Base = { id: string; label: ReactNode; hint?: ReactNode; error?: string; labelAsHeading?: boolean; labelSize?: "s" | "m" | "l" };

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, labelAsHeading, labelSize }: Base) {
  const cls = `govuk-label${labelSize ? ` govuk-label--${labelSize}` : ""}`;
  const el = (
    <label className={cls} htmlFor={id}>
      {label}
    </label>
  );
  return labelAsHeading ? <h1 className="govuk-label-wrapper">{el}</h1> : el;
}

function HintAndError({ id, hint, error }: Base) {
  return (
    <>
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
    </>
  );
}

export function TextInput(props: Base & { input?: InputHTMLAttributes<HTMLInputElement>; width?: 10 | 20 | 30 | 5 | 4 | 3 | 2 }) {
  const { id, error, hint, input, width } = props;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <Label {...props} />
      <HintAndError {...props} />
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={id}
        type="text"
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}

export function Textarea(props: Base & { input?: TextareaHTMLAttributes<HTMLTextAreaElement> }) {
  const { id, error, hint, input } = props;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <Label {...props} />
      <HintAndError {...props} />
      <textarea
        className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={id}
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}

/**
 * A select. Server pages with long lists may pass `optionsHtml` (lib/ui/markup's optionsHtml, which marks the
 * selected option) instead of `options`: the list then goes out as one string rather than an element per option.
 */
export function Select(props: Base & ({ options: { value: string; label: string }[]; optionsHtml?: never } | { optionsHtml: string; options?: never }) & { input?: SelectHTMLAttributes<HTMLSelectElement> }) {
  const { id, error, hint, input, options, optionsHtml } = props;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <Label {...props} />
      <HintAndError {...props} />
      <select
        className={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
        {...(optionsHtml == null ? {} : { dangerouslySetInnerHTML: { __html: optionsHtml } })}
      >
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type Choice = { value: string; label: ReactNode; hint?: ReactNode };

export function Radios(props: {
  name: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  legendSize?: "s" | "m" | "l";
  hint?: ReactNode;
  error?: string;
  choices: Choice[];
  inline?: boolean;
  input?: (value: string) => InputHTMLAttributes<HTMLInputElement>;
}) {
  const { name, legend, hint, error, choices, inline, input, legendAsHeading, legendSize = "m" } = props;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`} id={name}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {legendAsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <HintAndError id={name} label="" hint={hint} error={error} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`} data-module="govuk-radios">
          {choices.map((c, i) => {
            const id = i === 0 ? `${name}-input` : `${name}-${i}`;
            return (
              <div className="govuk-radios__item" key={c.value}>
                <input className="govuk-radios__input" id={id} name={name} type="radio" value={c.value} {...input?.(c.value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {c.label}
                </label>
                {c.hint ? (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {c.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes(props: {
  name: string;
  legend: ReactNode;
  legendSize?: "s" | "m" | "l";
  hint?: ReactNode;
  error?: string;
  choices: Choice[];
  small?: boolean;
  input?: (value: string) => InputHTMLAttributes<HTMLInputElement>;
}) {
  const { name, legend, hint, error, choices, input, small, legendSize = "m" } = props;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`} id={name}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={name} label="" hint={hint} error={error} />
        <div className={`govuk-checkboxes${small ? " govuk-checkboxes--small" : ""}`} data-module="govuk-checkboxes">
          {choices.map((c, i) => {
            const id = i === 0 ? `${name}-input` : `${name}-${i}`;
            return (
              <div className="govuk-checkboxes__item" key={c.value}>
                <input className="govuk-checkboxes__input" id={id} name={name} type="checkbox" value={c.value} aria-describedby={c.hint ? `${id}-item-hint` : undefined} {...input?.(c.value)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {c.label}
                </label>
                {c.hint ? (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {c.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Button({ children, secondary, warning, name, value, type = "submit", id }: { children: ReactNode; secondary?: boolean; warning?: boolean; name?: string; value?: string; type?: "submit" | "button"; id?: string }) {
  return (
    <button
      type={type}
      id={id}
      name={name}
      value={value}
      className={`govuk-button${secondary ? " govuk-button--secondary" : ""}${warning ? " govuk-button--warning" : ""}`}
      data-module="govuk-button"
      data-prevent-double-click="true"
    >
      {children}
    </button>
  );
}
