import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatYearlyFee, myOrganisation } from "@/lib/membership";
import { getPartnership, SIZE_BANDS } from "@/lib/partnership";
import { BackLink } from "@/lib/ui/components";
import { ApplyForm } from "./apply-form";

export const metadata: Metadata = { title: "Apply for Safer membership" };

export default async function ApplyPage() {
  const actor = await requirePageActor({ returnTo: "/safer/apply", allowIncompleteProfile: true });
  const [p, mine] = await Promise.all([getPartnership(), myOrganisation(actor)]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/safer" />
        <h1 className="govuk-heading-l">Apply for Safer membership</h1>
        {mine ? (
          <p className="govuk-body">
            You are already a contact for {mine.organisation.name}. <Link className="govuk-link" href="/safer">Go to your Safer page</Link>.
          </p>
        ) : (
          <>
            <p className="govuk-body">
              Tell us about your organisation. Groups that are not registered charities or companies can apply too. You will be its lead
              contact for Safer; you can invite colleagues once you have applied. The business unit checks every application and emails you
              the decision.
            </p>
            <ApplyForm
              initialState={{ ok: false, errors: {}, values: {} }}
              districts={p.districts}
              bands={SIZE_BANDS.map((band) => ({ band, fee: formatYearlyFee(p.policy.membershipFeesPence[band] ?? 0) }))}
            />
          </>
        )}
      </div>
    </div>
  );
}
