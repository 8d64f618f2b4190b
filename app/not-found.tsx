import { Link } from "@/lib/ui/link";

export default function NotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body"><Link className="govuk-link" href="/catalogue">Find training</Link></p>
    </>
  );
}
