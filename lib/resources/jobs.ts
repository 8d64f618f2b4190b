// Policy library jobs, registered from lib/jobs/handlers.ts.
import { registerJobHandler } from "@/lib/jobs/registry";
import { notifyVersionUpdate } from "./notices";

export function registerResourceJobs(): void {
  registerJobHandler("resources:version-published", async (job) => void (await notifyVersionUpdate(Number(job.payload.versionId))));
}
