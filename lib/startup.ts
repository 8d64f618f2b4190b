import { ensureDatabase } from "@/db/migrate";

export async function startInstance(): Promise<void> {
  const { seeded } = await ensureDatabase({ seed: process.env.SEED_ON_START !== "0" });
  if (seeded) console.log("[startup] empty database seeded with the demo partnership");
  // Every instance works the job queue unless told not to (e.g. when dedicated `npm run worker` processes run).
  if (process.env.RUN_JOBS_IN_APP !== "0") {
    const { startWorker } = await import("@/lib/jobs/worker");
    startWorker();
  }
}
