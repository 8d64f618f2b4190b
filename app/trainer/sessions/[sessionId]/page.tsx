import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { AuthorizationError, can, requirePageActor } from "@/lib/auth";
import { ATTENDANCE_LABELS, getRegister } from "@/lib/attendance";
import { formatDateTime, formatSessionTimes, formatTime } from "@/lib/dates";
import { BackLink, NotificationBanner, Table } from "@/lib/ui/components";
import { RegisterForm } from "./register-form";
import { reopenRegisterAction } from "./actions";

export const metadata: Metadata = { title: "Register" };

const BANNERS: Record<string, string> = {
  saved: "Register saved",
  allPresent: "Everyone not yet marked is now marked as attended",
  closed: "Register closed. Evaluation requests, charges and no-show notices are on their way.",
  walkIn: "Walk-in added and marked as attended",
  reopened: "Register reopened",
};

export default async function RegisterPage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ sessionId }, query] = await Promise.all([params, searchParams]);
  const id = Number(sessionId);
  const actor = await requirePageActor({ roles: ["trainer", "admin"], returnTo: `/trainer/sessions/${sessionId}` });
  const { session: s, entries } = await getRegister(actor, id).catch((e: unknown) => {
    if (e instanceof AuthorizationError) notFound();
    throw e;
  });
  const banner = Object.keys(BANNERS).find((k) => query[k]);
  const name = (e: (typeof entries)[number]) => e.name ?? e.email;
  const where = s.mode === "online" ? "Online" : (s.venueName ?? "Venue to be confirmed");
  return (
    <>
      <BackLink href="/trainer">Back to my sessions</BackLink>
      {banner ? (
        <NotificationBanner success title="Success">
          <p className="govuk-notification-banner__heading">{BANNERS[banner]}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Register</span>
        {s.title}
      </h1>
      <p className="govuk-body">
        {formatSessionTimes(s.startsAt, s.endsAt)}
        <br />
        {where}
      </p>
      {s.registerClosedAt ? (
        <>
          <p className="govuk-body">
            <strong>The register was closed on {formatDateTime(s.registerClosedAt)}.</strong> It can no longer be changed.
          </p>
          {can(actor, "register:reopen") ? (
            <form action={reopenRegisterAction}>
              <input type="hidden" name="sessionId" value={s.id} />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Reopen register
              </button>
            </form>
          ) : (
            <p className="govuk-body">If a mark is wrong, ask the business unit to reopen the register.</p>
          )}
          <Table
            caption="Attendance"
            rows={entries}
            rowKey={(e) => e.bookingId}
            columns={[
              { header: "Name", cell: (e) => name(e) },
              { header: "Attendance", cell: (e) => (e.attendance ? ATTENDANCE_LABELS[e.attendance] : "Not marked") },
              { header: "Note", cell: (e) => e.note ?? "" },
            ]}
          />
        </>
      ) : (
        <>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" href={`/trainer/sessions/${s.id}/check-in`}>
                Show the check-in code
              </Link>
            </li>
            <li>
              <Link className="govuk-link" href={`/trainer/sessions/${s.id}/walk-in`}>
                Add a walk-in
              </Link>
            </li>
          </ul>
          <p className="govuk-body">
            {entries.filter((e) => e.status === "confirmed").length} booked, {entries.filter((e) => e.attendance).length} marked.
          </p>
          {entries.length === 0 ? <p className="govuk-body">Nobody is booked on this session.</p> : null}
          <RegisterForm
            // A fresh form (no stale posted values or errors) whenever the register changed or a save redirected here.
            key={`${new URLSearchParams(query as Record<string, string>)}|${entries.map((e) => `${e.bookingId}:${e.attendance}:${e.note}`).join(",")}`}
            sessionId={s.id}
            entries={entries.map((e) => ({
              bookingId: e.bookingId,
              name: name(e),
              email: e.email,
              agencyName: e.agencyName,
              status: e.status,
              attendance: e.attendance,
              note: e.note,
              walkIn: e.walkIn,
              checkedIn: e.checkedInAt ? `checked in at ${formatTime(e.checkedInAt)}` : null,
            }))}
          />
        </>
      )}
    </>
  );
}
