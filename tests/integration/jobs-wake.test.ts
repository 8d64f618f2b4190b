// Waking the job worker: a job queued by a request (a booking's email) runs at once instead of at the next poll.
import { afterEach, expect, it } from "vitest";
import { enqueue } from "@/lib/jobs";
import { registerJobHandler } from "@/lib/jobs/registry";
import { wakeJobWorkers } from "@/lib/jobs/wake";
import { startWorker, type WorkerHandle } from "@/lib/jobs/worker";
import { givenPartnership } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let worker: WorkerHandle | undefined;
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

it("runs a newly queued job as soon as the worker is woken, long before its next poll", async () => {
  await givenPartnership(await getDb());
  const ran: string[] = [];
  registerJobHandler("wake:probe", async (row) => {
    ran.push(String(row.key));
  });
  expect(wakeJobWorkers()).toBe(false);
  worker = startWorker({ pollMs: 60_000 });
  // Let the first (empty) poll finish; the next one is a minute away.
  for (let i = 0; i < 100 && !ran.length; i++) await sleep(20);
  await sleep(300);
  await enqueue({ kind: "wake:probe", key: "wake:probe:1" });
  await sleep(300);
  expect(ran).toEqual([]);
  expect(wakeJobWorkers()).toBe(true);
  for (let i = 0; i < 100 && !ran.length; i++) await sleep(20);
  expect(ran).toEqual(["wake:probe:1"]);
});

it("no longer wakes a stopped worker", async () => {
  const w = startWorker({ pollMs: 60_000 });
  await w.stop();
  expect(wakeJobWorkers()).toBe(false);
});

it("waits for a job another worker is running, and says so when it outlasts the wait", async () => {
  await givenPartnership(await getDb());
  const finished: string[] = [];
  registerJobHandler("inflight:probe", async (row) => {
    await sleep(Number(row.payload.ms));
    finished.push(String(row.key));
  });
  const { jobsInFlight } = await import("@/lib/jobs/queue");
  const { runDueJobsOnce, waitForJobsInFlight } = await import("@/lib/jobs/worker");
  expect(await jobsInFlight()).toBe(0);

  // "Another instance": a batch that is claimed and still running when we look.
  await enqueue({ kind: "inflight:probe", key: "inflight:1", payload: { ms: 400 } });
  const other = runDueJobsOnce("other-instance", 5);
  for (let i = 0; i < 100 && (await jobsInFlight()) === 0; i++) await sleep(10);
  expect(await jobsInFlight()).toBe(1);
  expect(await waitForJobsInFlight(5_000, 20)).toBe(true);
  expect(finished).toEqual(["inflight:1"]);
  expect(await jobsInFlight()).toBe(0);
  await other;

  await enqueue({ kind: "inflight:probe", key: "inflight:2", payload: { ms: 600 } });
  const slow = runDueJobsOnce("other-instance", 5);
  for (let i = 0; i < 100 && (await jobsInFlight()) === 0; i++) await sleep(10);
  expect(await waitForJobsInFlight(100, 20)).toBe(false);
  await slow;
  expect(finished).toEqual(["inflight:1", "inflight:2"]);
});
