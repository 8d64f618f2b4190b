import type { Metadata } from "next";
import { getPartnership } from "@/lib/partnership";

export const metadata: Metadata = { title: "Help and contacts" };

export default async function HelpPage() {
  const p = await getPartnership();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Help and contacts</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If a child is in immediate danger, call 999.
          </strong>
        </div>
        <ul className="govuk-list">
          {p.helpContacts.map((c) => (
            <li key={c.label}>
              <strong>{c.label}</strong>: <a className="govuk-link" href={`tel:${c.number.replace(/\s/g, "")}`}>{c.number}</a>
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">Questions about training or bookings</h2>
        <p className="govuk-body">Contact the {p.name} business unit.</p>
      </div>
    </div>
  );
}
