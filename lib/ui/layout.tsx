import { Link } from "@/lib/ui/link";
import type { ReactNode } from "react";

type NavItem = { href: string; label: string };

/** GOV.UK Frontend's generic (unbranded) header with the partnership's name and service navigation. */
export function Header({ serviceName, partnershipName, nav, signedIn }: { serviceName: string; partnershipName: string; nav: NavItem[]; signedIn: ReactNode }) {
  return (
    <>
      <header>
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link href="/" className="govuk-generic-header__homepage-link">
                {partnershipName}
              </Link>
            </div>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link href="/" className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {nav.map((n) => (
                  <li key={n.href} className="govuk-service-navigation__item">
                    <Link className="govuk-service-navigation__link" href={n.href}>
                      {n.label}
                    </Link>
                  </li>
                ))}
                <li className="govuk-service-navigation__item">{signedIn}</li>
              </ul>
            </nav>
          </div>
        </div>
      </section>
    </>
  );
}

export function Footer({ partnershipName, helpContacts }: { partnershipName: string; helpContacts: { label: string; number: string }[] }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-heading-s">If you are worried about a child</h2>
            <ul className="govuk-footer__list">
              {helpContacts.map((c) => (
                <li key={c.label} className="govuk-footer__list-item">
                  {c.label}: <a className="govuk-footer__link" href={`tel:${c.number.replace(/\s/g, "")}`}>{c.number}</a>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s">
              If a child is in immediate danger, call 999. <Link className="govuk-footer__link" href="/help">Help and contacts</Link> ·{" "}
              <Link className="govuk-footer__link" href="/accessibility">Accessibility statement</Link>
            </p>
            <p className="govuk-body-s">© {partnershipName}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
