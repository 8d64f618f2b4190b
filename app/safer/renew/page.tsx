import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { formatDate, parseLondonDate } from "@/lib/dates";
import { formatFee, myOrganisation } from "@/lib/membership";
import { BackLink, SummaryList } from "@/lib/ui/components";
import { RenewConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Check your membership renewal" };

const day = (iso: string) => formatDate(parseLondonDate(iso)!);

/** Renewing charges the yearly fee, so the contact sees the period and the fee and confirms them first. */
export default async function RenewPage() {
  const actor = await requirePageActor({ returnTo: "/safer/renew", allowIncompleteProfile: true });
  const mine = await myOrganisation(actor);
  if (!mine?.renewal) redirect("/safer");
  const { organisation: org, current, renewal, status } = mine;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/safer" />
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{org.name}</span>
          Check your membership renewal
        </h1>
        <SummaryList
          rows={[
            ...(current
              ? [status === "lapsed" ? { key: "Membership ended", value: day(current.endsOn!) } : { key: "Current membership year", value: `${day(current.startsOn!)} to ${day(current.endsOn!)}` }]
              : []),
            { key: "New membership year", value: `${day(renewal.startsOn)} to ${day(renewal.endsOn)}` },
            { key: "Staff and volunteers", value: org.sizeBand },
            { key: "Fee for the new year", value: formatFee(renewal.feePence) },
          ]}
        />
        <p className="govuk-body">The fee depends on how many staff and volunteers your organisation has. If that has changed, contact the business unit before you renew.</p>
        <h2 className="govuk-heading-m">Now confirm your renewal</h2>
        <p className="govuk-body">
          When you confirm, the Safer membership of {org.name} is renewed for the new year
          {renewal.feePence ? ` and the fee of ${formatFee(renewal.feePence)} is due.` : ". There is no fee."}
        </p>
        <RenewConfirmForm renewal={renewal} />
      </div>
    </div>
  );
}
