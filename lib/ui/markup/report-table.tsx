/** @jsxImportSource preact */
import { toHtml } from "./render";

export type TableColumn<T> = { header: string; value: (row: T) => string | number };

/**
 * A report table: a caption, column headers, a row header (the label) then numbers. Its cells carry no classes
 * (`.app-report-table` in app/globals.scss gives them the GOV.UK table styles), so large tables stay small.
 */
export function reportTableHtml<T extends { key: string; label: string }>({ caption, first, columns, rows }: { caption: string; first: string; columns: readonly TableColumn<T>[]; rows: readonly T[] }): string {
  return toHtml(
    <table class="govuk-table app-report-table">
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {columns.map((c) => (
            <th scope="col">{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            {columns.map((c) => (
              <td>{c.value(r)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>,
  );
}
