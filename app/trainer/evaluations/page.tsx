import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { listMyEvaluatedSessions } from "@/lib/evaluation";
import { formatDate } from "@/lib/dates";
import { CellWithDetail, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Evaluations of your sessions" };

export default async function TrainerEvaluationsPage() {
  const actor = await requirePageActor({ roles: ["trainer", "admin"], returnTo: "/trainer/evaluations" });
  const sessions = await listMyEvaluatedSessions(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Evaluations of your sessions</h1>
      <p className="govuk-body">What people said before and after the sessions you trained, without their names.</p>
      {sessions.length ? (
        <Table
          caption="Your past sessions"
          columns={[
            {
              header: "Session",
              cell: (s) => (
                <CellWithDetail
                  main={
                    <Link className="govuk-link" href={`/trainer/evaluations/${s.sessionId}`}>
                      {s.title}
                      <span className="govuk-visually-hidden">, {formatDate(s.startsAt)}</span>
                    </Link>
                  }
                  detail={formatDate(s.startsAt)}
                />
              ),
            },
            { header: "People who came", cell: (s) => s.attended, numeric: true },
            { header: "Post-course answers", cell: (s) => s.post, numeric: true },
          ]}
          rows={sessions}
          rowKey={(s) => s.sessionId}
        />
      ) : (
        <p className="govuk-body">You have no past sessions yet.</p>
      )}
    </>
  );
}
