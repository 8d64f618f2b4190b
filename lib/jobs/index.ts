export { enqueue, cancelJobs, rescheduleJob, backoffSeconds, type EnqueueInput, type JobRow } from "./queue";
export { registerJobHandler } from "./registry";
export { startWorker, runDueJobsOnce } from "./worker";
