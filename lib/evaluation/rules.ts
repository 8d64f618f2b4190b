// When each questionnaire is open, and when a certificate is due. Pure rules, unit-tested.

export const EVALUATION_KINDS = ["pre", "post", "impact"] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const EVALUATION_TITLES: Record<EvaluationKind, string> = {
  pre: "Before the course",
  post: "After the course",
  impact: "Impact on your practice",
};

export type Attendance = "attended" | "partial" | "no_show" | null;

export type BookingFacts = {
  status: string;
  attendance: Attendance;
  startsAt: Date;
  endsAt: Date;
  submitted: readonly EvaluationKind[];
};

const DAY_MS = 24 * 3600 * 1000;

/** The impact follow-up falls due this many days (policy.impactFollowUpDays) after the session ends. */
export function impactDueAt(endsAt: Date, followUpDays: number): Date {
  return new Date(endsAt.getTime() + followUpDays * DAY_MS);
}

/** Did the person come at all (fully or in part)? Only they are asked about the course. */
export function cameToSession(attendance: Attendance): boolean {
  return attendance === "attended" || attendance === "partial";
}

/**
 * Is this questionnaire open for this booking now?
 * - pre: a confirmed place on a session that has not started;
 * - post: the person came (fully or in part) and the register says so;
 * - impact: the post-course questionnaire is done and the follow-up date has come.
 * Each is answered once.
 */
export function isQuestionnaireOpen(kind: EvaluationKind, b: BookingFacts, now: Date, followUpDays: number): boolean {
  if (b.status !== "confirmed" || b.submitted.includes(kind)) return false;
  switch (kind) {
    case "pre":
      return now < b.startsAt;
    case "post":
      return cameToSession(b.attendance);
    case "impact":
      return cameToSession(b.attendance) && b.submitted.includes("post") && now >= impactDueAt(b.endsAt, followUpDays);
  }
}

/** Certificates of attendance are for full attendance only, released once the post-course questionnaire is in. */
export function certificateReleased(attendance: Attendance, postSubmitted: boolean): boolean {
  return attendance === "attended" && postSubmitted;
}

/** "NSCP-2022-000123": the partnership, the year issued, the booking (unique, so the number is too). */
export function certificateNumber(shortName: string, issuedAt: Date, bookingId: number): string {
  const prefix = shortName.toUpperCase().replace(/[^A-Z0-9]/g, "") || "CERT";
  return `${prefix}-${issuedAt.getUTCFullYear()}-${String(bookingId).padStart(6, "0")}`;
}
