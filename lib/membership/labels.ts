// The membership application's choices and field order, without zod or date code: the apply form imports these
// with the page and fetches its schema (lib/membership/apply-schema) only when the person starts filling it in.

export const ORGANISATION_TYPES = [
  "Voluntary or community group",
  "Faith group",
  "Sports club",
  "Uniformed group",
  "Arts group",
  "Small provider",
  "Other",
] as const;

export const APPLY_FIELD_ORDER = ["name", "charityNumber", "companyNumber", "orgType", "district", "sizeBand", "leadName", "leadEmail", "leadPhone"];

/** Words for a membership's status, the same on every business-unit page. */
export const MEMBERSHIP_STATUS_NAMES: Record<"pending" | "active" | "lapsed" | "declined", string> = {
  pending: "Application",
  active: "Active",
  lapsed: "Lapsed",
  declined: "Declined",
};
