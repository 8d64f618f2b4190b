import { BackLink, InsetText } from "@/lib/ui/components";
import { Link } from "@/lib/ui/link";

/** An old link to a booking that has moved on: say why, and where to go. */
export function NothingToDo({ title, reason }: { title: string; reason: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/my-learning">Back to my learning</BackLink>
        <h1 className="govuk-heading-l">{title}</h1>
        <InsetText>{reason}.</InsetText>
        <p className="govuk-body">
          <Link className="govuk-link" href="/my-learning">
            Go to my learning
          </Link>
        </p>
      </div>
    </div>
  );
}
