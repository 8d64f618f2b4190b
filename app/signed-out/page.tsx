import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";

export const metadata: Metadata = { title: "You have signed out" };

export default function SignedOutPage() {
  return (
    <>
      <h1 className="govuk-heading-l">You have signed out</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href="/sign-in">Sign in again</Link> or <Link className="govuk-link" href="/catalogue">find training</Link>.
      </p>
    </>
  );
}
