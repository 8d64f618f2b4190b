// Faults against real PostgreSQL: every connection of the app's pool is dropped by the server
// (pg_terminate_backend, as a database restart or failover does) while the app serves requests and works jobs.
// The app must recover by itself: a few requests may fail, then /api/health answers 200 and pages' queries work
// (no endless 500 loop), and the job worker keeps going with nothing lost.
import { inArray } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { job } from "@/db/schema";
import { getOpportunityBySlug, parseCatalogueQuery, searchCatalogue } from "@/lib/catalogue";
import { enqueue } from "@/lib/jobs";
import { registerJobHandler } from "@/lib/jobs/registry";
import { runDueJobsOnce, startWorker, type WorkerHandle } from "@/lib/jobs/worker";
import { givenOpportunity, givenSession } from "../support/booking";
import { givenPartnership } from "../support/fixtures";
import { usingRealPostgres, useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const needsPostgres = usingRealPostgres() ? describe : describe.skip;
if (!usingRealPostgres()) {
  console.warn("[faults] skipped: dropping database connections needs a PostgreSQL server; set TEST_DATABASE_URL=postgres://... to run");
}

/** The server ends every connection to this test's database but the caller's (what a restart does to the app). */
async function dropAppConnections(): Promise<number> {
  const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
    return rows.length;
  } finally {
    await admin.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function healthStatus(): Promise<number> {
  try {
    return (await health()).status;
  } catch {
    return 500;
  }
}

const workers: WorkerHandle[] = [];
afterAll(async () => {
  for (const w of workers) await w.stop();
});

needsPostgres("database connections dropped while the app runs (needs TEST_DATABASE_URL)", () => {
  it("requests recover within seconds: a few may fail, then health is 200 and the catalogue works, with no 500 loop", { timeout: 60_000 }, async () => {
    const db = await getDb();
    await givenPartnership(db);
    const o = await givenOpportunity(db, { slug: `faults-${Date.now()}` });
    await givenSession(db, { opportunityId: o.id });
    // Fill the pool: many requests at once open several connections.
    expect(new Set(await Promise.all(Array.from({ length: 20 }, healthStatus)))).toEqual(new Set([200]));

    for (let round = 1; round <= 3; round++) {
      const dropped = await dropAppConnections();
      expect(dropped).toBeGreaterThan(0);
      const started = Date.now();
      const statuses: number[] = [];
      // Requests keep coming (10 at a time, as under load) until one answers 200.
      while (!statuses.includes(200)) {
        if (Date.now() - started > 10_000) throw new Error(`no recovery within 10 s: ${statuses.join(",")}`);
        statuses.push(...(await Promise.all(Array.from({ length: 10 }, healthStatus))));
        if (!statuses.includes(200)) await sleep(100);
      }
      const recoveredMs = Date.now() - started;
      const failed = statuses.filter((s) => s !== 200).length;
      console.log(`[faults] round ${round}: dropped ${dropped} connections; ${failed} of ${statuses.length} requests failed; healthy again after ${recoveredMs} ms`);
      expect(recoveredMs).toBeLessThan(5_000);
      // A couple of requests may have been on a dead connection; the pool must not keep failing.
      expect(failed).toBeLessThanOrEqual(40);
      // No 500 loop: a straggler may still meet a connection the pool has not yet seen closing (at most one
      // failure per pooled connection), then everything works: health and the queries the catalogue pages make.
      const after: number[] = [];
      for (let i = 0; i < 3; i++) {
        after.push(...(await Promise.all(Array.from({ length: 10 }, healthStatus))));
        await sleep(100);
      }
      expect(after.filter((s) => s !== 200).length).toBeLessThanOrEqual(10);
      expect(await Promise.all(Array.from({ length: 20 }, healthStatus))).toEqual(Array(20).fill(200));
      const found = await searchCatalogue(null, parseCatalogueQuery({ q: "neglect" }));
      expect(found.results.map((r) => r.slug)).toContain(o.slug);
      expect((await getOpportunityBySlug(null, o.slug))?.sessions).toHaveLength(1);
    }
  });

  it("the job worker keeps going after the blip and loses no job", { timeout: 60_000 }, async () => {
    const db = await getDb();
    const ran = new Map<string, number>();
    registerJobHandler("faults:probe", async (row) => {
      const k = String(row.key);
      ran.set(k, (ran.get(k) ?? 0) + 1);
      await sleep(20);
    });
    const run = `${Date.now()}`;
    const before = Array.from({ length: 40 }, (_, i) => `faults:${run}:before:${i}`);
    for (const key of before) await enqueue({ kind: "faults:probe", key, runAt: new Date() });
    const w = startWorker({ pollMs: 100, batchSize: 5, onError: () => {} });
    workers.push(w);
    const until = (ok: () => boolean, ms: number, what: string) =>
      (async () => {
        const end = Date.now() + ms;
        while (!ok()) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
          await sleep(50);
        }
      })();

    await until(() => ran.size >= 5, 20_000, "the worker to start");
    // Drop every connection three times while the worker is mid-batch.
    for (let i = 0; i < 3; i++) {
      await dropAppConnections();
      await sleep(150);
    }
    // Jobs queued after the blip are worked by the same worker within seconds.
    const after = Array.from({ length: 10 }, (_, i) => `faults:${run}:after:${i}`);
    for (const key of after) {
      for (let attempt = 0; ; attempt++) {
        try {
          await enqueue({ kind: "faults:probe", key, runAt: new Date() });
          break;
        } catch (e) {
          if (attempt > 20) throw e;
          await sleep(100);
        }
      }
    }
    await until(() => after.every((k) => ran.has(k)), 20_000, "the jobs queued after the blip");
    await w.stop();

    // Nothing lost: jobs whose attempt the blip broke are waiting for their retry (back-off) or their lease to
    // run out. Run the queue as if four minutes had passed: every job ends done, none failed for good.
    const later = new Date(Date.now() + 4 * 60_000);
    while ((await runDueJobsOnce("faults-later", 50, later)) > 0);
    const rows = await db.select().from(job).where(inArray(job.key, [...before, ...after]));
    expect(rows).toHaveLength(50);
    expect(rows.filter((r) => !r.doneAt).map((r) => `${r.key} ${r.lastError}`)).toEqual([]);
    expect(rows.filter((r) => r.failedAt)).toEqual([]);
    for (const k of [...before, ...after]) expect(ran.get(k)).toBeGreaterThanOrEqual(1);
    // At-least-once: only a job whose completion the blip interrupted may have run twice.
    const twice = [...ran.values()].filter((n) => n > 1).length;
    console.log(`[faults] worker: 50 jobs done after the blip; ${twice} ran twice (completion interrupted)`);
    expect(twice).toBeLessThanOrEqual(10);
  });
});
