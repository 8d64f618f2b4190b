// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (created with a unique name and dropped afterwards).
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createTestDatabase } from "./pg-database";

// The e2e server imports these without vitest (which cannot be loaded outside a test run).
export { adminUrlFor, createTestDatabase } from "./pg-database";

export function usingRealPostgres(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/** Call at the top level of a test file; returns a getter for the file's database. */
export function useTestDatabase(): () => Promise<Db> {
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    await closeDb();
    if (process.env.TEST_DATABASE_URL) {
      const created = await createTestDatabase();
      drop = created.drop;
      process.env.DATABASE_URL = created.url;
    } else {
      delete process.env.DATABASE_URL;
      process.env.PGLITE_DIR = "memory://";
    }
    await migrateDatabase();
  });
  afterAll(async () => {
    await closeDb();
    if (drop) await drop();
  });
  return getDb;
}
