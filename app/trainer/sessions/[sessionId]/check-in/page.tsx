import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorizationError, requirePageActor } from "@/lib/auth";
import { checkInQrDataUrl, checkInWindow, getRegister, isCheckInOpen } from "@/lib/attendance";
import { appUrl } from "@/lib/auth/config";
import { formatDate, formatSessionTimes, formatTime } from "@/lib/dates";
import { BackLink, InsetText } from "@/lib/ui/components";
import { showCheckInCodeAction } from "../actions";

export const metadata: Metadata = { title: "Check-in code" };

export default async function CheckInCodePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const actor = await requirePageActor({ roles: ["trainer", "admin"], returnTo: `/trainer/sessions/${sessionId}/check-in` });
  const { session: s } = await getRegister(actor, Number(sessionId)).catch((e: unknown) => {
    if (e instanceof AuthorizationError) notFound();
    throw e;
  });
  const now = new Date();
  const hours = checkInWindow(s);
  // Codes are shown only while check-in is open: earlier they could be passed round before anyone is in the room.
  const open = isCheckInOpen(now, s);
  const code = open ? s.checkInCode : null;
  const qr = code ? await checkInQrDataUrl(s.id, code) : null;
  return (
    <>
      <BackLink href={`/trainer/sessions/${s.id}`}>Back to the register</BackLink>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{s.title}</span>
        Check-in code
      </h1>
      <p className="govuk-body">{formatSessionTimes(s.startsAt, s.endsAt)}</p>
      {!open ? (
        <InsetText>
          {now < hours.opensAt
            ? `Check-in opens an hour before the session starts, at ${formatTime(hours.opensAt)} on ${formatDate(hours.opensAt)}. Come back then to show the code.`
            : "Check-in closed when the session ended. Mark anyone still unmarked on the register."}
        </InsetText>
      ) : code && qr ? (
        <>
          <p className="govuk-body">
            Ask people to sign in on their phone, go to <strong>{appUrl().replace(/^https?:\/\//, "")}/check-in</strong> and enter this code,
            or scan the QR code. Check-in opens an hour before the start and closes at the end.
          </p>
          <p className="app-checkin-code">
            <span className="govuk-visually-hidden">Check-in code: </span>
            {code}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing for next/image to optimise */}
          <img src={qr} width={280} height={280} alt={`QR code that opens the check-in page with code ${code} filled in`} />
        </>
      ) : (
        <>
          <p className="govuk-body">Show a 6-digit code to the room so people can check themselves in on their phones.</p>
          <form action={showCheckInCodeAction}>
            <input type="hidden" name="sessionId" value={s.id} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Show check-in code
            </button>
          </form>
        </>
      )}
    </>
  );
}
