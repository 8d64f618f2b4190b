import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { getPolicySettings, policySettingsValues } from "@/lib/partnership/settings";
import { BackLink, NotificationBanner } from "@/lib/ui/components";
import { Link } from "@/lib/ui/link";
import { PolicySettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Policy settings" };

export default async function PolicySettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/settings" });
  const { saved } = await searchParams;
  const settings = await getPolicySettings(actor);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin">Business unit</BackLink>
        {saved !== undefined ? (
          <NotificationBanner success title="Success">
            <p className="govuk-notification-banner__heading">{saved === "0" ? "Nothing was changed" : "Settings saved"}</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Policy settings</h1>
        <p className="govuk-body">These rules apply to every session unless a session sets its own. Changes apply from now on.</p>
        <p className="govuk-body">
          The partnership&apos;s name, help contacts, districts and reporting year are in{" "}
          <Link className="govuk-link" href="/admin/settings/partnership">
            partnership details
          </Link>
          , and the organisations people choose on their profile in{" "}
          <Link className="govuk-link" href="/admin/settings/organisations">
            organisations
          </Link>
          .
        </p>
        <PolicySettingsForm initialState={{ ok: false, errors: {}, values: policySettingsValues(settings) }} />
      </div>
    </div>
  );
}
