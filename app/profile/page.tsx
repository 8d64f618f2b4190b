import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { listAgencies } from "@/lib/people";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your details" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  const { returnTo } = await searchParams;
  const actor = await requirePageActor({ returnTo: "/profile", allowIncompleteProfile: true });
  const agencies = await listAgencies();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{actor.profileComplete ? "Your details" : "Tell us about you"}</h1>
        {!actor.profileComplete ? <p className="govuk-body">We need a few details before you book. You only do this once.</p> : null}
        <p className="govuk-body">Signed in as {actor.email}.</p>
        <ProfileForm
          agencies={agencies}
          returnTo={returnTo ?? ""}
          initialState={{
            ok: false,
            errors: {},
            values: { name: actor.name ?? "", jobTitle: actor.jobTitle ?? "", agencyId: actor.agencyId ? String(actor.agencyId) : "", lineManagerEmail: actor.lineManagerEmail ?? "" },
          }}
        />
        {actor.profileComplete ? (
          <>
            <h2 className="govuk-heading-m">Your data</h2>
            <p className="govuk-body">
              <a className="govuk-link" href="/my-data/download" download>
                Download everything we hold about you
              </a>{" "}
              (JSON file). Personal details are anonymised after a period without any activity.
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
