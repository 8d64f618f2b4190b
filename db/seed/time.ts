// Calendar helpers for the seed: London wall-clock times stored as UTC Dates, and plain calendar dates.
import { TZDate } from "@date-fns/tz";

export const LONDON = "Europe/London";
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type Ymd = { y: number; m: number; d: number };

/** A London wall-clock date and time as a UTC Date (month 1-12). */
export function london(y: number, m: number, d: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(y, m - 1, d, hour, minute, 0, 0, LONDON).getTime());
}

export function at(day: Ymd, hour: number, minute = 0): Date {
  return london(day.y, day.m, day.d, hour, minute);
}

/** The London calendar date of an instant. */
export function ymdOf(date: Date): Ymd {
  const t = new TZDate(date.getTime(), LONDON);
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  const u = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(day: Ymd): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export function isWeekday(day: Ymd): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

/** The same day if it is a weekday, else the following Monday. */
export function nextWeekday(day: Ymd): Ymd {
  let d = day;
  while (!isWeekday(d)) d = addDays(d, 1);
  return d;
}

export function ymdStr(day: Ymd): string {
  return `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
}

export function parseYmd(s: string): Ymd {
  const [y, m, d] = s.split("-").map(Number);
  return { y, m, d };
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY);
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
