import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { usingDevOutbox } from "@/lib/mail";
import { SIGN_IN_TOKEN_MINUTES } from "@/lib/auth/config";
import { devOutboxEnabled } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          We have sent a sign-in link to <strong>{email ?? "your email address"}</strong>. The link works once and expires in {SIGN_IN_TOKEN_MINUTES} minutes.
        </p>
        <p className="govuk-body">
          Not arrived? Check your junk folder, or <Link className="govuk-link" href="/sign-in">ask for a new link</Link>.
        </p>
        {usingDevOutbox() && devOutboxEnabled() ? (
          <div className="govuk-inset-text">
            This is a development system with no mail server: read the message in the <Link className="govuk-link" href={`/dev/outbox?to=${encodeURIComponent(email ?? "")}`}>development outbox</Link>.
          </div>
        ) : null}
      </div>
    </div>
  );
}
