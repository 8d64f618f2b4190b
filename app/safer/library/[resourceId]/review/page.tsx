import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { myOrganisation } from "@/lib/membership";
import { getResource } from "@/lib/resources";
import { BackLink } from "@/lib/ui/components";
import { ReviewForm } from "./review-form";

export const metadata: Metadata = { title: "Record a policy review" };

export default async function ReviewPage({ params }: { params: Promise<{ resourceId: string }> }) {
  const { resourceId } = await params;
  const id = Number(resourceId);
  const actor = await requirePageActor({ returnTo: `/safer/library/${resourceId}/review`, allowIncompleteProfile: true });
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [found, mine] = await Promise.all([getResource(actor, id), myOrganisation(actor)]);
  if (!found) notFound();
  if (!mine) redirect("/safer");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/safer/library/${id}`} />
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{mine.organisation.name}</span>
          Record a policy review
        </h1>
        <p className="govuk-body">
          {found.current
            ? `The current template is version ${found.current.version}, published ${formatDate(found.current.publishedAt)}. Your review is recorded against it, so it must be dated on or after that day.`
            : "This template has no published version yet."}
        </p>
        <ReviewForm resourceId={id} title={found.resource.title} />
      </div>
    </div>
  );
}
