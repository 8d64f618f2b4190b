// `npm run worker`: a separate process that only runs jobs (scale it out like app instances).
// Needs PostgreSQL: embedded PGlite is one process's database, so a second process must not open it.
import { closeDb, databaseMode } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { startWorker } from "./worker";

async function main() {
  if (databaseMode() !== "postgres") {
    console.error("[jobs] npm run worker needs DATABASE_URL (PostgreSQL). With the embedded database, jobs run inside the app.");
    process.exit(1);
  }
  await migrateDatabase();
  const w = startWorker();
  console.log(`[jobs] worker ${w.id} started`);
  const shutdown = async () => {
    await w.stop();
    await closeDb();
    process.exit(0);
  };
  // As Next does in the app: a stray rejection (e.g. postgres.js losing a connection while it sets one up during
  // a database restart) is logged, not a reason to stop working jobs.
  process.on("unhandledRejection", (err) => console.error("[jobs] unhandled rejection", err));
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

void main();
