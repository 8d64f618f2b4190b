// Shared by `npm run bench` and `npm run lighthouse`: build, a throw-away PostgreSQL database (migrated, seeded,
// optionally with years of history), and `next start` on a free port against it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { postgresTarget } from "../db/client";
import { SCALES, addBenchUsers, addHistory } from "./history";

export const log = (s: string) => console.log(s);

/** A one-connection client for the bench's own set-up queries (a `?host=/socket/dir` in the URL is honoured). */
export function pg(url: string): postgres.Sql {
  const t = postgresTarget(url);
  return postgres(t.url, { max: 1, onnotice: () => {}, ...(t.host ? { host: t.host } : {}) });
}
export const root = path.resolve(__dirname, "..");
export const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
/** next-auth's database-session cookie over http. */
export const COOKIE = "next-auth.session-token";

export function buildApp(): void {
  log(`building (NEXT_DIST_DIR=${distDir}) ...`);
  const b = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" },
  });
  if (b.status !== 0) throw new Error("next build failed");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

const benchServerUrl = () => process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The address of database `name` on BENCH_DATABASE_URL's server. */
function benchDatabaseUrl(name: string): string {
  const u = new URL(benchServerUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

/** The published opportunity with the most upcoming sessions (not the bench's own): the opportunity page measured. */
async function busiestOpportunitySlug(sql: postgres.Sql): Promise<string> {
  const [opp] = await sql<{ slug: string }[]>`
    select o.slug from opportunity o join session s on s.opportunity_id = o.id
    where o.published and s.starts_at > now() and s.status = 'scheduled' and s.venue_name is distinct from 'Bench future hall'
    group by o.slug order by count(*) desc, o.slug limit 1`;
  return opp.slug;
}

/** A new, uniquely named database on BENCH_DATABASE_URL's server (default the local one); drop() removes it. */
export async function createBenchDatabase(prefix = "bench"): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const adminUrl = benchServerUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = pg(adminUrl);
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: benchDatabaseUrl(name),
    drop: async () => {
      const a = pg(adminUrl);
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

/** A database kept by an earlier run (--keep-db), by name, on BENCH_DATABASE_URL's server. */
export function reuseBenchDatabase(name: string): { name: string; url: string; drop: () => Promise<void> } {
  if (!/^bench_[a-z0-9_]+$/.test(name)) throw new Error("--reuse-db takes the name of a kept bench database (bench_...)");
  return { name, url: benchDatabaseUrl(name), drop: async () => {} };
}

/** Undo an earlier run's bookings by the bench's people, so the booking run can book the same places again. */
export async function resetBenchDatabase(url: string) {
  const sql = pg(url);
  try {
    await sql`delete from job where payload->>'bookingId' in (select id::text from booking where person_id like 'bench-b-%')`;
    await sql`delete from audit_event where entity = 'booking' and actor_id like 'bench-b-%'`;
    await sql`delete from booking where person_id like 'bench-b-%'`;
    await sql`update session set places_taken = 0 where venue_name = 'Bench future hall'`;
    const ids = await sql<{ id: number }[]>`select id from session where venue_name = 'Bench future hall' order by id`;
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int n from booking`;
    const [{ sessions }] = await sql<{ sessions: number }[]>`select count(*)::int sessions from session where starts_at < now()`;
    return { bookings: n, sessions, bookingSessionIds: ids.map((r) => r.id), opportunitySlug: await busiestOpportunitySlug(sql) };
  } finally {
    await sql.end();
  }
}

/** Migrate, seed, add history (unless scale is null) and the bench's signed-in people; VACUUM ANALYZE. */
export async function prepareDatabase(url: string, scaleName: string | null) {
  process.env.DATABASE_URL = url;
  const { getDb, closeDb } = await import("../db/client");
  const { migrateDatabase } = await import("../db/migrate");
  const { seed } = await import("@/db/seed");
  let t = Date.now();
  await migrateDatabase();
  await seed(await getDb());
  await closeDb();
  log(`  migrated and seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const sql = pg(url);
  try {
    t = Date.now();
    const made = scaleName ? await addHistory(sql, SCALES[scaleName], log) : { sessions: 0, bookings: 0 };
    const users = await addBenchUsers(sql);
    await sql.unsafe("vacuum analyze");
    log(`  history and bench people added and analysed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return { ...made, ...users, opportunitySlug: await busiestOpportunitySlug(sql) };
  } finally {
    await sql.end();
  }
}

export type Server = { base: string; stop: () => Promise<void>; child: ChildProcess };

/**
 * The production server (`npm start`: server.ts, one instance per core with the public-page micro-cache, no
 * in-app job worker) on a free port against `url`; resolves when healthy. Its own process group, so stop()
 * ends every instance.
 */
export async function startServer(url: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") goes to the server's node, for profiling.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: url,
      PORT: String(port),
      RUN_JOBS_IN_APP: "0",
      SEED_ON_START: "0",
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production",
      SMTP_URL: "",
      ...extraEnv,
    },
  });
  const stop = async () => {
    if (child.exitCode != null || !child.pid) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode != null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      await stop();
      throw new Error("the server did not become healthy");
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop, child };
}
