import type { Metadata } from "next";
import { Link } from "@/lib/ui/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth";
import { ATTENDANCE_NAMES, BOOKING_STATUS_NAMES, getSessionForAdmin, listSessionBookings, parseId, type AdminBookingRow } from "@/lib/catalogue-admin";
import { formatDateTime, formatShortDate, formatSessionTimes } from "@/lib/dates";
import { BackLink, NotificationBanner, SummaryList, Table, Tag } from "@/lib/ui/components";
import { ReopenRegisterForm } from "@/app/trainer/sessions/[sessionId]/reopen-form";

export const metadata: Metadata = { title: "Session bookings" };

const LIVE = ["requested", "confirmed", "waitlisted", "offered"];

export default async function SessionBookingsPage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<{ cancelled?: string; "not-cancelled"?: string }> }) {
  const { sessionId } = await params;
  const notice = await searchParams;
  const actor = await requirePageActor({ roles: ["admin"], returnTo: `/admin/catalogue/sessions/${sessionId}/bookings` });
  const id = parseId(sessionId);
  const s = id ? await getSessionForAdmin(actor, id) : null;
  if (!s) notFound();
  const { bookings, waitingList } = await listSessionBookings(actor, s.id);
  const name = (b: AdminBookingRow) => b.personName ?? b.email;
  const scheduled = s.status !== "cancelled";
  const register = s.registerClosedAt
    ? `Closed on ${formatDateTime(s.registerClosedAt)}`
    : s.startsAt > new Date()
      ? "Opens when the session starts"
      : "Open";
  const cancelLink = (b: AdminBookingRow) =>
    LIVE.includes(b.status) ? (
      <Link className="govuk-link" href={`/admin/catalogue/bookings/${b.id}/cancel`}>
        Cancel<span className="govuk-visually-hidden"> the booking of {name(b)}</span>
      </Link>
    ) : null;
  return (
    <>
      <BackLink href={`/admin/catalogue/opportunities/${s.opportunity.id}`}>{s.opportunity.title}</BackLink>
      {notice.cancelled ? (
        <NotificationBanner success title="Success">
          <p className="govuk-notification-banner__heading">Booking cancelled. The place has been released: if anyone is on the waiting list, it has been offered to the next person.</p>
        </NotificationBanner>
      ) : null}
      {notice["not-cancelled"] ? (
        <NotificationBanner>
          <p className="govuk-notification-banner__heading">That booking had already ended, so nothing changed.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{s.opportunity.title}</span>
        Bookings for {formatSessionTimes(s.startsAt, s.endsAt)}
      </h1>
      <SummaryList
        rows={[
          { key: "Where", value: s.mode === "online" ? "Online" : `${s.venueName}, ${s.district}` },
          { key: "Places taken", value: `${s.placesTaken} of ${s.capacity}` },
          { key: "Waiting list", value: String(waitingList.length) },
          { key: "Status", value: s.status === "cancelled" ? <Tag colour="red">Cancelled</Tag> : <Tag colour="blue">Scheduled</Tag> },
          ...(scheduled ? [{ key: "Register", value: register }] : []),
        ]}
      />
      {scheduled ? (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" href={`/trainer/sessions/${s.id}`}>
              View the register
            </Link>
          </p>
          {s.registerClosedAt ? (
            // Reopening is how a wrong mark is corrected: it leads to the register, where closing again fixes charges.
            <ReopenRegisterForm sessionId={s.id} />
          ) : null}
        </>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href={`/admin/catalogue/sessions/${s.id}/bookings/csv`} download>
          Download the bookings as a spreadsheet (CSV)
        </a>
      </p>
      {bookings.length ? (
        <Table
          scroll
          caption="Bookings"
          rowKey={(b) => b.id}
          rows={bookings}
          columns={[
            { header: "Person", cell: (b) => <>{name(b)}<br /><span className="govuk-body-s">{b.reference}</span></> },
            { header: "Organisation", cell: (b) => b.agencyName ?? "Not given" },
            { header: "Status", cell: (b) => BOOKING_STATUS_NAMES[b.status] ?? b.status },
            { header: "Attendance", cell: (b) => (b.attendance ? ATTENDANCE_NAMES[b.attendance] : "Not recorded") },
            { header: "Access needs", cell: (b) => b.accessNeeds || "None" },
            { header: "Dietary needs", cell: (b) => b.dietaryNeeds || "None" },
            { header: "Booked", cell: (b) => formatShortDate(b.createdAt) },
            { header: "Action", cell: cancelLink },
          ]}
        />
      ) : (
        <p className="govuk-body">Nobody has booked yet.</p>
      )}
      {waitingList.length ? (
        <Table
          scroll
          caption="Waiting list, in the order places will be offered"
          rowKey={(b) => b.id}
          rows={waitingList.map((b, i) => ({ ...b, position: i + 1 }))}
          columns={[
            { header: "Position", numeric: true, cell: (b) => b.position },
            { header: "Person", cell: name },
            { header: "Organisation", cell: (b) => b.agencyName ?? "Not given" },
            { header: "Joined", cell: (b) => formatShortDate(b.waitlistedAt ?? b.createdAt) },
            { header: "Action", cell: cancelLink },
          ]}
        />
      ) : null}
    </>
  );
}
