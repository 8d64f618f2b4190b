import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { readInvite } from "@/lib/membership";
import { Button } from "@/lib/ui/fields";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Join an organisation on Safer" };

// The emailed link lands here; accepting is a POST, so mail scanners that open links change nothing.
export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  const actor = await requirePageActor({ returnTo: `/safer/invite?token=${encodeURIComponent(token ?? "")}`, allowIncompleteProfile: true });
  const invite = await readInvite(token);
  const wrongPerson = invite && invite.email.toLowerCase() !== actor.email.toLowerCase();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Join an organisation on Safer</h1>
        {!invite ? (
          <p className="govuk-body">
            This invitation has expired or has already been used. Ask your colleague to invite you again. <Link className="govuk-link" href="/safer">Go to Safer</Link>.
          </p>
        ) : wrongPerson ? (
          <p className="govuk-body">
            This invitation was sent to {invite.email}, but you are signed in as {actor.email}. Sign out, then sign in with {invite.email} to accept it.
          </p>
        ) : (
          <>
            {error ? <p className="govuk-error-message">We could not accept the invitation. Try again.</p> : null}
            <p className="govuk-body">
              You have been invited to be a contact for <strong>{invite.organisationName}</strong>. Contacts can download policy templates and record
              policy reviews for the organisation.
            </p>
            <form action={acceptInviteAction}>
              <input type="hidden" name="token" value={token} />
              <Button>Accept the invitation</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
