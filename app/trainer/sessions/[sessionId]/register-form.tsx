"use client";
// Not GovForm: the register has two submit buttons (save, close) and GovForm's client-side submit drops the
// pressed button. A plain form action keeps it, with or without JavaScript. "Mark all present" is its own small
// form at the top (it is the first thing a trainer does), so pressing Enter in the register never triggers it.
import { useActionState } from "react";
import { ATTENDANCE_LABELS, ATTENDANCE_MARKS, type AttendanceMark } from "@/lib/attendance/rules";
import { attendanceField, FINISHED_EARLY_FIELD, FINISHED_EARLY_VALUE, noteField, REGISTER_NOTE_MAX } from "@/lib/attendance/register-schema";
import { ErrorSummary, Tag, WarningText } from "@/lib/ui/components";
import { Button, Checkboxes, Radios, Textarea } from "@/lib/ui/fields";
import type { FormState } from "@/lib/ui/form-state";
import { saveRegisterAction } from "./actions";

export type RegisterFormEntry = {
  bookingId: number;
  name: string;
  email: string;
  agencyName: string | null;
  status: string;
  attendance: AttendanceMark | null;
  note: string | null;
  walkIn: boolean;
  checkedIn: string | null;
  /** Asked by the reminder to confirm their place and has not. */
  notConfirmed: boolean;
};

export function RegisterForm({
  sessionId,
  entries,
  finishedEarlyNeeded,
}: {
  sessionId: number;
  entries: RegisterFormEntry[];
  /** Set while closing needs the trainer to say the session finished early (more than an hour before its end). */
  finishedEarlyNeeded: { endsAt: string } | null;
}) {
  const [state, formAction] = useActionState(saveRegisterAction, { ok: false, errors: {}, values: {} } as FormState);
  const posted = Object.keys(state.values).length > 0;
  const value = (k: string, fallback: string | null) => (posted ? String(state.values[k] ?? "") : (fallback ?? ""));
  const order = [...entries.flatMap((e) => [attendanceField(e.bookingId), noteField(e.bookingId)]), FINISHED_EARLY_FIELD];
  return (
    <>
      <ErrorSummary errors={state.errors} order={order} />
      {state.message ? (
        <div className="govuk-error-summary" tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{state.message}</p>
            </div>
          </div>
        </div>
      ) : null}
      <form action={formAction} noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <p className="govuk-hint">Marks everyone not yet marked as attended. Then change anyone who did not come.</p>
        <Button name="intent" value="all-present" secondary>
          Mark all present
        </Button>
      </form>
      <form action={formAction} noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        {entries.map((e) => {
          const field = attendanceField(e.bookingId);
          const current = value(field, e.attendance);
          const details = [e.email, e.agencyName, e.walkIn ? "walk-in" : null, e.status === "offered" ? "offered a place, not yet claimed" : null, e.checkedIn]
            .filter(Boolean)
            .join(", ");
          return (
            <div className="app-register-row" key={`${e.bookingId}-${current}`}>
              <Radios
                name={field}
                legend={e.name}
                legendSize="s"
                hint={
                  details || e.notConfirmed ? (
                    <>
                      {details}
                      {e.notConfirmed ? (
                        <>
                          {details ? " " : null}
                          <Tag colour="yellow">Not confirmed</Tag>
                        </>
                      ) : null}
                    </>
                  ) : undefined
                }
                error={state.errors[field]}
                inline
                choices={ATTENDANCE_MARKS.map((m) => ({ value: m, label: ATTENDANCE_LABELS[m] }))}
                input={(v) => ({ defaultChecked: v === current })}
              />
              <Textarea
                id={noteField(e.bookingId)}
                label={
                  <>
                    Note<span className="govuk-visually-hidden"> for {e.name}</span> (optional)
                  </>
                }
                error={state.errors[noteField(e.bookingId)]}
                input={{ rows: 2, maxLength: REGISTER_NOTE_MAX, defaultValue: value(noteField(e.bookingId), e.note) }}
              />
            </div>
          );
        })}
        <WarningText>
          Closing the register locks it. People marked as not attending are charged and their line managers are told.
        </WarningText>
        {finishedEarlyNeeded ? (
          <Checkboxes
            name={FINISHED_EARLY_FIELD}
            legend="Has the session finished?"
            legendSize="s"
            hint={`It is due to end at ${finishedEarlyNeeded.endsAt}. Only answer this to close the register before then: nobody can check in once it is closed.`}
            error={state.errors[FINISHED_EARLY_FIELD]}
            small
            choices={[{ value: FINISHED_EARLY_VALUE, label: "The session finished early" }]}
            input={() => ({ defaultChecked: posted && state.values[FINISHED_EARLY_FIELD] === FINISHED_EARLY_VALUE })}
          />
        ) : null}
        <div className="govuk-button-group">
          <Button name="intent" value="save" secondary>
            Save register
          </Button>
          <Button name="intent" value="close">
            Close register
          </Button>
        </div>
      </form>
    </>
  );
}
