"use client";
// Progressive enhancement for GOV.UK forms: without JavaScript the form posts to its server action; with it,
// react-hook-form checks the same zod schema first and shows the same error summary before posting.
import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { useForm, type FieldValues, type Resolver, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { FormProblems } from "./form-problems";
import type { FieldErrors, FormState } from "./form-state";

export type GovFormRender = {
  errors: FieldErrors;
  register: UseFormRegister<FieldValues>;
  values: FormState["values"];
  pending: boolean;
};

/**
 * The schema, or a function that imports it: `() => import("@/lib/booking/book-schema").then((m) => m.bookingNeedsSchema)`.
 * A loader keeps zod (~33 kB gzipped) out of the page's first load; it is fetched when the person first moves
 * into the form, long before they can submit it.
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/** Lets the form post unchecked: the server action validates everything again. */
const postUnchecked: Resolver<FieldValues> = async (values) => ({ values, errors: {} });

/**
 * A resolver that loads zod's resolver (and the schema, when given a loader) on first use; `preload` starts that
 * early. If the code cannot be fetched (a dropped mobile connection), the form still posts and the server answers
 * with the same error summary; the next submission tries to load it again.
 */
function lazyZodResolver(source: SchemaSource): { resolver: Resolver<FieldValues>; preload: () => void } {
  let loading: Promise<Resolver<FieldValues>> | undefined;
  const load = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/zod"), typeof source === "function" ? source() : source]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<FieldValues>,
      () => {
        loading = undefined;
        return postUnchecked;
      },
    ));
  return {
    resolver: async (values, context, options) => (await load())(values, context, options),
    preload: () => void load(),
  };
}

export function GovForm({
  schema,
  action,
  initialState,
  order,
  children,
  className,
}: {
  schema: SchemaSource;
  action: (state: FormState, fd: FormData) => Promise<FormState>;
  initialState: FormState;
  order?: string[];
  children: (f: GovFormRender) => ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  // Made once: the loader passed in is a new function on every render of the form around it.
  const [lazy] = useState(() => lazyZodResolver(schema));
  const form = useForm<FieldValues>({
    resolver: lazy.resolver,
    defaultValues: state.values as FieldValues,
    shouldFocusError: false,
  });
  const clientErrors: FieldErrors = {};
  for (const [k, v] of Object.entries(form.formState.errors)) if (v?.message) clientErrors[k] = String(v.message);
  const errors = form.formState.isSubmitted && Object.keys(clientErrors).length ? clientErrors : state.errors;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const el = e.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(el)));
    })(e);
  };

  return (
    <>
      <FormProblems errors={errors} message={state.message} order={order} submissions={form.formState.submitCount} result={state} />
      <form action={formAction} onSubmit={onSubmit} onFocus={lazy.preload} noValidate className={className}>
        {children({ errors, register: form.register, values: state.values, pending })}
      </form>
    </>
  );
}
