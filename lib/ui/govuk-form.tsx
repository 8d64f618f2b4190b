"use client";
// Progressive enhancement for GOV.UK forms: without JavaScript the form posts to its server action; with it,
// react-hook-form checks the same zod schema first and shows the same error summary before posting.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { useForm, type FieldValues, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "./components";
import type { FieldErrors, FormState } from "./form-state";

export type GovFormRender = {
  errors: FieldErrors;
  register: UseFormRegister<FieldValues>;
  values: FormState["values"];
  pending: boolean;
};

export function GovForm({
  schema,
  action,
  initialState,
  order,
  children,
  className,
}: {
  schema: z.ZodType;
  action: (state: FormState, fd: FormData) => Promise<FormState>;
  initialState: FormState;
  order?: string[];
  children: (f: GovFormRender) => ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: state.values as FieldValues,
    shouldFocusError: false,
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const clientErrors: FieldErrors = {};
  for (const [k, v] of Object.entries(form.formState.errors)) if (v?.message) clientErrors[k] = String(v.message);
  const errors = form.formState.isSubmitted && Object.keys(clientErrors).length ? clientErrors : state.errors;

  useEffect(() => {
    if (Object.keys(errors).length) summaryRef.current?.querySelector<HTMLElement>("#error-summary")?.focus();
  }, [errors]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const el = e.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(el)));
    })(e);
  };

  return (
    <>
      <div ref={summaryRef}>
        <ErrorSummary errors={errors} order={order} />
        {state.message && !Object.keys(errors).length ? (
          <div className="govuk-error-summary" tabIndex={-1} id="error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">There is a problem</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{state.message}</p>
              </div>
            </div>
          </div>
        ) : null}
      </div>
      <form action={formAction} onSubmit={onSubmit} noValidate className={className}>
        {children({ errors, register: form.register, values: state.values, pending })}
      </form>
    </>
  );
}
