import { Link } from "@/lib/ui/link";

// Shown (with status 403) when the signed-in person may not see what they asked for.
export default function Forbidden() {
  return (
    <>
      <h1 className="govuk-heading-l">You cannot see this page</h1>
      <p className="govuk-body">Your account does not have access to it. If you think it should, contact the business unit.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}
