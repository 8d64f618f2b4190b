import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { AuthorizationError, can, requirePageActor } from "@/lib/auth";
import { ATTENDANCE_LABELS, checkInWindow, closingNeedsFinishedEarly, getRegister, hasSessionStarted, isCheckInOpen } from "@/lib/attendance";
import { formatDate, formatDateTime, formatSessionTimes, formatTime } from "@/lib/dates";
import { BackLink, InsetText, NotificationBanner, Table, Tag } from "@/lib/ui/components";
import { RegisterForm } from "./register-form";
import { ReopenRegisterForm } from "./reopen-form";

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
  const { session: s, entries, notConfirmed } = await getRegister(actor, id).catch((e: unknown) => {
    if (e instanceof AuthorizationError) notFound();
    throw e;
  });
  const now = new Date();
  const banner = Object.keys(BANNERS).find((k) => query[k]);
  const name = (e: (typeof entries)[number]) => e.name ?? e.email;
  const where = s.mode === "online" ? "Online" : (s.venueName ?? "Venue to be confirmed");
  const unconfirmed = new Set(notConfirmed);
  const booked = entries.filter((e) => e.status === "confirmed").length;
  const started = hasSessionStarted(now, s);
  // An admin who is not training this session came from the business unit's bookings page, not from a list of their own.
  const back = s.trainerIds.includes(actor.id)
    ? { href: "/trainer", label: "Back to my sessions" }
    : { href: `/admin/catalogue/sessions/${s.id}/bookings`, label: "Back to the session's bookings" };
  const notConfirmedLine =
    unconfirmed.size > 0 ? (
      <p className="govuk-body">
        {unconfirmed.size === 1 ? "1 person has" : `${unconfirmed.size} people have`} not confirmed their place since the reminder asked them to.
      </p>
    ) : null;
  return (
    <>
      <BackLink href={back.href}>{back.label}</BackLink>
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
            <ReopenRegisterForm sessionId={s.id} />
          ) : (
            <p className="govuk-body">If a mark is wrong, ask the business unit to reopen the register.</p>
          )}
          <Table
            caption="Attendance"
            rows={entries}
            rowKey={(e) => e.bookingId}
            columns={[
              { header: "Name", cell: (e) => <span className="app-break-anywhere">{name(e)}</span> },
              { header: "Attendance", cell: (e) => (e.attendance ? ATTENDANCE_LABELS[e.attendance] : "Not marked") },
              // A long unbroken note (a link) must wrap, or it stretches the table far past a phone's width.
              { header: "Note", cell: (e) => (e.note ? <span className="app-pre-wrap">{e.note}</span> : "") },
            ]}
          />
        </>
      ) : !started ? (
        <>
          <InsetText>
            <p className="govuk-body">
              The register opens when the session starts, at {formatTime(s.startsAt)} on {formatDate(s.startsAt)}. You can mark attendance, add
              walk-ins and close the register from then.
            </p>
            <p className="govuk-body">
              People can check themselves in with the check-in code from {formatTime(checkInWindow(s).opensAt)}, an hour before the start.
            </p>
          </InsetText>
          {isCheckInOpen(now, s) ? (
            <p className="govuk-body">
              <Link className="govuk-link" href={`/trainer/sessions/${s.id}/check-in`}>
                Show the check-in code
              </Link>
            </p>
          ) : null}
          <h2 className="govuk-heading-m">Booked ({booked})</h2>
          {notConfirmedLine}
          {entries.length === 0 ? (
            <p className="govuk-body">Nobody is booked on this session.</p>
          ) : (
            <ul className="govuk-list">
              {entries.map((e) => (
                <li key={e.bookingId} className="app-register-row">
                  <span className="govuk-!-font-weight-bold">{name(e)}</span>
                  {unconfirmed.has(e.bookingId) ? (
                    <>
                      {" "}
                      <Tag colour="yellow">Not confirmed</Tag>
                    </>
                  ) : null}
                  <br />
                  <span className="govuk-body-s app-pre-wrap">
                    {[e.email, e.agencyName, e.status === "offered" ? "offered a place, not yet claimed" : null, e.checkedInAt ? `checked in at ${formatTime(e.checkedInAt)}` : null]
                      .filter(Boolean)
                      .join(", ")}
                  </span>
                </li>
              ))}
            </ul>
          )}
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
            {booked} booked, {entries.filter((e) => e.attendance).length} marked.
          </p>
          {notConfirmedLine}
          {entries.length === 0 ? <p className="govuk-body">Nobody is booked on this session.</p> : null}
          <RegisterForm
            // A fresh form (no stale posted values or errors) whenever the register changed or a save redirected here.
            key={`${new URLSearchParams(query as Record<string, string>)}|${entries.map((e) => `${e.bookingId}:${e.attendance}:${e.note}`).join(",")}`}
            sessionId={s.id}
            finishedEarlyNeeded={closingNeedsFinishedEarly(now, s) ? { endsAt: formatTime(s.endsAt) } : null}
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
              notConfirmed: unconfirmed.has(e.bookingId),
            }))}
          />
        </>
      )}
    </>
  );
}
