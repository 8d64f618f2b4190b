import type { Metadata } from "next";
import Link from "next/link";
import { OPPORTUNITY_TYPE_LABELS, listUpcomingOpportunities } from "@/lib/catalogue";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Find training" };

export default async function CataloguePage() {
  const items = await listUpcomingOpportunities();
  return (
    <>
      <h1 className="govuk-heading-l">Find training</h1>
      <p className="govuk-body">{items.length} learning opportunities with upcoming dates.</p>
      <ul className="govuk-list">
        {items.map((o) => (
          <li key={o.id} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" href={`/catalogue/${o.slug}`}>
                {o.title}
              </Link>
            </h2>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {OPPORTUNITY_TYPE_LABELS[o.type]} · {o.topic} · next date {o.nextStart ? formatDate(o.nextStart) : "to be confirmed"}
            </p>
            <p className="govuk-body govuk-!-margin-bottom-0">{o.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
