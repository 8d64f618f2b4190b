import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { formatDate, formatShortDate, parseLondonDate } from "@/lib/dates";
import { MEMBERSHIP_STATUS_NAMES } from "@/lib/membership/labels";
import { listMemberships, MEMBERSHIP_STATUSES, membershipFilterOptions, type MembershipFilters, type MembershipStatus } from "@/lib/membership";
import { Table, Tag } from "@/lib/ui/components";
import { Select } from "@/lib/ui/fields";

export const metadata: Metadata = { title: "Safer memberships" };

const STATUS_LABEL: Record<MembershipStatus, string> = MEMBERSHIP_STATUS_NAMES;
const STATUS_COLOUR = { pending: "blue", active: "green", lapsed: "yellow", declined: "red" } as const;

type Search = { status?: string; district?: string; type?: string; q?: string; page?: string };

export default async function SaferAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/safer" });
  const filters: MembershipFilters = {
    status: MEMBERSHIP_STATUSES.includes(sp.status as MembershipStatus) ? (sp.status as MembershipStatus) : undefined,
    district: sp.district || undefined,
    orgType: sp.type || undefined,
    q: sp.q?.trim() || undefined,
    page: Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1),
  };
  const [list, options] = await Promise.all([listMemberships(actor, filters), membershipFilterOptions(actor)]);
  const pageHref = (page: number) => `/admin/safer?${new URLSearchParams({ ...(sp.status ? { status: sp.status } : {}), ...(sp.district ? { district: sp.district } : {}), ...(sp.type ? { type: sp.type } : {}), ...(sp.q ? { q: sp.q } : {}), page: String(page) })}`;
  return (
    <>
      <h1 className="govuk-heading-l">Safer memberships</h1>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" href="/admin/safer/counts">
            Member counts over time
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href="/admin/safer/library">
            Policy library
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href="/admin/safer/out-of-date">
            Members with out-of-date policies
          </Link>
        </li>
      </ul>
      <form method="get" className="govuk-!-margin-bottom-6" aria-label="Filter organisations">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="status"
              label="Status"
              options={[{ value: "", label: "Any status" }, ...MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))]}
              input={{ defaultValue: filters.status ?? "" }}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="district"
              label="District"
              options={[{ value: "", label: "Any district" }, ...options.districts.map((d) => ({ value: d, label: d }))]}
              input={{ defaultValue: filters.district ?? "" }}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="type"
              label="Type"
              options={[{ value: "", label: "Any type" }, ...options.types.map((t) => ({ value: t, label: t }))]}
              input={{ defaultValue: filters.orgType ?? "" }}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="q">
                Name contains
              </label>
              <input className="govuk-input" id="q" name="q" type="search" defaultValue={filters.q ?? ""} />
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
          Apply filters
        </button>
      </form>
      <Table
        scroll
        caption={`${list.total} ${list.total === 1 ? "organisation" : "organisations"}${list.pageCount > 1 ? ` (page ${list.page} of ${list.pageCount})` : ""}`}
        rowKey={(r) => r.organisationId}
        columns={[
          {
            header: "Organisation",
            cell: (r) => (
              <Link className="govuk-link" href={`/admin/safer/${r.membershipId}`}>
                {r.name}
              </Link>
            ),
          },
          { header: "Status", cell: (r) => <Tag colour={STATUS_COLOUR[r.status]}>{STATUS_LABEL[r.status]}</Tag> },
          { header: "District", cell: (r) => r.district },
          { header: "Type", cell: (r) => r.orgType },
          { header: "Size", cell: (r) => r.sizeBand },
          {
            header: "Dates",
            cell: (r) => (r.status === "pending" || r.status === "declined" ? `Applied ${formatShortDate(r.appliedAt)}` : r.endsOn ? `${r.status === "lapsed" ? "Ended" : "Ends"} ${formatDate(parseLondonDate(r.endsOn)!)}` : ""),
          },
        ]}
        rows={list.rows}
      />
      {list.pageCount > 1 ? (
        <nav className="govuk-pagination" aria-label="Pages of organisations">
          {list.page > 1 ? (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" href={pageHref(list.page - 1)} rel="prev">
                <span className="govuk-pagination__link-title">Previous<span className="govuk-visually-hidden"> page</span></span>
              </Link>
            </div>
          ) : null}
          {list.page < list.pageCount ? (
            <div className="govuk-pagination__next">
              <Link className="govuk-link govuk-pagination__link" href={pageHref(list.page + 1)} rel="next">
                <span className="govuk-pagination__link-title">Next<span className="govuk-visually-hidden"> page</span></span>
              </Link>
            </div>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
