// Words shown for the catalogue's enums in the admin forms, and the forms' field orders: zod-free, so the forms
// import these with the page and fetch their schemas only when the person starts filling them in.
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

/** The order of the opportunity form's fields (the error summary lists errors in this order). */
export const OPPORTUNITY_FIELD_ORDER = ["title", "type", "topic", "level", "audience", "summary", "description", "outcomes", "prerequisites", "prerequisiteOpportunityIds", "duration", "settings"];

/** The order of the session form's fields. */
export const SESSION_FIELD_ORDER = ["date", "startTime", "endTime", "mode", "venueName", "venueAddress", "district", "onlineUrl", "capacity", "trainerIds", "sectorCapPercent", "balanceUntilDays", "cancelCutoffWorkingDays"];
