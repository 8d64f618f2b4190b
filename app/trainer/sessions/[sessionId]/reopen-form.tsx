import { reopenRegisterAction } from "./actions";

/** The business unit's Reopen register button (on the register and on the session's bookings page). */
export function ReopenRegisterForm({ sessionId }: { sessionId: number }) {
  return (
    <form action={reopenRegisterAction}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Reopen register
      </button>
    </form>
  );
}
