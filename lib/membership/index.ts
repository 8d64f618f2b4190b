// Safer membership: the public face of the domain.
export { activeOrganisationIdsFor, personHasActiveMembership } from "./status";
export { applyForMembership, assertContactOf, myOrganisation, organisationIdsOf, renewMembership, type OrganisationOverview, type RenewalTerms } from "./organisations";
export { decideMembership, getMembershipForDecision, listMemberships, membershipFilterOptions, MEMBERSHIP_STATUSES, PAGE_SIZE, type MembershipFilters, type MembershipStatus } from "./business-unit";
export { memberCountSeries, memberCountsOn, membersOn, membershipStatistics, type MemberCounts, type SeriesPoint } from "./counts";
export { acceptInvite, inviteColleague, readInvite, INVITE_DAYS } from "./invites";
export { runRenewalScan } from "./notices";
export { applySchema, APPLY_FIELD_ORDER, type ApplyInput } from "./apply-schema";
export { decisionSchema, type DecisionInput } from "./decision-schema";
export { inviteSchema, type InviteInput } from "./invite-schema";
export { renewSchema, type RenewInput } from "./renew-schema";
export * from "./rules";
