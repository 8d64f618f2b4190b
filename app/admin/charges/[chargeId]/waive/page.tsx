import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { CHARGE_REASON_LABELS, formatPence, getCharge } from "@/lib/charges";
import { formatDate } from "@/lib/dates";
import { BackLink, SummaryList } from "@/lib/ui/components";
import { WaiveForm } from "./waive-form";

export const metadata: Metadata = { title: "Waive a charge" };

export default async function WaiveChargePage({ params }: { params: Promise<{ chargeId: string }> }) {
  const { chargeId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/charges/${chargeId}/waive` });
  const c = await getCharge(actor, Number(chargeId));
  if (!c) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/charges">Back to charges</BackLink>
        <h1 className="govuk-heading-l">Waive a charge</h1>
        <SummaryList
          rows={[
            { key: "Person", value: `${c.personName ?? ""} (${c.personEmail})` },
            { key: "Organisation", value: c.agencyName ?? "None" },
            { key: "Course", value: `${c.courseTitle}, ${formatDate(c.sessionStartsAt)}` },
            { key: "Reason", value: CHARGE_REASON_LABELS[c.reason] },
            { key: "Amount", value: formatPence(c.amountPence) },
            { key: "Booking reference", value: c.bookingReference },
          ]}
        />
        {c.waivedAt ? <p className="govuk-body">This charge was waived: {c.waiverReason}</p> : <WaiveForm chargeId={c.id} />}
      </div>
    </div>
  );
}
