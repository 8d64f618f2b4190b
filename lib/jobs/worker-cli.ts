// `npm run worker`: a separate process that only runs jobs (scale it out like app instances).
import { closeDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { startWorker } from "./worker";

async function main() {
  await migrateDatabase();
  const w = startWorker();
  console.log(`[jobs] worker ${w.id} started`);
  const shutdown = async () => {
    await w.stop();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

void main();
