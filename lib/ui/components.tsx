// GOV.UK Frontend markup as React components (server-safe: no hooks).
import { Link } from "@/lib/ui/link";
import type { ReactNode } from "react";

export type FieldErrors = Partial<Record<string, string>>;

export function ErrorSummary({ errors, order }: { errors: FieldErrors; order?: string[] }) {
  const keys = (order ?? Object.keys(errors)).filter((k) => errors[k]);
  if (!keys.length) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} id="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {keys.map((k) => (
              <li key={k}>
                <a href={`#${k}`}>{errors[k]}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}

export function NotificationBanner({ title = "Important", success, children }: { title?: string; success?: boolean; children: ReactNode }) {
  return (
    <div
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby="notification-banner-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

export function SummaryList({ rows }: { rows: { key: string; value: ReactNode; action?: { href: string; label: string; hidden: string } }[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((r) => (
        <div className="govuk-summary-list__row" key={r.key}>
          <dt className="govuk-summary-list__key">{r.key}</dt>
          <dd className="govuk-summary-list__value">{r.value}</dd>
          {r.action ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={r.action.href}>
                {r.action.label}
                <span className="govuk-visually-hidden"> {r.action.hidden}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export function SummaryCard({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions ? <div className="govuk-summary-card__actions">{actions}</div> : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

export function Tag({ children, colour }: { children: ReactNode; colour?: "grey" | "green" | "blue" | "red" | "yellow" | "orange" | "purple" | "turquoise" | "pink" }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}

export type Column<T> = { header: string; cell: (row: T) => ReactNode; numeric?: boolean };

/**
 * A GOV.UK table. Make its columns fit a 390px phone first (fewer columns, a second line under the row's main
 * cell: `CellWithDetail`). `small` is GOV.UK's 16px text on phones for tables with a lot of data. `scroll` is only
 * for genuinely wide data tables (business-unit lists): small text, and on narrow screens the table scrolls
 * sideways inside its own region, focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function Table<T>({ caption, columns, rows, rowKey, captionSize = "m", small, scroll }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string | number; captionSize?: "s" | "m" | "l"; small?: boolean; scroll?: boolean }) {
  const table = (
    <table className={`govuk-table${small || scroll ? " govuk-table--small-text-until-tablet" : ""}`}>
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c) => (
            <th key={c.header} scope="col" className={`govuk-table__header${c.numeric ? " govuk-table__header--numeric" : ""}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={rowKey(r)}>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.header} scope="row" className={`govuk-table__header${c.numeric ? " govuk-table__header--numeric" : ""}`}>
                  {c.cell(r)}
                </th>
              ) : (
                <td key={c.header} className={`govuk-table__cell${c.numeric ? " govuk-table__cell--numeric" : ""}`}>
                  {c.cell(r)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? (
    <div className="app-scroll-x" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  ) : (
    table
  );
}

/** A table cell's main text with a second line under it in smaller, regular type (a course and its date). */
export function CellWithDetail({ main, detail }: { main: ReactNode; detail: ReactNode }) {
  return (
    <>
      {main}
      <br />
      <span className="govuk-body-s">{detail}</span>
    </>
  );
}

export function BackLink({ href, children = "Back" }: { href: string; children?: ReactNode }) {
  return (
    <Link href={href} className="govuk-back-link">
      {children}
    </Link>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

export function PageHeading({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <h1 className="govuk-heading-l">
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      {children}
    </h1>
  );
}
