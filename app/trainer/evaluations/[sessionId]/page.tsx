import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorizationError, requirePageActor } from "@/lib/auth";
import { sessionEvaluations } from "@/lib/evaluation";
import { formatDate } from "@/lib/dates";
import { formatPercent, formatScore, formatUplift } from "@/lib/reports";
import { BackLink, SummaryList, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Session evaluations" };

export default async function SessionEvaluationsPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  if (!/^\d{1,9}$/.test(sessionId)) notFound();
  const actor = await requirePageActor({ roles: ["trainer", "admin"], returnTo: `/trainer/evaluations/${sessionId}` });
  let e;
  try {
    e = await sessionEvaluations(actor, Number(sessionId));
  } catch (err) {
    if (err instanceof AuthorizationError) notFound();
    throw err;
  }
  const answers = (title: string, list: string[]) => (
    <>
      <h3 className="govuk-heading-s">{title}</h3>
      {list.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {list.map((t, i) => (
            <li key={i} className="app-pre-wrap">
              {t}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No answers yet.</p>
      )}
    </>
  );
  return (
    <>
      <BackLink href="/trainer/evaluations">Your sessions</BackLink>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{formatDate(e.startsAt)}</span>
        Evaluations: {e.title}
      </h1>
      <SummaryList
        rows={[
          { key: "People who came", value: e.attended },
          { key: "Answered before the course", value: `${e.responses.pre} (${formatPercent(e.responseRates.pre)})` },
          { key: "Answered after the course", value: `${e.responses.post} (${formatPercent(e.responseRates.post)})` },
          { key: "Impact follow-ups", value: `${e.responses.impact} (${formatPercent(e.responseRates.impact)})` },
          { key: "Average confidence before (1–5)", value: formatScore(e.confidenceBefore) },
          { key: "Average confidence after (1–5)", value: formatScore(e.confidenceAfter) },
          { key: "Confidence uplift", value: formatUplift(e.uplift) },
          { key: "Average rating (1–5)", value: formatScore(e.averageRating) },
        ]}
      />
      {e.themes.length ? (
        <Table
          caption="What changed in practice, by theme"
          captionSize="m"
          columns={[
            { header: "Theme", cell: (t) => t.theme },
            { header: "Follow-ups", cell: (t) => t.count, numeric: true },
          ]}
          rows={e.themes}
          rowKey={(t) => t.theme}
        />
      ) : null}
      <h2 className="govuk-heading-m">What people said</h2>
      <p className="govuk-body">Answers are shown in alphabetical order without names, so they cannot be matched to the register.</p>
      {answers("What they hoped to learn", e.hopes)}
      {answers("What they learned", e.learned)}
      {answers("What changed in their practice", e.changes)}
      {answers("Examples", e.examples)}
    </>
  );
}
