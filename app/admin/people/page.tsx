import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { findPeople, parsePeopleSearch } from "@/lib/people";
import { MIN_SEARCH_LENGTH, PEOPLE_LIST_LIMIT } from "@/lib/people/labels";
import { BackLink, CellWithDetail, ErrorSummary, InsetText, Table } from "@/lib/ui/components";
import { TextInput } from "@/lib/ui/fields";
import { Link } from "@/lib/ui/link";
import { RoleTags } from "./role-tags";

export const metadata: Metadata = { title: "People and roles" };

export default async function PeopleAndRolesPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePageActor({ roles: ["admin"], returnTo: "/admin/people" });
  const search = parsePeopleSearch((await searchParams).q);
  // A search too short to run still shows the trainers and admins under the message.
  const list = await findPeople(actor, search.term);
  const caption = search.term
    ? `${list.more ? `More than ${PEOPLE_LIST_LIMIT}` : list.rows.length} ${list.rows.length === 1 && !list.more ? "person matches" : "people match"} “${search.term}”`
    : `${list.rows.length} ${list.rows.length === 1 ? "person has" : "people have"} the trainer or admin role`;
  return (
    <>
      <BackLink href="/admin">Business unit</BackLink>
      {search.error ? <ErrorSummary errors={{ q: search.error }} /> : null}
      <h1 className="govuk-heading-l">People and roles</h1>
      <p className="govuk-body">Find someone to make them a trainer or an admin, or to take a role away. Safer contacts are managed through Safer memberships.</p>
      <Link href="/admin/people/new" className="govuk-button" role="button" draggable={false} data-module="govuk-button">
        Add a person
      </Link>
      <form method="get" action="/admin/people" className="app-filter govuk-!-margin-bottom-6" role="search" aria-label="People">
        <TextInput
          id="q"
          label="Search by name or email address"
          labelSize="s"
          hint={`At least ${MIN_SEARCH_LENGTH} characters, for example part of a surname or an organisation's email domain.`}
          error={search.error ?? undefined}
          width={30}
          input={{ type: "search", spellCheck: false, autoComplete: "off", defaultValue: search.q }}
        />
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
            Search
          </button>
          {search.q ? (
            <Link className="govuk-link" href="/admin/people">
              Clear search
            </Link>
          ) : null}
        </div>
      </form>
      {list.rows.length ? (
        <Table
          scroll
          caption={caption}
          rowKey={(p) => p.id}
          rows={list.rows}
          columns={[
            {
              header: "Name",
              cell: (p) => (
                <CellWithDetail
                  main={
                    <Link className="govuk-link" href={`/admin/people/${encodeURIComponent(p.id)}`}>
                      {p.name ?? "No name yet"}
                    </Link>
                  }
                  detail={<span className="app-break-anywhere">{p.email}</span>}
                />
              ),
            },
            { header: "Organisation", cell: (p) => p.organisation ?? "Not given yet" },
            { header: "Roles", cell: (p) => <RoleTags roles={p.roles} /> },
          ]}
        />
      ) : (
        <p className="govuk-body" id="people-count">
          {search.term ? `Nobody’s name or email address contains “${search.term}”.` : "Nobody has the trainer or admin role yet."}
        </p>
      )}
      {list.more ? (
        <InsetText>
          Only the first {PEOPLE_LIST_LIMIT} are listed. Refine your search: type more of the name or email address.
        </InsetText>
      ) : null}
    </>
  );
}
