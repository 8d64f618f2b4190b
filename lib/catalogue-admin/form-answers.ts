// Reading a form's current answers (FormState values) back into its fields. Client-safe.
import type { FormState } from "@/lib/ui/form-state";

export function answers(values: FormState["values"]) {
  return {
    text: (k: string) => {
      const x = values[k];
      return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
    },
    list: (k: string) => {
      const x = values[k];
      return Array.isArray(x) ? x : x ? [x] : [];
    },
  };
}
