// npm run db:seed [-- --reset]: migrate, then seed the demo partnership if the database is empty.
// With --reset, every table is emptied first (TRUNCATE ... RESTART IDENTITY CASCADE) and the seed runs again; never
// on a database whose partnership was made by `npm run setup` (a real partnership).
import { count, sql } from "drizzle-orm";
import { closeDb, getDb, withDatabaseLock, type Db } from "../client";
import { migrateDatabase } from "../migrate";
import { partnership } from "../schema";
import { madeBySetUp } from "../../lib/partnership/setup";
import { seed } from "./index";

const SEED_LOCK = 727_001; // the same lock ensureDatabase() takes around its first-start seed

async function publicTables(db: Db): Promise<string[]> {
  const res = await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const rows = (Array.isArray(res) ? res : (res as unknown as { rows: unknown[] }).rows) as { tablename: string }[];
  return rows.map((r) => r.tablename);
}

async function main(): Promise<void> {
  const reset = process.argv.slice(2).includes("--reset");
  await migrateDatabase();
  const db = await getDb();
  await withDatabaseLock(SEED_LOCK, async () => {
    const [{ n }] = await db.select({ n: count() }).from(partnership);
    // A partnership made by `npm run setup` is a real one: never emptied for the demo.
    if (n > 0 && (await madeBySetUp(db))) {
      const [p] = await db.select({ name: partnership.name }).from(partnership).limit(1);
      console.error(`This database holds ${p.name}, made by npm run setup: not seeded${reset ? " and not emptied" : ""}. Use another database (DATABASE_URL or PGLITE_DIR) for the demo.`);
      process.exitCode = 1;
      return;
    }
    if (n > 0 && !reset) {
      console.log("already seeded (use --reset to empty the database and seed again)");
      return;
    }
    if (reset) {
      const tables = await publicTables(db);
      if (tables.length > 0) {
        const list = tables.map((t) => `"${t.replace(/"/g, '""')}"`).join(", ");
        await db.execute(sql.raw(`TRUNCATE ${list} RESTART IDENTITY CASCADE`));
        console.log(`emptied ${tables.length} tables`);
      }
    }
    const started = Date.now();
    await seed(db);
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  });
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
