import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { OPPORTUNITY_TYPES, OPPORTUNITY_TYPE_NAMES, listOpportunitiesForAdmin, type OpportunityType } from "@/lib/catalogue-admin";
import { BackLink, Table, Tag } from "@/lib/ui/components";
import { Select } from "@/lib/ui/fields";

export const metadata: Metadata = { title: "Catalogue" };

type Search = { q?: string; type?: string; page?: string };

function pageHref(s: Search, page: number) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  if (s.type) p.set("type", s.type);
  if (page > 1) p.set("page", String(page));
  const qs = p.toString();
  return `/admin/catalogue${qs ? `?${qs}` : ""}`;
}

export default async function AdminCataloguePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/catalogue" });
  const s = await searchParams;
  const q = typeof s.q === "string" ? s.q.slice(0, 200) : "";
  const type = (OPPORTUNITY_TYPES as readonly string[]).includes(s.type ?? "") ? (s.type as OpportunityType) : "";
  const { items, total, page, pages } = await listOpportunitiesForAdmin(actor, { q, type, page: Number(s.page) || 1 });
  const current = { q, type };
  return (
    <>
      <BackLink href="/admin">Business unit</BackLink>
      <h1 className="govuk-heading-l">Catalogue</h1>
      <Link href="/admin/catalogue/opportunities/new" className="govuk-button" role="button" draggable={false} data-module="govuk-button">
        Add an opportunity
      </Link>
      <form method="get" action="/admin/catalogue" className="app-filter">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="q">
                Search by title
              </label>
              <input className="govuk-input" id="q" name="q" type="search" defaultValue={q} />
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="type"
              label="Type"
              labelSize="s"
              options={[{ value: "", label: "All types" }, ...OPPORTUNITY_TYPES.map((t) => ({ value: t, label: OPPORTUNITY_TYPE_NAMES[t] }))]}
              input={{ defaultValue: type }}
            />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </form>
      <Table
        scroll
        caption={`${total} ${total === 1 ? "opportunity" : "opportunities"}${q || type ? " found" : ""}`}
        rowKey={(o) => o.id}
        rows={items}
        columns={[
          {
            header: "Title",
            cell: (o) => (
              <Link className="govuk-link" href={`/admin/catalogue/opportunities/${o.id}`}>
                {o.title}
              </Link>
            ),
          },
          { header: "Type", cell: (o) => OPPORTUNITY_TYPE_NAMES[o.type] },
          { header: "Topic", cell: (o) => o.topic },
          { header: "Upcoming sessions", numeric: true, cell: (o) => o.upcomingSessions },
          { header: "Status", cell: (o) => (o.published ? <Tag colour="green">Published</Tag> : <Tag colour="grey">Not published</Tag>) },
        ]}
      />
      {pages > 1 ? (
        <nav className="govuk-pagination" aria-label="Pages of opportunities">
          {page > 1 ? (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" href={pageHref(current, page - 1)} rel="prev">
                <span className="govuk-pagination__link-title">Previous<span className="govuk-visually-hidden"> page</span></span>
              </Link>
            </div>
          ) : null}
          <ul className="govuk-pagination__list">
            {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li key={n} className={`govuk-pagination__item${n === page ? " govuk-pagination__item--current" : ""}`}>
                <Link className="govuk-link govuk-pagination__link" href={pageHref(current, n)} aria-label={`Page ${n}`} aria-current={n === page ? "page" : undefined}>
                  {n}
                </Link>
              </li>
            ))}
          </ul>
          {page < pages ? (
            <div className="govuk-pagination__next">
              <Link className="govuk-link govuk-pagination__link" href={pageHref(current, page + 1)} rel="next">
                <span className="govuk-pagination__link-title">Next<span className="govuk-visually-hidden"> page</span></span>
              </Link>
            </div>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
