export { enqueue, cancelJobs, rescheduleJob, backoffSeconds, type EnqueueInput, type JobRow } from "./queue";
export { registerJobHandler, registerRecurring } from "./registry";
export { startWorker, runDueJobsOnce } from "./worker";
