import { ensureDatabase } from "@/db/migrate";

export async function startInstance(): Promise<void> {
  const { seeded } = await ensureDatabase({ seed: process.env.SEED_ON_START !== "0" });
  if (seeded) console.log("[startup] empty database seeded with the demo partnership");
  else if (process.env.SEED_ON_START === "0") {
    const { existingPartnership } = await import("@/lib/partnership/setup");
    if (!(await existingPartnership())) console.warn("[startup] this database has no partnership yet: run npm run setup (-- --help for its options; stop the app first when it uses the embedded database)");
  }
  // Every instance works the job queue unless told not to (e.g. when dedicated `npm run worker` processes run).
  if (process.env.RUN_JOBS_IN_APP !== "0") {
    const { startWorker } = await import("@/lib/jobs/worker");
    startWorker();
  }
}
