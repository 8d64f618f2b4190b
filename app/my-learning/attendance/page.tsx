import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { formatPence } from "@/lib/charges";
import { formatShortDate } from "@/lib/dates";
import { personNoShowHistory, type AttendanceHistoryEntry } from "@/lib/noshow";
import { CellWithDetail, InsetText, SummaryList, Table } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Your attendance" };

const OUTCOMES: Record<AttendanceHistoryEntry["outcome"], string> = {
  attended: "Attended",
  partial: "Partly attended",
  no_show: "Did not attend",
  late_cancelled: "Cancelled late",
};

function chargeText(e: AttendanceHistoryEntry): string {
  if (e.chargePence == null) return "None";
  return e.chargeWaived ? `${formatPence(e.chargePence)} (waived)` : formatPence(e.chargePence);
}

export default async function AttendancePage() {
  const actor = await requirePageActor({ returnTo: "/my-learning/attendance" });
  const { entries, totals, repeatRule } = await personNoShowHistory(actor, actor.id);
  return (
    <>
      <h1 className="govuk-heading-l">Your attendance</h1>
      <SummaryList
        rows={[
          { key: "Attended", value: String(totals.attended) },
          { key: "Partly attended", value: String(totals.partial) },
          { key: "Did not attend", value: String(totals.noShows) },
          { key: "Cancelled late", value: String(totals.lateCancellations) },
        ]}
      />
      {repeatRule.applies ? (
        <InsetText>
          You did not attend {repeatRule.recentNoShows} sessions in the last {repeatRule.months} months without cancelling, so your line
          manager needs to approve your next booking.
        </InsetText>
      ) : (
        <p className="govuk-body">
          If you miss {repeatRule.count} sessions in {repeatRule.months} months without cancelling, your line manager will need to approve
          your next booking. Cancel in good time if you cannot come, so someone on the waiting list can have your place.
        </p>
      )}
      {entries.length === 0 ? (
        <p className="govuk-body">No sessions recorded yet.</p>
      ) : (
        <Table
          caption="Your sessions"
          rows={entries}
          rowKey={(e) => e.bookingId}
          columns={[
            { header: "Course", cell: (e) => <CellWithDetail main={e.title} detail={formatShortDate(e.startsAt)} /> },
            { header: "Attendance", cell: (e) => OUTCOMES[e.outcome] },
            { header: "Charge", cell: chargeText },
          ]}
        />
      )}
    </>
  );
}
