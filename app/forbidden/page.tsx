import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";

export const metadata: Metadata = { title: "You cannot see this page" };

export default function ForbiddenPage() {
  return (
    <>
      <h1 className="govuk-heading-l">You cannot see this page</h1>
      <p className="govuk-body">Your account does not have access to it. If you think it should, contact the business unit.</p>
      <p className="govuk-body"><Link className="govuk-link" href="/">Go to the home page</Link></p>
    </>
  );
}
