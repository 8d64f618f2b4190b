import path from "node:path";
import { count } from "drizzle-orm";
import { databaseMode, getDb, withDatabaseLock } from "./client";
import { partnership } from "./schema";

const MIGRATION_LOCK = 727_001;
const migrationsFolder = () => path.join(process.cwd(), "db", "migrations");

/** Apply pending migrations. Safe to call from several instances at once (advisory lock). */
export async function migrateDatabase(): Promise<void> {
  const db = await getDb();
  await withDatabaseLock(MIGRATION_LOCK, async () => {
    if (databaseMode() === "postgres") {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      await migrate(db as never, { migrationsFolder: migrationsFolder() });
    } else {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db as never, { migrationsFolder: migrationsFolder() });
    }
  });
}

/** Migrate, then seed the demo partnership if the database is empty (first start). */
export async function ensureDatabase(opts: { seed?: boolean } = {}): Promise<{ seeded: boolean }> {
  await migrateDatabase();
  if (opts.seed === false) return { seeded: false };
  const db = await getDb();
  return withDatabaseLock(MIGRATION_LOCK, async () => {
    const [{ n }] = await db.select({ n: count() }).from(partnership);
    if (n > 0) return { seeded: false };
    const { seed } = await import("./seed");
    await seed(db);
    return { seeded: true };
  });
}
