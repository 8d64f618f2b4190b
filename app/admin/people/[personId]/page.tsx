import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { formatDate, formatSessionTimes } from "@/lib/dates";
import { getPersonForAdmin } from "@/lib/people";
import { EDITABLE_ROLES } from "@/lib/people/labels";
import { BackLink, NotificationBanner, SummaryList, WarningText } from "@/lib/ui/components";
import { Link } from "@/lib/ui/link";
import { RoleTags } from "../role-tags";
import { PersonRolesForm } from "./roles-form";

export const metadata: Metadata = { title: "A person's roles" };

type Search = { saved?: string; added?: string };

export default async function PersonRolesPage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<Search> }) {
  const { personId } = await params;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/people/${encodeURIComponent(personId)}` });
  const sp = await searchParams;
  const p = await getPersonForAdmin(actor, personId);
  if (!p) notFound();
  const name = p.name ?? p.email;
  const now = new Date();
  // Someone who has just lost the trainer role stays on the sessions they were training (lib/people/roles.ts).
  const kept = p.roles.includes("trainer") ? 0 : p.trainerSessions.length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/people">People and roles</BackLink>
        {sp.added !== undefined ? (
          <NotificationBanner success title="Success">
            <p className="govuk-notification-banner__heading">{name} has been added</p>
            <p className="govuk-body">
              {p.roles.includes("trainer") ? "You can choose them as a session's trainer now. " : ""}When they first sign in with {p.email} they are asked for their job title, organisation and line manager.
            </p>
          </NotificationBanner>
        ) : sp.saved !== undefined ? (
          <NotificationBanner success title="Success">
            <p className="govuk-notification-banner__heading">{sp.saved === "0" ? "Nothing was changed" : `${name}'s roles have been saved`}</p>
            {kept ? (
              <p className="govuk-body">
                They are still listed as a trainer of {kept === 1 ? "1 session" : `${kept} sessions`} below: choose another trainer for {kept === 1 ? "it" : "each"}.
              </p>
            ) : null}
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">People and roles</span>
          {name}
        </h1>
        <SummaryList
          rows={[
            { key: "Email address", value: <span className="app-break-anywhere">{p.email}</span> },
            { key: "Organisation", value: p.organisation ?? "Not given yet" },
            { key: "Job title", value: p.jobTitle ?? "Not given yet" },
            { key: "Roles", value: <RoleTags roles={p.roles} /> },
            {
              key: "Signed in",
              value: p.signedIn ? (p.profileComplete ? "Yes" : "Yes, but has not finished their details") : "Not yet. They give their details when they first sign in",
            },
          ]}
        />
        {p.trainerSessions.length ? (
          <>
            <h2 className="govuk-heading-m" id="trainer-sessions">
              Sessions {name} trains
            </h2>
            <p className="govuk-body">Still to run, or with a register still to close.</p>
            <ul className="govuk-list govuk-list--bullet">
              {p.trainerSessions.map((s) => (
                <li key={s.sessionId}>
                  <Link className="govuk-link" href={`/admin/catalogue/sessions/${s.sessionId}/edit`}>
                    {s.title}, {formatDate(s.startsAt)}
                  </Link>{" "}
                  ({formatSessionTimes(s.startsAt, s.endsAt)}){s.endsAt <= now ? ", register still to close" : ""}
                </li>
              ))}
            </ul>
            <WarningText>
              {p.roles.includes("trainer")
                ? `If you remove the trainer role, ${name} stays listed on these sessions but can no longer take their registers. Open each session to choose another trainer.`
                : `${name} no longer has the trainer role and cannot take these registers. Open each session to choose another trainer.`}
            </WarningText>
          </>
        ) : null}
        <PersonRolesForm
          personId={p.id}
          name={name}
          saferContact={p.roles.includes("safer_contact")}
          hasTrainerSessions={p.trainerSessions.length > 0}
          initialState={{ ok: false, errors: {}, values: { personId: p.id, roles: EDITABLE_ROLES.filter((r) => p.roles.includes(r)) } }}
        />
      </div>
    </div>
  );
}
