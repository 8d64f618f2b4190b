// Starts the production server (server.ts, as `npm start`, with the public-page micro-cache; one instance unless
// WEB_CONCURRENCY says more) for the Playwright run on a fresh database: a new PostgreSQL database when
// TEST_DATABASE_URL is set, otherwise a PGlite directory in /tmp. Cleans up on exit.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "./pg-database";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: port,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    ENABLE_DEV_OUTBOX: "1",
    SIGN_IN_LIMIT_PER_EMAIL: "1000",
    SIGN_IN_LIMIT_PER_IP: "100000",
    SMTP_URL: "",
    // One instance unless told otherwise: the journeys run one at a time, and on a 2-core machine a second instance
    // only doubles the cold first render of every page (measured: the foundation journeys 60 s → 52 s).
    WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1",
  };
  delete env.SMTP_URL;
  let cleanup: () => Promise<void> = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    const db = await createTestDatabase();
    env.DATABASE_URL = db.url;
    cleanup = db.drop;
  } else {
    delete env.DATABASE_URL;
    const dir = mkdtempSync(path.join(tmpdir(), "lscp-e2e-"));
    env.PGLITE_DIR = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio: "inherit" });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    await cleanup().catch((e) => console.error("cleanup failed", e));
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", (code) => {
    if (!stopping) void cleanup().finally(() => process.exit(code ?? 1));
  });
}

void main();
