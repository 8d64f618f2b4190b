// Words shown for the catalogue's enums in the admin forms (client-safe).
export const OPPORTUNITY_TYPES = ["course", "e_learning", "webinar", "briefing", "conference", "best_practice_event", "safer_workshop"] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

export const OPPORTUNITY_TYPE_NAMES: Record<OpportunityType, string> = {
  course: "Multi-agency course",
  e_learning: "E-learning",
  webinar: "Webinar",
  briefing: "Briefing",
  conference: "Conference",
  best_practice_event: "Best-practice event",
  safer_workshop: "Safer workshop",
};

export const DURATIONS = ["full_day", "half_day", "short", "self_paced"] as const;
export type Duration = (typeof DURATIONS)[number];

export const DURATION_NAMES: Record<Duration, string> = {
  full_day: "Full day",
  half_day: "Half day",
  short: "Short (under 3 hours)",
  self_paced: "Self-paced",
};

export const OPPORTUNITY_SETTINGS = ["multiAgency", "requiresManagerApproval", "membersOnly", "published"] as const;
export type OpportunitySetting = (typeof OPPORTUNITY_SETTINGS)[number];

export const OPPORTUNITY_SETTING_NAMES: Record<OpportunitySetting, string> = {
  multiAgency: "Multi-agency (counts towards the partnership's multi-agency training)",
  requiresManagerApproval: "Bookings need the line manager's approval",
  membersOnly: "Only for Safer members",
  published: "Published in the catalogue",
};

export const BOOKING_STATUS_NAMES: Record<string, string> = {
  requested: "Awaiting approval",
  confirmed: "Confirmed",
  waitlisted: "On waiting list",
  offered: "Offered a place",
  cancelled: "Cancelled",
  late_cancelled: "Cancelled late",
  transferred: "Transferred",
  declined: "Declined",
};

export const ATTENDANCE_NAMES: Record<string, string> = { attended: "Attended", partial: "Partially attended", no_show: "Did not attend" };
