import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { getPartnership } from "@/lib/partnership";

export const metadata: Metadata = { title: "Accessibility statement" };

// Follows the GOV.UK model accessibility statement (the sections public sector websites are required to publish).
export default async function AccessibilityPage() {
  const p = await getPartnership();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          This statement applies to the {p.name} learning service: finding and booking training, registers, evaluations, certificates and the Safer
          programme.
        </p>
        <p className="govuk-body">We want as many people as possible to be able to use this service. For example, you should be able to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate the whole service using just a keyboard or speech recognition software</li>
          <li>listen to the service using a screen reader</li>
          <li>use the service without JavaScript</li>
        </ul>

        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">
          The service is built with the GOV.UK Design System. Every page in our automated journeys is checked with axe against the Web Content
          Accessibility Guidelines (WCAG) 2.2 level AA on each change, and the main journeys are checked on phone-sized screens and without JavaScript.
        </p>
        <p className="govuk-body">We know some parts are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>policy templates in the Safer library are documents uploaded by the business unit, and some may not be accessible</li>
          <li>certificates are PDF files, which some assistive technology reads less well than web pages</li>
        </ul>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you find a problem, or need information in a different format such as large print, easy read or audio, contact the {p.name} business unit (
          <Link className="govuk-link" href="/help">
            help and contacts
          </Link>
          ). We will consider your request and get back to you within 10 working days. If you need adjustments to attend a training session, tell us
          when you book: every booking asks about access needs.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to your complaint,
          contact the Equality Advisory and Support Service (EASS).
        </p>

        <h2 className="govuk-heading-m">Compliance status</h2>
        <p className="govuk-body">
          This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the documents listed above.
        </p>

        <h2 className="govuk-heading-m">Preparation of this statement</h2>
        <p className="govuk-body">
          This statement was prepared on 2 December 2026. The service is tested automatically on every change, and by hand with a keyboard, at phone
          size and without JavaScript.
        </p>
      </div>
    </div>
  );
}
