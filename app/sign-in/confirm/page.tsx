import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/auth/sign-in-schema";

export const metadata: Metadata = { title: "Confirm sign in" };

// The emailed link lands here; the button POSTs to next-auth, which redeems the single-use token.
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> }) {
  const sp = await searchParams;
  const action = `/api/auth/callback/email?${new URLSearchParams({ token: sp.token ?? "", email: sp.email ?? "", callbackUrl: safeCallbackPath(sp.callbackUrl) })}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in to safeguarding learning</h1>
        <p className="govuk-body">You are signing in as <strong>{sp.email}</strong>.</p>
        <form method="post" action={action}>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
