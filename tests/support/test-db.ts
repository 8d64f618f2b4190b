// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (created with a unique name and dropped afterwards).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import postgres from "postgres";
import { closeDb, getDb, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export function adminUrlFor(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  return {
    url: adminUrlFor(base, name),
    drop: async () => {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

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
