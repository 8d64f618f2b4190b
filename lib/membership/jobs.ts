// Scheduled Safer membership work, registered from lib/jobs/handlers.ts.
import { registerJobHandler, registerRecurring } from "@/lib/jobs/registry";
import { runRenewalScan, sendDecisionEmail } from "./notices";

export function registerMembershipJobs(): void {
  registerJobHandler("membership:decision-email", async (job) => sendDecisionEmail(Number(job.payload.membershipId)));
  // Hourly is plenty for day-granular notices; the sendOnce keys make repeats harmless.
  registerRecurring({ name: "membership-renewals", everySeconds: 3600, run: async () => void (await runRenewalScan()) });
}
