// Statement periods: a calendar month ("2026-11") or quarter ("2026-Q4"), as London days, by session date.
import { londonDateTime } from "@/lib/dates";

export type Period = { kind: "month" | "quarter"; key: string; label: string; from: Date; to: Date };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Parse "YYYY-MM" or "YYYY-Qn"; null when it is neither. `to` is exclusive. */
export function parsePeriod(input: string): Period | null {
  const s = input.trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const next = month === 12 ? [year + 1, 1] : [year, month + 1];
    return { kind: "month", key: s, label: `${MONTHS[month - 1]} ${year}`, from: londonDateTime(year, month, 1), to: londonDateTime(next[0], next[1], 1) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    const next = q === 4 ? [year + 1, 1] : [year, first + 3];
    return {
      kind: "quarter",
      key: s,
      label: `${MONTHS[first - 1]} to ${MONTHS[first + 1]} ${year}`,
      from: londonDateTime(year, first, 1),
      to: londonDateTime(next[0], next[1], 1),
    };
  }
  return null;
}
