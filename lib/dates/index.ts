// Store UTC, show Europe/London.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const LONDON = "Europe/London";

const inLondon = (d: Date) => new TZDate(d, LONDON);

/** "Tuesday 3 March 2026" */
export function formatDate(d: Date): string {
  return format(inLondon(d), "EEEE d MMMM yyyy");
}

/** "3 Mar 2026" */
export function formatShortDate(d: Date): string {
  return format(inLondon(d), "d MMM yyyy");
}

/** "9:30am" */
export function formatTime(d: Date): string {
  return format(inLondon(d), "h:mmaaa");
}

/** "Tuesday 3 March 2026, 9:30am" */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)}, ${formatTime(d)}`;
}

/** "Tuesday 3 March 2026, 9:30am to 4:30pm" */
export function formatSessionTimes(start: Date, end: Date): string {
  return `${formatDate(start)}, ${formatTime(start)} to ${formatTime(end)}`;
}

/** A London wall-clock date and time as a UTC Date. */
export function londonDateTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, LONDON).getTime());
}

/** Parse "YYYY-MM-DD" as the start of that London day. */
export function parseLondonDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return londonDateTime(Number(m[1]), Number(m[2]), Number(m[3]));
}
