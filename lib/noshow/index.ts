// No-shows: the repeat rule, notices to learners and managers, and figures for reports and the learner.
export { repeatRuleApplies, windowStart, noShowsInWindow, noShowsInPolicyWindow, recentNoShowStarts, requiresRepeatNoShowApproval } from "./repeat-rule";
export { noShowsByAgency, noShowsByOpportunity, personNoShowHistory, type DateRange, type NoShowFigures, type AttendanceHistoryEntry } from "./figures";
export { queueNoShowNotices, sendNoShowNotice, registerNoShowJobs, noShowNoticeKey, queueNoShowCorrections, sendNoShowCorrection, noShowCorrectionKey } from "./notices";
