import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { currentActor } from "@/lib/auth";
import { OPPORTUNITY_TYPE_LABELS, OPPORTUNITY_TYPES, catalogueFilterOptions, catalogueQueryProblems, catalogueQueryString, parseCatalogueQuery, searchCatalogue } from "@/lib/catalogue";
import { formatDate } from "@/lib/dates";
import { ErrorSummary, Tag } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Find training" };

type Option = { value: string; label: string };

function SelectFilter({ id, label, value, options, any }: { id: string; label: string; value?: string; options: Option[]; any: string }) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} name={id} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const plain = (values: string[]): Option[] => values.map((v) => ({ value: v, label: v }));

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const q = parseCatalogueQuery(params);
  const problems = catalogueQueryProblems(params);
  const raw = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const field = (id: string) => ({
    group: `govuk-form-group${problems[id] ? " govuk-form-group--error" : ""}`,
    input: problems[id] ? " govuk-input--error" : "",
    describedBy: problems[id] ? `${id}-error` : undefined,
    error: problems[id] ? (
      <p className="govuk-error-message" id={`${id}-error`}>
        <span className="govuk-visually-hidden">Error:</span> {problems[id]}
      </p>
    ) : null,
  });
  const actor = await currentActor();
  const [{ results, total, page, pages }, options] = await Promise.all([searchCatalogue(actor, q), catalogueFilterOptions(actor)]);
  const first = total === 0 ? 0 : (page - 1) * 10 + 1;
  const last = Math.min(total, page * 10);
  return (
    <>
      <ErrorSummary errors={problems} order={["q", "from", "to"]} />
      <h1 className="govuk-heading-l">Find training</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form method="get" action="/catalogue" role="search" aria-label="Training">
            <div className={field("q").group}>
              <label className="govuk-label govuk-label--s" htmlFor="q">
                Search by words
              </label>
              {field("q").error}
              <input
                className={`govuk-input${field("q").input}`}
                id="q"
                name="q"
                type="search"
                maxLength={100}
                aria-describedby={field("q").describedBy}
                defaultValue={problems.q ? raw("q") : (q.q ?? "")}
              />
            </div>
            <SelectFilter id="type" label="Type" value={q.type} any="Any type" options={OPPORTUNITY_TYPES.map((t) => ({ value: t, label: OPPORTUNITY_TYPE_LABELS[t] }))} />
            <SelectFilter id="topic" label="Topic or priority" value={q.topic} any="Any topic" options={plain(options.topics)} />
            <SelectFilter id="level" label="Level" value={q.level} any="Any level" options={plain(options.levels)} />
            <SelectFilter id="audience" label="Audience" value={q.audience} any="Any audience" options={plain(options.audiences)} />
            <div className={field("from").group}>
              <label className="govuk-label govuk-label--s" htmlFor="from">
                From date
              </label>
              {field("from").error}
              <input className={`govuk-input govuk-input--width-10${field("from").input}`} id="from" name="from" type="date" aria-describedby={field("from").describedBy} defaultValue={q.from ?? ""} />
            </div>
            <div className={field("to").group}>
              <label className="govuk-label govuk-label--s" htmlFor="to">
                To date
              </label>
              {field("to").error}
              <input className={`govuk-input govuk-input--width-10${field("to").input}`} id="to" name="to" type="date" aria-describedby={field("to").describedBy} defaultValue={problems.to ? raw("to") : (q.to ?? "")} />
            </div>
            <SelectFilter id="mode" label="Online or in person" value={q.mode} any="Either" options={[{ value: "online", label: "Online" }, { value: "venue", label: "At a venue" }]} />
            <SelectFilter id="district" label="District" value={q.district} any="Any district" options={plain(options.districts)} />
            <div className="govuk-form-group">
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="available" name="available" type="checkbox" value="yes" defaultChecked={q.available} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="available">
                    Only with places available
                  </label>
                </div>
              </div>
            </div>
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Apply filters
            </button>
            <p className="govuk-body">
              <Link className="govuk-link" href="/catalogue">
                Clear filters
              </Link>
            </p>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" id="results-heading">
            {total === 0 ? "No training matches your search" : `${total} ${total === 1 ? "opportunity" : "opportunities"} with upcoming dates`}
          </h2>
          {total > 0 ? (
            <p className="govuk-body-s">
              Showing {first} to {last} of {total}
            </p>
          ) : (
            <p className="govuk-body">Try fewer filters or different words.</p>
          )}
          <ul className="govuk-list" aria-labelledby="results-heading">
            {results.map((o) => (
              <li key={o.id} className="govuk-!-margin-bottom-6">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" href={`/catalogue/${o.slug}`}>
                    {o.title}
                  </Link>
                </h3>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  {OPPORTUNITY_TYPE_LABELS[o.type]} · {o.topic} · {o.level} · next date {formatDate(o.nextStart)} · {o.sessions}{" "}
                  {o.sessions === 1 ? "date" : "dates"}
                </p>
                <p className="govuk-body govuk-!-margin-bottom-1">{o.summary}</p>
                {o.placesLeft > 0 ? <Tag colour="green">{o.placesLeft} places left</Tag> : <Tag colour="grey">Full: waiting list</Tag>}{" "}
                {o.membersOnly ? <Tag colour="purple">Safer members only</Tag> : null}
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="govuk-pagination" aria-label="Results pages">
              {page > 1 ? (
                <div className="govuk-pagination__prev">
                  <Link className="govuk-link govuk-pagination__link" href={`/catalogue${catalogueQueryString(q, page - 1)}`} rel="prev">
                    <span className="govuk-pagination__link-title">
                      Previous<span className="govuk-visually-hidden"> page</span>
                    </span>
                  </Link>
                </div>
              ) : null}
              <ul className="govuk-pagination__list">
                {Array.from({ length: pages }, (_, i) => i + 1)
                  .filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 1)
                  .map((n, i, arr) => (
                    <PageItem key={n} n={n} current={n === page} href={`/catalogue${catalogueQueryString(q, n)}`} gapBefore={i > 0 && n - arr[i - 1] > 1} />
                  ))}
              </ul>
              {page < pages ? (
                <div className="govuk-pagination__next">
                  <Link className="govuk-link govuk-pagination__link" href={`/catalogue${catalogueQueryString(q, page + 1)}`} rel="next">
                    <span className="govuk-pagination__link-title">
                      Next<span className="govuk-visually-hidden"> page</span>
                    </span>
                  </Link>
                </div>
              ) : null}
            </nav>
          ) : null}
        </div>
      </div>
    </>
  );
}

function PageItem({ n, current, href, gapBefore }: { n: number; current: boolean; href: string; gapBefore: boolean }) {
  return (
    <>
      {gapBefore ? <li className="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li> : null}
      <li className={`govuk-pagination__item${current ? " govuk-pagination__item--current" : ""}`}>
        <Link className="govuk-link govuk-pagination__link" href={href} aria-label={`Page ${n}`} aria-current={current ? "page" : undefined}>
          {n}
        </Link>
      </li>
    </>
  );
}
