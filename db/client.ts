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

/** Above this many parameters a statement is a one-off bulk write: not worth keeping prepared. */
export const MAX_PREPARED_PARAMETERS = 100;

/** DATABASE_PREPARE=0 turns named prepared statements off (e.g. behind PgBouncer in transaction mode). */
export function preparedStatementsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.DATABASE_PREPARE?.trim() !== "0";
}

type PgClient = import("postgres").Sql;

/**
 * Seconds before reconnecting after `attempts` failed connections. postgres.js counts failures across the whole
 * pool and its default waits 3^attempts/100 s, up to 20: when a restart drops all ten connections at once, the
 * next reconnect waited 10–20 s. Here the wait doubles from 50 ms and stops at 1 s (with jitter), so the app is
 * back within about a second of the database.
 */
export function reconnectBackoffSeconds(attempts: number, random = Math.random()): number {
  return (0.5 + random / 2) * Math.min(0.05 * 2 ** Math.max(0, attempts - 1), 1);
}

/**
 * drizzle sends every query through postgres.js's `unsafe()` with `prepare: false`. An unprepared query with
 * parameters costs two round trips (postgres.js asks the server for the parameter types first) and is parsed and
 * planned every time; prepared, it is one round trip, parsed once per connection. So queries are prepared unless
 * they are bulk writes. postgres.js keeps one statement per distinct SQL text per connection and replaces
 * connections after 30–60 minutes, and re-prepares a statement a schema change has invalidated.
 */
export function preparingClient<T extends PgClient>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: { prepare?: boolean }) =>
          target.unsafe(query, params as never, (params?.length ?? 0) <= MAX_PREPARED_PARAMETERS ? { ...options, prepare: true } : options);
      }
      // Transactions and savepoints hand the callback a client of their own: it prepares too.
      if (prop === "begin" || prop === "savepoint") {
        const fn = Reflect.get(target, prop, receiver) as (...a: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const cb = args.pop() as (tx: PgClient) => unknown;
          return fn.call(target, ...args, (tx: PgClient) => cb(preparingClient(tx)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

async function open(): Promise<Holder> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const target = postgresTarget(url);
    const prepare = preparedStatementsEnabled();
    const client = postgres(target.url, {
      ...(target.host ? { host: target.host } : {}),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connect_timeout: 10,
      backoff: (attempts: number) => reconnectBackoffSeconds(attempts),
      prepare,
    });
    return {
      db: drizzle(prepare ? preparingClient(client) : client, { schema }) as unknown as Db,
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
