import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";

export const metadata: Metadata = { title: "Sign-in link not valid" };

export default function SignInErrorPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">That sign-in link has expired or has already been used</h1>
        <p className="govuk-body">Sign-in links work once and only for a short time, to keep your account safe.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/sign-in">Ask for a new sign-in link</Link>
        </p>
      </div>
    </div>
  );
}
