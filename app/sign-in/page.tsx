import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const sp = await searchParams;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in to book training, see your bookings and certificates. If you are new, this also creates your account.</p>
        <SignInForm initialState={{ ok: false, errors: {}, values: { callbackUrl: sp.callbackUrl ?? "" } }} />
      </div>
    </div>
  );
}
