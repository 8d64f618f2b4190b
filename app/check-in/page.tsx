import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth";
import { CheckInForm } from "./check-in-form";

export const metadata: Metadata = { title: "Check in" };

export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ session?: string; code?: string }> }) {
  const { session, code } = await searchParams;
  const sessionId = session && /^\d{1,9}$/.test(session) ? session : "";
  const prefill = code && /^\d{6}$/.test(code) ? code : "";
  const returnTo = `/check-in${sessionId ? `?session=${sessionId}${prefill ? `&code=${prefill}` : ""}` : ""}`;
  await requirePageActor({ returnTo });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check in to your session</h1>
        <p className="govuk-body">Enter the code the trainer is showing to record that you are here. You can check in from 1 hour before the start.</p>
        <CheckInForm initialState={{ ok: false, errors: {}, values: { session: sessionId, code: prefill } }} />
      </div>
    </div>
  );
}
