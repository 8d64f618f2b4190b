// The business unit's side of the catalogue: opportunities, sessions and each session's bookings.
// Every function that reads or writes checks catalogue:manage (lib/auth/policy) at its top.
export { listOpportunitiesForAdmin, getOpportunityForAdmin, listPrerequisiteChoices, createOpportunity, updateOpportunity, opportunityFormValues, ADMIN_PAGE_SIZE } from "./opportunities";
export { listTrainers, listDistricts, listSessionsOfOpportunity, getSessionForAdmin, createSession, updateSession, cancelSession } from "./sessions";
export { SESSION_CANCELLED_JOB, SESSION_CHANGED_JOB } from "./job-kinds";
export { sessionSavedNotice } from "./saved-notice";
export { sessionFormValues } from "./session-form-values";
export { listSessionBookings, getBookingForAdmin, cancelBookingOnBehalf, sessionBookingsCsv, type AdminBookingRow } from "./bookings";
export { registerCatalogueAdminJobs } from "./session-cancelled-mail";
export { opportunitySchema, OPPORTUNITY_MULTI_FIELDS, type OpportunityInput } from "./opportunity-schema";
export { sessionSchema, SESSION_MULTI_FIELDS, type SessionInput } from "./session-schema";
export * from "./labels";
export { cancelSessionSchema } from "./cancel-session-schema";
export { parseId } from "./ids";
