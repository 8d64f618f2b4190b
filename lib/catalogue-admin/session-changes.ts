// What changed about a session, as the people booked on it are told it: pure (no database, no clock).
import { ATTENDEE_SESSION_FIELDS, type AttendeeSessionField } from "@/lib/booking/session-change";
import { venueLine } from "@/lib/catalogue/venue";
import { formatSessionTimes } from "@/lib/dates";

/** The parts of a session people booked on it rely on. */
export type SessionDetails = {
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venueName: string | null;
  venueAddress: string | null;
  district: string | null;
  onlineUrl: string | null;
};

/** The same, as stored in a job's payload (JSON). */
export type SessionDetailsJson = Omit<SessionDetails, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };

export function sessionDetails(s: SessionDetails): SessionDetails {
  return { startsAt: s.startsAt, endsAt: s.endsAt, mode: s.mode, venueName: s.venueName, venueAddress: s.venueAddress, district: s.district, onlineUrl: s.onlineUrl };
}

export function detailsToJson(d: SessionDetails): SessionDetailsJson {
  return { ...sessionDetails(d), startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString() };
}

export function detailsFromJson(j: SessionDetailsJson): SessionDetails {
  return sessionDetails({ ...j, startsAt: new Date(j.startsAt), endsAt: new Date(j.endsAt) });
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));

/** The attendee-facing fields that differ. Capacity, trainers, the sector cap and the cut-off are not among them. */
export function attendeeChanges(before: SessionDetails, after: SessionDetails): AttendeeSessionField[] {
  return ATTENDEE_SESSION_FIELDS.filter((f) => !same(before[f], after[f]));
}

/** Where the session is, in a few words. The joining link only for people who hold a place (`withLink`). */
export function whereWords(d: SessionDetails, withLink: boolean): string {
  if (d.mode === "online") return withLink && d.onlineUrl ? `Online, joining link ${d.onlineUrl}` : "Online";
  const line = venueLine(d.venueName, d.venueAddress) || "Venue to be confirmed";
  return d.district ? `${line} (${d.district})` : line;
}

export type ChangeLine = { label: string; was: string; now: string };

/**
 * What changed, each as "was … / now …" in plain words. `withLink`: the person holds a place, so is told the
 * joining link (and about a new one); people waiting or awaiting approval were never given it.
 */
export function describeChanges(before: SessionDetails, after: SessionDetails, opts: { withLink: boolean }): ChangeLine[] {
  const changed = new Set(attendeeChanges(before, after));
  const lines: ChangeLine[] = [];
  if (changed.has("startsAt") || changed.has("endsAt")) {
    lines.push({ label: "Date and time", was: formatSessionTimes(before.startsAt, before.endsAt), now: formatSessionTimes(after.startsAt, after.endsAt) });
  }
  const placeChanged = changed.has("mode") || (after.mode === "venue" && (changed.has("venueName") || changed.has("venueAddress") || changed.has("district")));
  if (placeChanged) {
    lines.push({ label: "Where", was: whereWords(before, opts.withLink), now: whereWords(after, opts.withLink) });
  } else if (after.mode === "online" && changed.has("onlineUrl") && opts.withLink) {
    lines.push({ label: "Joining link", was: before.onlineUrl ?? "None", now: after.onlineUrl ?? "None" });
  }
  return lines;
}
