import type { Metadata } from "next";
import { currentActor } from "@/lib/auth";
import { getApprovalByToken } from "@/lib/booking";
import { OWN_APPROVAL_REFUSED } from "@/lib/booking/approvals";
import { formatSessionTimes } from "@/lib/dates";
import { InsetText, NotificationBanner, SummaryList } from "@/lib/ui/components";
import { decideApprovalAction } from "../actions";

export const metadata: Metadata = { title: "Approve a booking" };

// The emailed link lands here; the buttons POST, so mail scanners opening the link decide nothing.
export default async function ApprovalPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> }) {
  const token = decodeURIComponent((await params).token);
  const { done } = await searchParams;
  const a = await getApprovalByToken(token);
  if (!a) {
    return (
      <>
        <h1 className="govuk-heading-l">This link has expired</h1>
        <p className="govuk-body">The session may already have started. If you still need to decide, contact the learner or the partnership&apos;s business unit.</p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done === "approved" || done === "declined" ? (
          <NotificationBanner success title="Success">
            <p className="govuk-notification-banner__heading">
              {done === "approved" ? `You approved the booking. ${a.learnerName}'s place is confirmed.` : "You declined the booking. The place has been released."}
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Approve a booking</h1>
        <SummaryList
          rows={[
            { key: "Learner", value: `${a.learnerName} (${a.learnerEmail})` },
            { key: "Training", value: a.title },
            { key: "Date and time", value: formatSessionTimes(a.startsAt, a.endsAt) },
            { key: "Why approval is needed", value: `Because ${a.reason}.` },
          ]}
        />
        {a.open && (await currentActor())?.id === a.learnerId ? (
          <InsetText>{OWN_APPROVAL_REFUSED}.</InsetText>
        ) : a.open ? (
          <form action={decideApprovalAction}>
            <input type="hidden" name="token" value={token} />
            <p className="govuk-body">The place is held until you decide. If you decline, it goes to the next person on the waiting list.</p>
            <div className="govuk-button-group">
              <button type="submit" name="decision" value="approve" className="govuk-button" data-module="govuk-button" data-prevent-double-click="true">
                Approve
              </button>
              <button type="submit" name="decision" value="decline" className="govuk-button govuk-button--warning" data-module="govuk-button" data-prevent-double-click="true">
                Decline
              </button>
            </div>
          </form>
        ) : (
          <p className="govuk-body">
            {a.status === "approved" ? "This booking has been approved." : a.status === "declined" ? "This booking has been declined." : "There is nothing to decide: the booking was cancelled or the session has passed."}
          </p>
        )}
      </div>
    </div>
  );
}
