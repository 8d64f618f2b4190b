import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          This service is built with the GOV.UK Design System and aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every
          page is checked automatically with axe as part of our tests, and works without JavaScript.
        </p>
        <p className="govuk-body">If you find a problem, or need information in a different format, contact the business unit.</p>
      </div>
    </div>
  );
}
