import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { EVALUATION_TITLES, listMyCertificates, listOutstandingQuestionnaires } from "@/lib/evaluation";
import { formatDate, formatShortDate } from "@/lib/dates";
import { CellWithDetail, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Your course questionnaires" };

export default async function EvaluationsPage() {
  const actor = await requirePageActor({ returnTo: "/evaluations" });
  const [outstanding, certificates] = await Promise.all([listOutstandingQuestionnaires(actor), listMyCertificates(actor)]);
  return (
    <>
      <h1 className="govuk-heading-l">Your course questionnaires</h1>
      <p className="govuk-body">
        Short questions before and after each course, and a follow-up a few months later about what has changed in your practice. Your answers
        help the partnership improve its training. Trainers see answers without names.
      </p>
      {outstanding.length ? (
        <Table
          caption="Questionnaires waiting for your answers"
          columns={[
            { header: "Course", cell: (q) => <CellWithDetail main={q.opportunityTitle} detail={formatDate(q.startsAt)} /> },
            {
              header: "Questionnaire",
              cell: (q) => (
                <Link className="govuk-link" href={`/evaluations/${q.bookingId}/${q.kind}`}>
                  {EVALUATION_TITLES[q.kind]}
                  <span className="govuk-visually-hidden">: {q.opportunityTitle}</span>
                </Link>
              ),
            },
          ]}
          rows={outstanding}
          rowKey={(q) => `${q.bookingId}-${q.kind}`}
        />
      ) : (
        <p className="govuk-body">You have no questionnaires to answer at the moment.</p>
      )}
      <h2 className="govuk-heading-m">Your certificates of attendance</h2>
      {certificates.length ? (
        <Table
          caption="Certificates"
          captionSize="s"
          columns={[
            { header: "Course", cell: (c) => <CellWithDetail main={c.opportunityTitle} detail={formatShortDate(c.startsAt)} /> },
            { header: "Number", cell: (c) => c.number },
            {
              header: "Certificate",
              cell: (c) => (
                <a className="govuk-link" href={`/certificates/${c.bookingId}`}>
                  Download PDF<span className="govuk-visually-hidden"> certificate for {c.opportunityTitle}</span>
                </a>
              ),
            },
          ]}
          rows={certificates}
          rowKey={(c) => c.bookingId}
        />
      ) : (
        <p className="govuk-body">Certificates are given for attending a whole course, once you have answered the questions after it.</p>
      )}
    </>
  );
}
