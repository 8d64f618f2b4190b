// GOV.UK pagination: previous and next links around "Page n of m". `href(n)` builds the address of page n.
import { Link } from "@/lib/ui/link";

export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (n: number) => string; label: string }) {
  if (pages <= 1) return null;
  const link = (n: number, rel: "prev" | "next", text: string) => (
    <div className={`govuk-pagination__${rel}`}>
      <Link className="govuk-link govuk-pagination__link" href={href(n)} rel={rel}>
        <span className="govuk-pagination__link-title">
          {text}
          <span className="govuk-visually-hidden"> page</span>
        </span>
      </Link>
    </div>
  );
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 ? link(page - 1, "prev", "Previous") : null}
      <p className="govuk-body govuk-!-margin-0 govuk-!-margin-left-3 govuk-!-margin-right-3">
        Page {page} of {pages}
      </p>
      {page < pages ? link(page + 1, "next", "Next") : null}
    </nav>
  );
}
