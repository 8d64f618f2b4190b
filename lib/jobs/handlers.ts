// Every job kind the platform runs. Domains add theirs here.
import { anonymiseInactivePeople } from "@/lib/privacy/retention";
import { registerCatalogueAdminJobs } from "@/lib/catalogue-admin/session-cancelled-mail";
import { registerJobHandler, registerRecurring } from "./registry";

let registered = false;

export function registerAllJobHandlers(): void {
  if (registered) return;
  registered = true;
  registerJobHandler("noop", async () => {});
  registerCatalogueAdminJobs();
  registerRecurring({ name: "retention", everySeconds: 24 * 3600, run: async () => void (await anonymiseInactivePeople()) });
}
