// Pure helpers for the bench's figures (unit-tested in tests/unit/bench-stats.test.ts).

/** The run with the median p95 (the lower middle one of an even count), with every run's p95 beside it. */
export function medianRun<T extends { p95: number }>(runs: T[]): T & { roundsP95?: number[] } {
  if (!runs.length) throw new Error("no runs");
  if (runs.length === 1) return runs[0];
  const sorted = [...runs].sort((a, b) => a.p95 - b.p95);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], roundsP95: runs.map((r) => r.p95) };
}
