// The booking domain's scheduled work: queued emails, approval chasers, and the scan that passes on unclaimed offers.
import { registerJobHandler, registerRecurring } from "@/lib/jobs/registry";
import { chaseApproval } from "./approvals";
import { NOTICE_JOB, sendNotice, type Notice } from "./notices";
import { expireOffers } from "./offers";
import { APPROVAL_CHASER_JOB } from "./places";

export function registerBookingJobs(): void {
  registerJobHandler(NOTICE_JOB, (job) => sendNotice(job.payload as unknown as Notice));
  registerJobHandler(APPROVAL_CHASER_JOB, (job) => chaseApproval(Number(job.payload.approvalId)));
  registerRecurring({ name: "booking:expire-offers", everySeconds: 60, run: async () => void (await expireOffers()) });
}
