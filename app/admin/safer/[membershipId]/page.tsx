import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { formatDate, formatDateTime, parseLondonDate } from "@/lib/dates";
import { formatFee, getMembershipForDecision } from "@/lib/membership";
import { MEMBERSHIP_STATUS_NAMES } from "@/lib/membership/labels";
import { BackLink, NotificationBanner, SummaryList, Table, Tag } from "@/lib/ui/components";
import { DecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Safer membership" };

const day = (iso: string | null) => (iso ? formatDate(parseLondonDate(iso)!) : "");

export default async function MembershipPage({ params, searchParams }: { params: Promise<{ membershipId: string }>; searchParams: Promise<{ decided?: string }> }) {
  const { membershipId } = await params;
  const { decided } = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/safer/${membershipId}` });
  const id = Number(membershipId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await getMembershipForDecision(actor, id);
  if (!found) notFound();
  const { membership: m, organisation: o, history } = found;
  return (
    <>
      <BackLink href="/admin/safer" />
      {decided ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">
            {decided === "approve" ? "Membership approved" : "Application declined"}. The lead contact will be emailed.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Safer membership</span>
        {o.name}
      </h1>
      <SummaryList
        rows={[
          { key: "Status", value: <Tag>{MEMBERSHIP_STATUS_NAMES[m.status]}</Tag> },
          { key: "Applied", value: formatDateTime(m.appliedAt) },
          { key: "Charity number", value: o.charityNumber ?? "None given" },
          { key: "Company number", value: o.companyNumber ?? "None given" },
          { key: "Type", value: o.orgType },
          { key: "District", value: o.district },
          { key: "Staff and volunteers", value: `${o.sizeBand} (fee ${formatFee(m.feePence)})` },
          { key: "Safeguarding lead", value: `${o.leadName}, ${o.leadEmail}${o.leadPhone ? `, ${o.leadPhone}` : ""}` },
          ...(m.decidedAt ? [{ key: "Decided", value: `${formatDateTime(m.decidedAt)}${found.decidedByEmail ? ` by ${found.decidedByEmail}` : ""}` }] : []),
          ...(m.declineReason ? [{ key: "Reason for declining", value: m.declineReason }] : []),
        ]}
      />
      {m.status === "pending" ? (
        <>
          <h2 className="govuk-heading-m">Decide the application</h2>
          <DecisionForm membershipId={m.id} fee={formatFee(m.feePence)} />
        </>
      ) : null}
      <Table
        small
        caption="Membership history"
        rowKey={(h) => h.id}
        columns={[
          { header: "Applied", cell: (h) => formatDate(h.appliedAt) },
          { header: "Status", cell: (h) => MEMBERSHIP_STATUS_NAMES[h.status] },
          { header: "Period", cell: (h) => (h.startsOn ? `${day(h.startsOn)} to ${day(h.endsOn)}` : "") },
          { header: "Fee", cell: (h) => formatFee(h.feePence) },
        ]}
        rows={history}
      />
    </>
  );
}
