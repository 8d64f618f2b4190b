// Every job kind the platform runs. Domains add theirs here.
import { anonymiseInactivePeople } from "@/lib/privacy/retention";
import { registerCatalogueAdminJobs } from "@/lib/catalogue-admin/session-cancelled-mail";
import { registerReminderJobs } from "@/lib/reminders/jobs";
import { registerMembershipJobs } from "@/lib/membership/jobs";
import { registerResourceJobs } from "@/lib/resources/jobs";
import { registerNoShowJobs } from "@/lib/noshow/notices";
import { registerBookingJobs } from "@/lib/booking/jobs";
import { registerEvaluationJobs } from "@/lib/evaluation/jobs";
import { pruneRecurringRuns } from "./queue";
import { registerJobHandler, registerRecurring } from "./registry";

let registered = false;

export function registerAllJobHandlers(): void {
  if (registered) return;
  registered = true;
  registerJobHandler("noop", async () => {});
  registerRecurring({ name: "prune-recurring-runs", everySeconds: 24 * 3600, run: () => pruneRecurringRuns() });
  registerReminderJobs();
  registerCatalogueAdminJobs();
  registerMembershipJobs();
  registerResourceJobs();
  registerNoShowJobs();
  registerBookingJobs();
  registerEvaluationJobs();
  registerRecurring({ name: "retention", everySeconds: 24 * 3600, run: async () => void (await anonymiseInactivePeople()) });
}
