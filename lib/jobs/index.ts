export { enqueue, cancelJobs, rescheduleJob, backoffSeconds, retryAt, type EnqueueInput, type JobRow } from "./queue";
export { registerJobHandler, registerRecurring } from "./registry";
export { startWorker, runDueJobsOnce, runAllDueJobs, queueRecurringJobs, waitForJobsInFlight } from "./worker";
export {
  scheduleMessage,
  registerScheduledMessage,
  cancelScheduledMessages,
  type ScheduleMessageInput,
  type ComposedMessage,
  type MessageComposer,
} from "./scheduled-message";
