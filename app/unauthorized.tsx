import { Link } from "@/lib/ui/link";

// Shown (with status 401) when a page or form needs a signed-in person and nobody is signed in.
export default function Unauthorized() {
  return (
    <>
      <h1 className="govuk-heading-l">Sign in to continue</h1>
      <p className="govuk-body">You need to be signed in to do that.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
