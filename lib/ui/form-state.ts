// The typed state a server action returns to its form: field errors (GOV.UK error summary) and the values
// to show again. Pure, shared by server actions and client forms.
import type { z } from "zod";

export type FieldErrors = Partial<Record<string, string>>;
export type FormState = { ok: boolean; errors: FieldErrors; values: Record<string, string | string[]>; message?: string };

export const emptyFormState: FormState = { ok: false, errors: {}, values: {} };

/** FormData → plain object; fields named in `multi` keep every value (checkboxes). Next's $ACTION fields are dropped. */
export function formDataToObject(fd: FormData, multi: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of fd.entries()) {
    if (k.startsWith("$ACTION") || typeof v !== "string") continue;
    if (multi.includes(k)) out[k] = [...((out[k] as string[] | undefined) ?? []), v];
    else out[k] = v;
  }
  for (const k of multi) out[k] ??= [];
  return out;
}

/** First message per top-level field. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string | string[]> } | { ok: false; state: FormState };

export function parseForm<S extends z.ZodType>(schema: S, fd: FormData, multi: readonly string[] = []): Parsed<z.output<S>> {
  const values = formDataToObject(fd, multi);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  return { ok: false, state: { ok: false, errors: zodFieldErrors(result.error), values } };
}

export function failState(values: FormState["values"], errors: FieldErrors, message?: string): FormState {
  return { ok: false, errors, values, message };
}
