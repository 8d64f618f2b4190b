// Scaling for the simple bar charts in reports. Pure, so it is unit-tested and shared by every chart.

/** The smallest 1, 2 or 5 × 10^n at or above max (at least 1), so axis ticks are round numbers. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const f of [1, 2, 5, 10]) if (f * p >= max) return f * p;
  return 10 * p;
}

/** Tick values from 0 to the nice maximum, on whole steps: 0–50 in tens, 0–20 in fives, 0–1 as 0 and 1. */
export function ticks(max: number): number[] {
  const top = niceMax(max);
  const lead = top / 10 ** Math.floor(Math.log10(top));
  const count = top <= 1 ? 1 : lead === 2 ? 4 : 5;
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
}

/** Bar lengths in pixels for values on an axis of `length` pixels; negative values draw as 0. */
export function barLengths(values: number[], length: number): number[] {
  const top = niceMax(Math.max(0, ...values));
  return values.map((v) => (Math.max(0, v) / top) * length);
}

/** Shorten a label for the chart (the table beside it shows it in full). */
export function truncateLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
