import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { requirePageActor } from "@/lib/auth";
import { listTrainerSessions, type TrainerSessionRow } from "@/lib/attendance";
import { formatSessionTimes, formatShortDate, formatTime } from "@/lib/dates";
import { Tag } from "@/lib/ui/components";

export const metadata: Metadata = { title: "My sessions" };

function SessionList({ rows, heading, empty, dateStyle }: { rows: TrainerSessionRow[]; heading: string; empty: string; dateStyle: "time" | "full" }) {
  return (
    <section aria-labelledby={`${heading.replace(/\W+/g, "-").toLowerCase()}`}>
      <h2 className="govuk-heading-m" id={heading.replace(/\W+/g, "-").toLowerCase()}>
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="govuk-list">
          {rows.map((r) => (
            <li key={r.id} className="app-register-row">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <Link className="govuk-link govuk-!-font-weight-bold" href={`/trainer/sessions/${r.id}`}>
                  {r.title}
                  <span className="govuk-visually-hidden">, {formatShortDate(r.startsAt)}</span>
                </Link>
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {dateStyle === "time" ? `${formatTime(r.startsAt)} to ${formatTime(r.endsAt)}` : formatSessionTimes(r.startsAt, r.endsAt)}
                {r.mode === "online" ? ", online" : r.venueName ? `, ${r.venueName}` : ""}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {r.booked} booked
                {r.registerClosedAt ? (
                  <>
                    {" "}
                    <Tag colour="green">Register closed</Tag>
                  </>
                ) : r.unmarked > 0 && r.startsAt < new Date() ? (
                  <>
                    {" "}
                    <Tag colour="yellow">{r.unmarked} to mark</Tag>
                  </>
                ) : dateStyle === "time" && r.startsAt > new Date() ? (
                  `, register opens at ${formatTime(r.startsAt)}`
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function TrainerSessionsPage() {
  const actor = await requirePageActor({ roles: ["trainer", "admin"], returnTo: "/trainer" });
  const { today, upcoming, toClose } = await listTrainerSessions(actor);
  const everyone = actor.roles.includes("admin");
  return (
    <>
      <h1 className="govuk-heading-l">{everyone ? "Sessions and registers" : "My sessions"}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href="/trainer/evaluations">
          Evaluations of {everyone ? "sessions" : "my sessions"}
        </Link>
      </p>
      {everyone ? <p className="govuk-body">As a business unit admin you see every trainer&apos;s sessions.</p> : null}
      <SessionList rows={today} heading="Today" empty="No sessions today." dateStyle="time" />
      <SessionList rows={upcoming} heading="Coming up" empty="No sessions coming up." dateStyle="full" />
      <SessionList rows={toClose} heading="Registers to close" empty="No past registers are waiting to be closed." dateStyle="full" />
    </>
  );
}
