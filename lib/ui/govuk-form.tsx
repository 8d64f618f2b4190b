"use client";
// Progressive enhancement for GOV.UK forms: without JavaScript the form posts to its server action; with it,
// react-hook-form checks the same zod schema first and shows the same error summary before posting.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { useForm, type FieldValues, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { FormProblems } from "./action-form";
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
  const clientErrors: FieldErrors = {};
  for (const [k, v] of Object.entries(form.formState.errors)) if (v?.message) clientErrors[k] = String(v.message);
  const clientFailed = form.formState.isSubmitted && Object.keys(clientErrors).length > 0;
  const errors = clientFailed ? clientErrors : state.errors;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const el = e.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(el)));
    })(e);
  };

  return (
    <>
      <FormProblems errors={errors} message={state.message} order={order} attempt={clientFailed ? form.formState.submitCount : state} />
      <form action={formAction} onSubmit={onSubmit} noValidate className={className}>
        {children({ errors, register: form.register, values: state.values, pending })}
      </form>
    </>
  );
}
