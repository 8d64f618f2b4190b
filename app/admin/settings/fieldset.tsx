import type { ReactNode } from "react";

/** A group of related settings under a GOV.UK fieldset whose legend is the group's heading. */
export function SettingsFieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{legend}</h2>
      </legend>
      {children}
    </fieldset>
  );
}
