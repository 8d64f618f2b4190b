/** @jsxImportSource preact */
import { toHtml } from "./render";

export type Option = { value: string; label: string };

/** The <option>s of a <select>, the one whose value is `selected` marked so (the string carries the selection). */
export function optionsHtml(options: readonly Option[], selected: string): string {
  return toHtml(
    <>
      {options.map((o) => (
        <option value={o.value} selected={o.value === selected}>
          {o.label}
        </option>
      ))}
    </>,
  );
}
