// The booking domain's public face. Other domains depend on releasePlaceByLink and offerFreedPlace by name.
export { bookSession, getBookableSession, newFormToken, BOOK_FAILURE_MESSAGES, type BookInput, type BookResult } from "./book";
export { cancelBooking, releasePlaceByLink, declineOfferedPlace, type CancelResult } from "./cancel";
export { offerFreedPlace } from "./places";
export { claimOffer, claimOfferByToken, declineOfferByToken, getOfferByToken, expireOffers, type ClaimResult, type OfferLinkView } from "./offers";
export { getApprovalByToken, decideApprovalByToken, chaseApproval, type ApprovalLinkView } from "./approvals";
export { transferBooking, type TransferResult } from "./transfer";
export { getMyLearning, getMyBooking, type MyLearning } from "./my-learning";
export type { BookingView } from "./views";
export { registerBookingJobs } from "./jobs";
export { bookingNeedsSchema, bookingConfirmSchema, type BookingNeedsInput, type BookingConfirmInput } from "./book-schema";
export { transferSchema, type TransferInput } from "./transfer-schema";
export { cancellationCutoff, isLateCancellation, lastFreeCancellationMinute, bookingClosedReason, waitingListPromise, APPROVAL_REASON_TEXT, type ApprovalReason } from "./rules";
