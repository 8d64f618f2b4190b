import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { myOrganisation } from "@/lib/membership";
import { BackLink, NotificationBanner, Table, Tag } from "@/lib/ui/components";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Safer contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ invited?: string }> }) {
  const { invited } = await searchParams;
  const actor = await requirePageActor({ returnTo: "/safer/contacts", allowIncompleteProfile: true });
  const mine = await myOrganisation(actor);
  if (!mine) redirect("/safer");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/safer" />
        {invited ? (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">Invitation sent to {invited}</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{mine.organisation.name}</span>
          Contacts
        </h1>
        <Table
          caption="People who can act for your organisation"
          captionSize="s"
          rowKey={(c) => c.personId}
          columns={[
            { header: "Name", cell: (c) => c.name ?? <span className="app-break-anywhere">{c.email}</span> },
            { header: "Email", cell: (c) => <span className="app-break-anywhere">{c.email}</span> },
            { header: "Role", cell: (c) => (c.isLead ? <Tag colour="blue">Lead contact</Tag> : "Contact") },
          ]}
          rows={mine.contacts}
        />
        <h2 className="govuk-heading-m">Invite a colleague</h2>
        <InviteForm />
      </div>
    </div>
  );
}
