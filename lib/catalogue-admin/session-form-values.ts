import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { LONDON } from "@/lib/dates";
import type { session } from "@/db/schema";

/** A stored session as the form's answers: London date boxes and 24-hour times. */
export function sessionFormValues(s: typeof session.$inferSelect, trainerIds: string[]): Record<string, string | string[]> {
  const start = new TZDate(s.startsAt, LONDON);
  const end = new TZDate(s.endsAt, LONDON);
  const opt = (n: number | null) => (n == null ? "" : String(n));
  return {
    day: format(start, "d"),
    month: format(start, "M"),
    year: format(start, "yyyy"),
    startTime: format(start, "HH:mm"),
    endTime: format(end, "HH:mm"),
    mode: s.mode,
    venueName: s.venueName ?? "",
    venueAddress: s.venueAddress ?? "",
    district: s.district ?? "",
    onlineUrl: s.onlineUrl ?? "",
    capacity: String(s.capacity),
    trainerIds,
    sectorCapPercent: opt(s.sectorCapPercent),
    balanceUntilDays: opt(s.balanceUntilDays),
    cancelCutoffWorkingDays: opt(s.cancelCutoffWorkingDays),
  };
}
