// The GOV.UK date input (day, month, year) and a time of day, read as London wall-clock time and stored as UTC.
// Client-safe: the session form's schema uses these too.
import { TZDate } from "@date-fns/tz";
import { LONDON, londonDateTime } from "@/lib/dates";

export type DateParts = { day: string; month: string; year: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthNumber(raw: string): number | null {
  const t = raw.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const i = MONTHS.indexOf(t.slice(0, 3));
  return i >= 0 && t.length >= 3 ? i + 1 : null;
}

/** A real calendar date from the three boxes (month may be a name, as GOV.UK advises accepting), or null. */
export function parseDateParts(parts: DateParts): { year: number; month: number; day: number } | null {
  const d = parts.day.trim();
  const y = parts.year.trim();
  if (!/^\d{1,2}$/.test(d) || !/^\d{4}$/.test(y)) return null;
  const month = monthNumber(parts.month);
  const day = Number(d);
  const year = Number(y);
  if (!month || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

/** "9:30", "09.30", "14:00", "9am", "2:30pm", "12pm" → minutes after midnight, or null. */
export function parseTimeOfDay(raw: string): number | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(raw.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const suffix = m[3]?.toLowerCase();
  if (minute > 59) return null;
  if (suffix) {
    if (hour < 1 || hour > 12) return null;
    if (suffix === "am" && hour === 12) hour = 0;
    if (suffix === "pm" && hour !== 12) hour += 12;
  } else if (!m[2] || hour > 23) {
    // A bare "9" is ambiguous (morning or evening?): ask for "9:00" or "9am".
    return null;
  }
  return hour * 60 + minute;
}

/** London date + time of day as the UTC instant (so 10:00 in July is 09:00Z and in January 10:00Z). */
export function londonInstant(date: { year: number; month: number; day: number }, minutes: number): Date {
  return londonDateTime(date.year, date.month, date.day, Math.floor(minutes / 60), minutes % 60);
}

/** Start and end of a session from the form's answers; null when any part does not parse. */
export function sessionTimes(parts: DateParts, startTime: string, endTime: string): { startsAt: Date; endsAt: Date } | null {
  const date = parseDateParts(parts);
  const start = parseTimeOfDay(startTime);
  const end = parseTimeOfDay(endTime);
  if (!date || start == null || end == null) return null;
  return { startsAt: londonInstant(date, start), endsAt: londonInstant(date, end) };
}

/** False for a time of day the clocks skip in London (e.g. 1:30am on the last Sunday of March). */
export function existsInLondon(date: { year: number; month: number; day: number }, minutes: number): boolean {
  const t = new TZDate(londonInstant(date, minutes), LONDON);
  return t.getHours() * 60 + t.getMinutes() === minutes;
}
