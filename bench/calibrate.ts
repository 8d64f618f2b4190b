// Lighthouse's CPU slowdown calibrated to the host (its docs/throttling.md, "Calibrating the CPU slowdown").

/** Lighthouse's default CPU slowdown, and the lowest benchmarkIndex of the host class it was made for (high-end desktop). */
export const DEFAULT_SLOWDOWN = 4;
export const DEFAULT_HOST_INDEX = 1500;

/**
 * The CPU slowdown that takes a host of this benchmarkIndex to where 4× takes a high-end desktop (a mid-tier phone):
 * 4× scaled down in proportion to the index, to one decimal, never below 1× nor above 4×.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return DEFAULT_SLOWDOWN;
  const m = (DEFAULT_SLOWDOWN * benchmarkIndex) / DEFAULT_HOST_INDEX;
  return Math.min(DEFAULT_SLOWDOWN, Math.max(1, Math.round(m * 10) / 10));
}
