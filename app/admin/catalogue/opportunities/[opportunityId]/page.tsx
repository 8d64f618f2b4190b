import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { DURATION_NAMES, OPPORTUNITY_TYPE_NAMES, getOpportunityForAdmin, listSessionsOfOpportunity, parseId, sessionSavedNotice } from "@/lib/catalogue-admin";
import { formatSessionTimes } from "@/lib/dates";
import { BackLink, NotificationBanner, SummaryList, Table, Tag } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Opportunity" };

const SAVED: Record<string, string> = {
  "new-opportunity": "Opportunity added. Add its sessions below.",
  opportunity: "Opportunity saved.",
  "new-session": "Session added.",
  session: "Session saved.",
  "cancelled-session": "Session cancelled. Everyone booked on it is being emailed.",
};

export default async function AdminOpportunityPage({ params, searchParams }: { params: Promise<{ opportunityId: string }>; searchParams: Promise<{ saved?: string; told?: string }> }) {
  const { opportunityId } = await params;
  const { saved, told } = await searchParams;
  // After an edit: how many people were emailed about the change.
  const savedMessage = saved === "session" ? sessionSavedNotice(told && /^\d{1,6}$/.test(told) ? Number(told) : null) : saved ? SAVED[saved] : undefined;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/opportunities/${opportunityId}` });
  const id = parseId(opportunityId);
  const o = id ? await getOpportunityForAdmin(actor, id) : null;
  if (!o) notFound();
  const sessions = await listSessionsOfOpportunity(actor, o.id);
  const yesNo = (b: boolean) => (b ? "Yes" : "No");
  return (
    <>
      <BackLink href="/admin/catalogue">Catalogue</BackLink>
      {savedMessage ? (
        <NotificationBanner success title="Success">
          <p className="govuk-notification-banner__heading">{savedMessage}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{OPPORTUNITY_TYPE_NAMES[o.type]}</span>
        {o.title}
      </h1>
      <SummaryList
        rows={[
          { key: "Web address", value: <Link className="govuk-link" href={`/catalogue/${o.slug}`}>/catalogue/{o.slug}</Link> },
          { key: "Topic", value: o.topic },
          { key: "Level", value: o.level },
          { key: "Who it is for", value: o.audience },
          { key: "Summary", value: o.summary },
          { key: "Learning outcomes", value: o.outcomes.length ? <ul className="govuk-list govuk-list--bullet">{o.outcomes.map((x) => <li key={x}>{x}</li>)}</ul> : "None" },
          { key: "Prerequisites", value: o.prerequisites ?? "None" },
          { key: "Duration", value: DURATION_NAMES[o.duration] },
          { key: "Multi-agency", value: yesNo(o.multiAgency) },
          { key: "Needs manager approval", value: yesNo(o.requiresManagerApproval) },
          { key: "Safer members only", value: yesNo(o.membersOnly) },
          { key: "Published", value: yesNo(o.published) },
        ]}
      />
      <Link className="govuk-button govuk-button--secondary" role="button" draggable={false} data-module="govuk-button" href={`/admin/catalogue/opportunities/${o.id}/edit`}>
        Edit the opportunity
      </Link>
      <h2 className="govuk-heading-m">Sessions</h2>
      <Link className="govuk-button" role="button" draggable={false} data-module="govuk-button" href={`/admin/catalogue/opportunities/${o.id}/sessions/new`}>
        Add a session
      </Link>
      {sessions.length ? (
        <Table
          scroll
          caption="Sessions of this opportunity"
          captionSize="s"
          rowKey={(s) => s.id}
          rows={sessions}
          columns={[
            { header: "When", cell: (s) => formatSessionTimes(s.startsAt, s.endsAt) },
            { header: "Where", cell: (s) => (s.mode === "online" ? "Online" : `${s.venueName}, ${s.district}`) },
            { header: "Trainers", cell: (s) => (s.trainers.length ? s.trainers.join(", ") : "None yet") },
            { header: "Places taken", numeric: true, cell: (s) => `${s.placesTaken} of ${s.capacity}` },
            { header: "Status", cell: (s) => (s.status === "cancelled" ? <Tag colour="red">Cancelled</Tag> : <Tag colour="blue">Scheduled</Tag>) },
            {
              header: "Actions",
              cell: (s) => {
                const when = formatSessionTimes(s.startsAt, s.endsAt);
                return (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    <li>
                      <Link className="govuk-link" href={`/admin/catalogue/sessions/${s.id}/bookings`}>
                        Bookings<span className="govuk-visually-hidden"> for {when}</span>
                      </Link>
                    </li>
                    {s.status === "scheduled" ? (
                      <>
                        <li>
                          <Link className="govuk-link" href={`/admin/catalogue/sessions/${s.id}/edit`}>
                            Edit<span className="govuk-visually-hidden"> the session on {when}</span>
                          </Link>
                        </li>
                        <li>
                          <Link className="govuk-link" href={`/admin/catalogue/sessions/${s.id}/cancel`}>
                            Cancel<span className="govuk-visually-hidden"> the session on {when}</span>
                          </Link>
                        </li>
                      </>
                    ) : null}
                  </ul>
                );
              },
            },
          ]}
        />
      ) : (
        <p className="govuk-body">No sessions yet.</p>
      )}
    </>
  );
}
