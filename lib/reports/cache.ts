// How long report figures are kept in memory: REPORT_CACHE_SECONDS (default 60; 0 turns caching off), at most
// REPORT_CACHE_MAX_KEYS different periods and filters per report. Why and how: lib/cache/ttl-cache.ts.
import { ttlCache, type TtlCache } from "@/lib/cache/ttl-cache";
import { formatShortDate, formatTime } from "@/lib/dates";

export const DEFAULT_REPORT_CACHE_SECONDS = 60;
export const REPORT_CACHE_MAX_KEYS = 200;

/** REPORT_CACHE_SECONDS as a whole number of seconds ≥ 0; unset or not a number means the default. */
export function reportCacheSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REPORT_CACHE_SECONDS?.trim();
  if (!raw) return DEFAULT_REPORT_CACHE_SECONDS;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : DEFAULT_REPORT_CACHE_SECONDS;
}

const names: string[] = [];

/** A cache for one kind of report figures, kept for REPORT_CACHE_SECONDS (read on each call). */
export function reportCache<V>(name: string): TtlCache<V> {
  names.push(name);
  return ttlCache<V>(`reports:${name}`, { ttlMs: () => reportCacheSeconds() * 1000, maxEntries: REPORT_CACHE_MAX_KEYS });
}

/** Forget every kept report figure in this process (tests; or straight after a bulk import). */
export function clearReportCaches(): void {
  for (const name of names) ttlCache(`reports:${name}`, { ttlMs: 0 }).clear();
}

/** Freezes a cached value and everything in it: one object is handed to every caller, none may change it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** "every minute", "every 5 minutes", "every 90 seconds" */
function every(seconds: number): string {
  if (seconds % 60 === 0) return seconds === 60 ? "every minute" : `every ${seconds / 60} minutes`;
  return seconds === 1 ? "every second" : `every ${seconds} seconds`;
}

/** "Figures as at 2:05pm on 1 Dec 2026, refreshed every minute." (London time) */
export function figuresAsAtText(computedAt: Date, cacheSeconds: number = reportCacheSeconds()): string {
  const at = `Figures as at ${formatTime(computedAt)} on ${formatShortDate(computedAt)}`;
  return cacheSeconds > 0 ? `${at}, refreshed ${every(cacheSeconds)}.` : `${at}.`;
}
