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
