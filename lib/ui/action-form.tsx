"use client";
// A form with nothing for the person to fill in (hidden values and a button, like "Confirm booking"): it posts to
// its server action with or without JavaScript and shows the action's answer in the GOV.UK error summary, the
// same as GovForm, without shipping react-hook-form and zod to check fields that do not exist (47 kB gzipped).
import { useActionState, type ReactNode } from "react";
import { FormProblems } from "./form-problems";
import type { FormState } from "./form-state";

export function ActionForm({
  action,
  initialState,
  children,
  className,
}: {
  action: (state: FormState, fd: FormData) => Promise<FormState>;
  initialState: FormState;
  children: (f: { values: FormState["values"]; pending: boolean }) => ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  return (
    <>
      <FormProblems errors={state.errors} message={state.message} result={state} />
      <form action={formAction} noValidate className={className}>
        {children({ values: state.values, pending })}
      </form>
    </>
  );
}
