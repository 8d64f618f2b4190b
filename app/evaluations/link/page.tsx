import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { redirect } from "next/navigation";
import { resolveEvaluationLink } from "@/lib/evaluation";

export const metadata: Metadata = { title: "Course questionnaire link" };

/** Emailed questionnaire links land here: a genuine link goes on to the questionnaire (which asks the person to sign in). */
export default async function EvaluationLinkPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const target = resolveEvaluationLink(typeof token === "string" ? token : null);
  if (target) redirect(`/evaluations/${target.bookingId}/${target.kind}`);
  return (
    <>
      <h1 className="govuk-heading-l">This link has expired or is not valid</h1>
      <p className="govuk-body">
        You can still find your questionnaires after signing in:{" "}
        <Link className="govuk-link" href="/evaluations">
          your course questionnaires
        </Link>
        .
      </p>
    </>
  );
}
