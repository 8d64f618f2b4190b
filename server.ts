// The server (`npm start` for production, `npm run dev` with `--dev`): every request gets its security headers
// (lib/security/headers) before Next's request handler sees it. In production: one Next.js instance per CPU core
// (node:cluster shares the port), each with the public-page micro-cache (lib/page-cache) in front of Next. A
// worker that dies is replaced. Instances share nothing but PostgreSQL, exactly like instances on separate
// machines would. In development: one instance, Next's dev server (Turbopack, hot reload), no micro-cache.
//   PORT (3000), HOSTNAME (all interfaces), WEB_CONCURRENCY (CPU cores; always 1 on embedded PGlite, which one
//   process owns), PAGE_CACHE_SECONDS (5; 0 turns the micro-cache off).
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import next from "next";
import { missingProductionSettings } from "@/lib/auth/config";
import { createPageCache } from "@/lib/page-cache";
import { applySecurityHeaders } from "@/lib/security/headers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const dev = process.argv.includes("--dev");

export function instanceCount(env: NodeJS.ProcessEnv = process.env, isDev = false): number {
  if (!env.DATABASE_URL || isDev) return 1;
  const n = Number(env.WEB_CONCURRENCY ?? os.availableParallelism());
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

async function serve(): Promise<void> {
  const app = next(dev ? { dev, turbopack: true, dir: __dirname, port, hostname } : { dev, dir: __dirname, port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = createPageCache({ ttlMs: dev ? 0 : Number(process.env.PAGE_CACHE_SECONDS ?? 5) * 1000 });
  const server = createServer((req, res) => {
    applySecurityHeaders(req, res, { dev });
    cache.handle(req, res, () => handle(req, res)).catch((err) => {
      console.error("[server] request failed", err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => console.log(`[server] instance ${process.pid} listening on ${hostname ?? "*"}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // A worker whose supervisor has gone (killed, crashed) stops too rather than linger.
  if (cluster.isWorker) process.on("disconnect", stop);
}

function supervise(n: number): void {
  let stopping = false;
  for (let i = 0; i < n; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      return;
    }
    console.error(`[server] instance ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => cluster.fork(), 500);
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 8000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (require.main === module) {
  const missing = dev ? [] : missingProductionSettings();
  if (missing.length) {
    for (const m of missing) console.error(`[server] cannot start: ${m}`);
    process.exit(1);
  }
  const n = instanceCount(process.env, dev);
  if (cluster.isPrimary && n > 1) supervise(n);
  else
    serve().catch((err) => {
      console.error("[server] could not start", err);
      process.exit(1);
    });
}
