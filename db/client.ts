// One database client per process: embedded PGlite when DATABASE_URL is unset, postgres.js when it is set.
// Opened lazily (next build imports modules) and kept on globalThis (Next may load a module more than once).
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Holder = {
  db: Db;
  mode: "pglite" | "postgres";
  close: () => Promise<void>;
  /** Run fn while holding a database-wide lock (migrations, seeding): advisory lock on Postgres. */
  withLock: <T>(key: number, fn: () => Promise<T>) => Promise<T>;
};

const g = globalThis as unknown as { __lscpDb?: Promise<Holder> };

export function databaseMode(): "pglite" | "postgres" {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export function pgliteDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

/**
 * postgres.js reaches a unix socket only through its `host` option (a socket path in the URL is not used), so a
 * `?host=/var/run/postgresql` in DATABASE_URL is turned into that option. On one machine the socket costs less CPU
 * per query than TCP over loopback.
 */
export function postgresTarget(url: string): { url: string; host?: string } {
  const u = new URL(url);
  const host = u.searchParams.get("host");
  if (!host?.startsWith("/")) return { url };
  u.searchParams.delete("host");
  return { url: u.toString(), host };
}

async function open(): Promise<Holder> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const target = postgresTarget(url);
    const client = postgres(target.url, {
      ...(target.host ? { host: target.host } : {}),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connect_timeout: 10,
    });
    return {
      db: drizzle(client, { schema }) as unknown as Db,
      mode: "postgres",
      close: () => client.end({ timeout: 5 }),
      withLock: async (key, fn) => {
        // Session-level advisory locks must be taken and released on one connection.
        const reserved = await client.reserve();
        try {
          await reserved`select pg_advisory_lock(${key})`;
          return await fn();
        } finally {
          await reserved`select pg_advisory_unlock(${key})`.catch(() => {});
          reserved.release();
        }
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = pgliteDir();
  if (!dir.startsWith("memory://")) {
    const fs = await import("node:fs");
    fs.mkdirSync(dir, { recursive: true });
  }
  const client = new PGlite(dir);
  await client.waitReady;
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    mode: "pglite",
    close: () => client.close(),
    // PGlite is one connection in one process: nothing else can interleave.
    withLock: (_key, fn) => fn(),
  };
}

function holder(): Promise<Holder> {
  if (!g.__lscpDb) {
    g.__lscpDb = open().catch((err) => {
      g.__lscpDb = undefined;
      throw err;
    });
  }
  return g.__lscpDb;
}

export async function getDb(): Promise<Db> {
  return (await holder()).db;
}

export async function withDatabaseLock<T>(key: number, fn: () => Promise<T>): Promise<T> {
  return (await holder()).withLock(key, fn);
}

export async function closeDb(): Promise<void> {
  const h = g.__lscpDb;
  g.__lscpDb = undefined;
  if (h) await (await h).close();
}

export { schema };
