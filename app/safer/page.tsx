import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatDate, parseLondonDate } from "@/lib/dates";
import { formatFee, libraryAccess, myOrganisation, type LibraryAccess, type OrganisationOverview } from "@/lib/membership";
import { getPartnership, SIZE_BANDS } from "@/lib/partnership";
import { updatedSinceDownload } from "@/lib/resources";
import { NotificationBanner, SummaryList, Table, Tag } from "@/lib/ui/components";

export const metadata: Metadata = { title: "Safer" };

const day = (iso: string | null) => (iso ? formatDate(parseLondonDate(iso)!) : "");

const STATUS: Record<OrganisationOverview["status"], { label: string; colour: "green" | "blue" | "grey" | "red" | "yellow" }> = {
  none: { label: "Not a member", colour: "grey" },
  pending: { label: "Application received", colour: "blue" },
  active: { label: "Active", colour: "green" },
  lapsed: { label: "Lapsed", colour: "yellow" },
  declined: { label: "Declined", colour: "red" },
};

/** What the policy library offers, by the organisation's membership: downloads are refused until it is active. */
const LIBRARY: Record<LibraryAccess, string> = {
  download: "download templates and record when you reviewed your own policies",
  "awaiting-approval": "see the templates; you can download them once your application is approved",
  renew: "see the templates; renew your membership to download them again",
  ended: "see the templates; downloads are for active members",
  declined: "see the templates; downloads are for active members",
  "not-a-member": "see the templates; downloads are for active members",
};

export default async function SaferHomePage({ searchParams }: { searchParams: Promise<{ applied?: string; renewed?: string }> }) {
  const sp = await searchParams;
  const actor = await requirePageActor({ returnTo: "/safer", allowIncompleteProfile: true });
  const mine = await myOrganisation(actor);
  if (!mine) return <NotAMember />;
  const updated = await updatedSinceDownload(actor);
  const { organisation: org, current, next, renewal, status } = mine;
  const lastDecided = mine.periods.find((r) => r.status === "declined");
  return (
    <>
      {sp.applied ? (
        <NotificationBanner title="Success" success>
          <h3 className="govuk-notification-banner__heading">Application sent</h3>
          <p className="govuk-body">We will email you when the business unit has decided.</p>
        </NotificationBanner>
      ) : null}
      {sp.renewed ? (
        <NotificationBanner title="Success" success>
          <h3 className="govuk-notification-banner__heading">Membership renewed</h3>
          <p className="govuk-body">
            Your {next ? "next" : "new"} membership year runs from {day((next ?? current)?.startsOn ?? null)} to {day((next ?? current)?.endsOn ?? null)}.
          </p>
        </NotificationBanner>
      ) : null}
      {/* One banner at a time: the banner's heading id is fixed. */}
      {!sp.applied && !sp.renewed && updated.length ? (
        <NotificationBanner title="Policy templates updated">
          <h3 className="govuk-notification-banner__heading">
            {updated.length === 1 ? "A template you downloaded has a new version" : `${updated.length} templates you downloaded have new versions`}
          </h3>
          <ul className="govuk-list govuk-list--bullet">
            {updated.map((u) => (
              <li key={u.id}>
                <Link className="govuk-notification-banner__link" href={`/safer/library/${u.id}`}>
                  {u.title}
                </Link>
                : version {u.current!.version} published {formatDate(u.current!.publishedAt)} (you downloaded version {u.downloaded})
              </li>
            ))}
          </ul>
          <p className="govuk-body">Review your own policy against the new version, then record the review.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Safer membership</span>
        {org.name}
      </h1>
      <SummaryList
        rows={[
          { key: "Status", value: <Tag colour={STATUS[status].colour}>{STATUS[status].label}</Tag> },
          ...(current ? [{ key: status === "lapsed" ? "Membership ended" : "Membership year", value: `${day(current.startsOn)} to ${day(current.endsOn)}` }] : []),
          // A renewal made early starts when the current year ends; both are shown until then.
          ...(next ? [{ key: "Next membership year", value: `${day(next.startsOn)} to ${day(next.endsOn)}` }] : []),
          { key: "Size band", value: org.sizeBand },
          { key: "Yearly fee", value: formatFee(mine.periods[0]?.feePence ?? 0) },
          { key: "District", value: org.district },
          { key: "Safeguarding lead", value: `${org.leadName}, ${org.leadEmail}${org.leadPhone ? `, ${org.leadPhone}` : ""}` },
        ]}
      />
      {status === "pending" ? (
        <p className="govuk-body">
          Your application is waiting for a decision from the business unit. Once it is approved you can download policy templates and book members-only
          Safer workshops.
        </p>
      ) : null}
      {status === "declined" && lastDecided?.declineReason ? <p className="govuk-body">Reason given: {lastDecided.declineReason}</p> : null}
      {renewal ? (
        <>
          <p className="govuk-body">
            You can renew now: 12 months from {day(renewal.startsOn)}. {renewal.feePence ? `The fee is ${formatFee(renewal.feePence)}.` : "There is no fee."} You can
            check the details before you confirm.
          </p>
          <Link href="/safer/renew" role="button" draggable={false} className="govuk-button" data-module="govuk-button">
            Renew membership
          </Link>
        </>
      ) : null}
      <h2 className="govuk-heading-m">What you can do</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" href="/safer/library">
            Policy library
          </Link>{" "}
          – {LIBRARY[libraryAccess(mine)]}
        </li>
        <li>
          <Link className="govuk-link" href="/safer/contacts">
            Contacts
          </Link>{" "}
          – see who can act for {org.name} and invite colleagues
        </li>
        <li>
          <Link className="govuk-link" href="/catalogue?type=safer_workshop">
            Safer workshops
          </Link>{" "}
          – some are for members only
        </li>
      </ul>
    </>
  );
}

async function NotAMember() {
  const p = await getPartnership();
  const fees = SIZE_BANDS.map((band) => ({ band, fee: formatFee(p.policy.membershipFeesPence[band] ?? 0) }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Safer programme</h1>
        <p className="govuk-body">
          Safer helps voluntary and community organisations, faith groups, sports clubs and small providers keep children safe. Members get
          up-to-date safeguarding policy templates, alerts when a template changes, and Safer workshops.
        </p>
        <p className="govuk-body">You are not a contact for a member organisation yet. If your organisation is already a member, ask its contact to invite you.</p>
        <Table caption="Yearly membership fee" captionSize="s" rowKey={(r) => r.band} columns={[{ header: "Staff and volunteers", cell: (r) => r.band }, { header: "Fee", cell: (r) => r.fee }]} rows={fees} />
        <Link href="/safer/apply" role="button" draggable={false} className="govuk-button govuk-button--start" data-module="govuk-button">
          Apply for membership
        </Link>
      </div>
    </div>
  );
}
