import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { getPartnershipDetails, partnershipDetailsValues } from "@/lib/partnership/details";
import { BackLink, NotificationBanner } from "@/lib/ui/components";
import { PartnershipDetailsForm } from "./partnership-form";

export const metadata: Metadata = { title: "Partnership details" };

export default async function PartnershipDetailsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/settings/partnership" });
  const { saved } = await searchParams;
  const details = await getPartnershipDetails(actor);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/settings">Policy settings</BackLink>
        {saved !== undefined ? (
          <NotificationBanner success title="Success">
            <p className="govuk-notification-banner__heading">{saved === "0" ? "Nothing was changed" : "Partnership details saved"}</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Partnership details</h1>
        <p className="govuk-body">How the service names your partnership, who people can call for help, and how it divides your area.</p>
        <PartnershipDetailsForm initialState={{ ok: false, errors: {}, values: partnershipDetailsValues(details) }} />
      </div>
    </div>
  );
}
