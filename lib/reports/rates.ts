// Rates and averages shown in reports. Pure; a rate with nothing to divide by is null, shown as a dash.

/** n / d, or null when d is 0. */
export function rate(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

/** 0.2039 → "20%" (whole percent by default). */
export function formatPercent(r: number | null, digits = 0): string {
  if (r == null || !Number.isFinite(r)) return "–";
  return `${(r * 100).toFixed(digits)}%`;
}

/** An average of a 1–5 scale, "3.4", or a dash. */
export function formatScore(v: number | null): string {
  return v == null || !Number.isFinite(v) ? "–" : v.toFixed(1);
}

/** Change in average confidence after the course: after − before, or null when either is missing. */
export function uplift(before: number | null, after: number | null): number | null {
  return before == null || after == null ? null : after - before;
}

/** "+0.8", "-0.2", "0.0" or a dash. */
export function formatUplift(u: number | null): string {
  if (u == null) return "–";
  const r = Math.round(u * 10) / 10;
  return `${r > 0 ? "+" : ""}${r.toFixed(1)}`;
}

/** "+89", "-3", "0" */
export function formatChange(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
