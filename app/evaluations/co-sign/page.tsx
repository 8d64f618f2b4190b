import type { Metadata } from "next";
import { getCoSignView } from "@/lib/evaluation";
import { formatDate, formatDateTime } from "@/lib/dates";
import { Panel, SummaryList } from "@/lib/ui/components";
import { CoSignForm } from "./co-sign-form";

export const metadata: Metadata = { title: "Co-sign a training follow-up" };

/** The line manager's page from the emailed link: read the answers, then co-sign with a POST. */
export default async function CoSignPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const view = await getCoSignView(typeof token === "string" ? token : null);
  if (!view) {
    return (
      <>
        <h1 className="govuk-heading-l">This link has expired or is not valid</h1>
        <p className="govuk-body">Ask the person who sent it to send their follow-up again.</p>
      </>
    );
  }
  const answers = (
    <SummaryList
      rows={[
        { key: "Course", value: `${view.courseTitle}, ${formatDate(view.sessionStartsAt)}` },
        { key: "What has changed in their practice", value: <span className="app-pre-wrap">{view.changes}</span> },
        { key: "Example", value: <span className="app-pre-wrap">{view.examples}</span> },
        { key: "Theme", value: view.theme ?? "Not given" },
      ]}
    />
  );
  if (view.coSignedAt) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Follow-up co-signed">You co-signed {view.learnerName}&apos;s follow-up on {formatDateTime(view.coSignedAt)}</Panel>
          {answers}
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Co-sign {view.learnerName}&apos;s training follow-up</h1>
        <p className="govuk-body">{view.learnerName} has described how the course has changed their practice and asked you, as their line manager, to co-sign it.</p>
        {answers}
        <p className="govuk-body">By co-signing you confirm that this reflects the change you have seen in their work.</p>
        <CoSignForm token={token!} />
      </div>
    </div>
  );
}
