// Delivery over real SMTP: retries with back-off, and exactly once with several worker processes on PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, sentMessage } from "@/db/schema";
import { registerAllJobHandlers } from "@/lib/jobs/handlers";
import { runDueJobsOnce } from "@/lib/jobs";
import { resetSmtpTransport } from "@/lib/mail/transport";
import { queueDueReminders } from "@/lib/reminders";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { freePort, givenBooking, givenSession, startSmtpServer, type TestSmtp } from "../support/reminders";
import { usingRealPostgres, useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const servers: TestSmtp[] = [];
const workers: ChildProcess[] = [];

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  await givenPartnership(await getDb());
  registerAllJobHandlers();
});

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGTERM");
  await Promise.all(workers.map((w) => (w.exitCode === null && w.signalCode === null ? new Promise((r) => w.once("exit", r)) : null)));
  delete process.env.SMTP_URL;
  resetSmtpTransport();
  await Promise.all(servers.map((s) => s.close()));
});

async function useSmtp(opts: { port?: number; delayMs?: number } = {}) {
  const smtp = await startSmtpServer(opts);
  servers.push(smtp);
  process.env.SMTP_URL = smtp.url;
  resetSmtpTransport();
  return smtp;
}

async function bookedPeople(count: number, startsInDays = 6) {
  const db = await getDb();
  const s = await givenSession(db, { startsInDays, capacity: count });
  const people = [];
  for (let i = 0; i < count; i++) {
    const p = await givenPerson(db);
    const b = await givenBooking(db, s, p.id);
    people.push({ ...p, bookingId: b.id });
  }
  return people;
}

async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SEC = 1000;

describe("delivery over SMTP", () => {
  it("hands the reminder to the mail server with a plain-text part, HTML and a calendar file", async () => {
    const smtp = await useSmtp();
    const [me] = await bookedPeople(1);
    await queueDueReminders();
    await runDueJobsOnce("test-worker", 50);
    const mine = smtp.received.filter((m) => m.envelopeTo.includes(me.email.toLowerCase()));
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toMatch(/^Please confirm your place: /);
    expect(mine[0].text).toContain("Yes, I will attend");
    expect(mine[0].html).toContain("Test Safeguarding Children Partnership");
    expect(mine[0].attachments.map((a) => a.contentType)).toEqual(["text/calendar"]);
  });

  it("retries a refused message with back-off and delivers it once", async () => {
    const db = await getDb();
    const smtp = await useSmtp();
    const [me] = await bookedPeople(1);
    const key = `reminder:7:booking:${me.bookingId}`;
    const t0 = new Date();
    await queueDueReminders(t0);
    smtp.refuse(2);

    await runDueJobsOnce("w", 50, t0);
    let [j] = await db.select().from(job).where(eq(job.key, key));
    expect(j).toMatchObject({ attempts: 1, doneAt: null, failedAt: null });
    expect(j.lastError).toMatch(/451/);
    const wait1 = j.runAt.getTime() - t0.getTime();
    expect(wait1).toBeGreaterThanOrEqual(30 * SEC);
    expect(wait1).toBeLessThanOrEqual(36 * SEC);

    await runDueJobsOnce("w", 50, new Date(t0.getTime() + 20 * SEC));
    [j] = await db.select().from(job).where(eq(job.key, key));
    expect(j.attempts).toBe(1);

    const t1 = new Date(t0.getTime() + 40 * SEC);
    await runDueJobsOnce("w", 50, t1);
    [j] = await db.select().from(job).where(eq(job.key, key));
    expect(j.attempts).toBe(2);
    expect(j.runAt.getTime() - t1.getTime()).toBeGreaterThanOrEqual(60 * SEC);

    await runDueJobsOnce("w", 50, new Date(t0.getTime() + 200 * SEC));
    await runDueJobsOnce("w", 50, new Date(t0.getTime() + 3600 * SEC));
    [j] = await db.select().from(job).where(eq(job.key, key));
    expect(j).toMatchObject({ attempts: 3, lastError: null });
    expect(j.doneAt).toBeInstanceOf(Date);
    expect(smtp.received.filter((m) => m.envelopeTo.includes(me.email.toLowerCase()))).toHaveLength(1);
    expect(await db.select().from(sentMessage).where(eq(sentMessage.key, key))).toHaveLength(1);
  });

  it("keeps the message while the mail server is down and delivers it once it is back", async () => {
    const db = await getDb();
    const port = await freePort();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetSmtpTransport();
    const [me] = await bookedPeople(1);
    const key = `reminder:7:booking:${me.bookingId}`;
    const t0 = new Date();
    await queueDueReminders(t0);
    await runDueJobsOnce("w", 50, t0);
    let [j] = await db.select().from(job).where(eq(job.key, key));
    expect(j.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await db.select().from(sentMessage).where(eq(sentMessage.key, key))).toHaveLength(0);

    const smtp = await useSmtp({ port });
    await runDueJobsOnce("w", 50, new Date(t0.getTime() + 60 * SEC));
    await runDueJobsOnce("w", 50, new Date(t0.getTime() + 3600 * SEC));
    [j] = await db.select().from(job).where(eq(job.key, key));
    expect(j.doneAt).toBeInstanceOf(Date);
    expect(smtp.received.filter((m) => m.envelopeTo.includes(me.email.toLowerCase()))).toHaveLength(1);
  });
});

// Separate worker processes need a database server: embedded PGlite belongs to one process.
const needsPostgres = usingRealPostgres() ? describe : describe.skip;
if (!usingRealPostgres()) {
  console.warn("[reminders-delivery] worker-process tests skipped: set TEST_DATABASE_URL=postgres://... to run them against PostgreSQL");
}

function startWorkerProcess(smtpUrl: string, env: Record<string, string> = {}) {
  // `node --import tsx` (what `npx tsx` runs) in ONE process, so SIGKILL really kills the worker, not a wrapper.
  const child = spawn(process.execPath, ["--import", "tsx", "lib/jobs/worker-cli.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: smtpUrl, JOB_POLL_MS: "100", NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  workers.push(child);
  return { child, output: () => output };
}

needsPostgres("several worker processes on PostgreSQL (needs TEST_DATABASE_URL)", () => {
  it("3 workers, 200 due reminders: 200 delivered, none twice", { timeout: 90_000 }, async () => {
    const db = await getDb();
    const smtp = await useSmtp({ delayMs: 5 });
    const people = await bookedPeople(200);
    const ids = people.map((p) => p.bookingId);
    expect(await queueDueReminders()).toBeGreaterThanOrEqual(200);

    const ws = [1, 2, 3].map(() => startWorkerProcess(smtp.url));
    const started = Date.now();
    await waitFor(() => smtp.received.length >= 200, 75_000, `200 messages (got ${smtp.received.length}); ${ws.map((w) => w.output()).join("\n")}`);
    console.log(`[reminders-delivery] 200 reminders delivered by 3 workers in ${Date.now() - started} ms (including start-up)`);
    await new Promise((r) => setTimeout(r, 1500)); // room for any duplicate to arrive
    for (const w of ws) w.child.kill("SIGTERM");

    const recipients = smtp.received.flatMap((m) => m.envelopeTo);
    expect(recipients).toHaveLength(200);
    expect(new Set(recipients)).toEqual(new Set(people.map((p) => p.email.toLowerCase())));
    const keys = ids.map((id) => `reminder:7:booking:${id}`);
    const jobs = await db.select().from(job).where(inArray(job.key, keys));
    expect(jobs.filter((j) => j.doneAt)).toHaveLength(200);
    expect(new Set(jobs.map((j) => j.lockedBy)).size).toBeGreaterThanOrEqual(2);
    expect(await db.select().from(sentMessage).where(inArray(sentMessage.key, keys))).toHaveLength(200);
  });

  it("a worker killed mid-batch loses nothing: another takes its jobs when the lease runs out", { timeout: 90_000 }, async () => {
    const db = await getDb();
    const smtp = await useSmtp({ delayMs: 100 });
    const people = await bookedPeople(60);
    const keys = people.map((p) => `reminder:7:booking:${p.bookingId}`);
    await queueDueReminders();

    const a = startWorkerProcess(smtp.url, { JOB_LEASE_SECONDS: "2" });
    await waitFor(() => smtp.received.length >= 3, 30_000, `worker A to start sending; ${a.output()}`);
    a.child.kill("SIGKILL");
    await new Promise((r) => a.child.once("exit", r));
    const orphaned = await db
      .select({ id: job.id, lockedBy: job.lockedBy })
      .from(job)
      .where(and(inArray(job.key, keys), isNull(job.doneAt), isNotNull(job.lockedAt)));
    expect(orphaned.length).toBeGreaterThanOrEqual(5);

    const b = startWorkerProcess(smtp.url, { JOB_LEASE_SECONDS: "2" });
    await waitFor(
      async () => (await db.select({ id: job.id }).from(job).where(and(inArray(job.key, keys), isNotNull(job.doneAt)))).length === 60,
      60_000,
      `all 60 jobs done; ${b.output()}`,
    );
    const taken = await db.select().from(job).where(inArray(job.id, orphaned.map((o) => o.id)));
    expect(taken.every((j) => j.doneAt && j.lockedBy !== orphaned[0].lockedBy)).toBe(true);
    const recipients = smtp.received.flatMap((m) => m.envelopeTo);
    expect(new Set(recipients)).toEqual(new Set(people.map((p) => p.email.toLowerCase())));
    // A kill between the server's "250 OK" and the commit is the one window SMTP itself cannot close
    // (RFC 1047): at most the message in flight at the kill can arrive twice; nothing is ever lost.
    expect(recipients.length - 60).toBeLessThanOrEqual(1);
  });
});
