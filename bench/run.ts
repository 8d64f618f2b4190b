// npm run bench [-- --scale=1m] [--duration=10] [--warmup=5] [--rounds=1] [--connections=20] [--skip-build] [--keep-db]
// Builds the app, creates a uniquely named PostgreSQL database (BENCH_DATABASE_URL, default the local server),
// migrates and seeds it, adds years of booking history with SQL, starts the production server and measures a static page,
// the catalogue, an opportunity page, booking (real no-JavaScript form posts by many signed-in people) and the
// attendance report with autocannon. Prints a table, writes bench/.out/results.json and drops the database.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { COOKIE, buildApp, pg, createBenchDatabase, log, prepareDatabase, resetBenchDatabase, reuseBenchDatabase, root, startServer, type Server } from "./harness";
import { ADMIN_TOKEN, BOOKERS, SCALES, bookerToken } from "./history";
import { medianRun } from "./stats";

type Args = { scale: string; duration: number; warmup: number; rounds: number; connections: number; skipBuild: boolean; keepDb: boolean; reuseDb?: string; only?: string[] };

function parseArgs(argv: string[]): Args {
  const get = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.split("=")[1];
  const scale = get("scale") ?? "15k";
  if (!SCALES[scale]) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
  return {
    scale,
    duration: Number(get("duration") ?? 10),
    warmup: Number(get("warmup") ?? 5),
    rounds: Math.max(1, Number(get("rounds") ?? 1)),
    connections: Number(get("connections") ?? 20),
    skipBuild: argv.includes("--skip-build"),
    keepDb: argv.includes("--keep-db"),
    reuseDb: get("reuse-db"),
    only: get("only")?.split(","),
  };
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The fields of the form that has a field named `field`, as a browser without JavaScript would post them. */
export function formFields(html: string, field: string): [string, string][] {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with a ${field} field on the page`);
  const fields: [string, string][] = [];
  for (const input of form.match(/<(?:input|textarea)[^>]*>/g) ?? []) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1];
    if (!name) continue;
    fields.push([decodeEntities(name), decodeEntities(/\svalue="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  return fields;
}

function multipart(fields: [string, string][], boundary: string): Buffer {
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return Buffer.from(`${parts.join("")}--${boundary}--\r\n`);
}

type Target = {
  name: string;
  path: string;
  ok: number[];
  headers?: Record<string, string>;
  setupRequest?: (req: autocannon.Request) => autocannon.Request;
};

type Measured = {
  name: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  unexpected: number;
  errors: number;
  statusCodes: Record<string, number>;
  /** With --rounds above 1: every round's p95, in the order run (the row is the round with the median p95). */
  roundsP95?: number[];
  /** Node CPU time of the server's instances per request (load-independent, unlike latency; excludes PostgreSQL). */
  serverCpuMsPerRequest: number | null;
  /** CPU time of PostgreSQL's processes per request, when the server runs on this machine (else ~0). */
  databaseCpuMsPerRequest: number | null;
  /** CPU time of this process (autocannon, the load generator) per request: the machine's share not left to serve. */
  loadGeneratorCpuMsPerRequest: number | null;
  ratioToStatic?: number;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

type ProcCpu = { pid: number; ppid: number; name: string; ms: number };

/** CPU time (user + system, ms) every process has used so far, from /proc (Linux); null elsewhere. */
function processCpu(): ProcCpu[] | null {
  try {
    return readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .flatMap((d) => {
        try {
          const stat = readFileSync(`/proc/${d}/stat`, "utf8");
          const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
          const f = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
          return [{ pid: Number(d), ppid: Number(f[1]), name, ms: ((Number(f[11]) + Number(f[12])) * 1000) / 100 }];
        } catch {
          return []; // the process ended meanwhile
        }
      });
  } catch {
    return null;
  }
}

/** CPU ms used so far by a process and all its descendants (every server instance); null when unknown. */
function cpuMs(pid: number | undefined): number | null {
  const procs = processCpu();
  if (!pid || !procs?.some((p) => p.pid === pid)) return null;
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grew = true));
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((n, p) => n + p.ms, 0);
}

/** CPU ms used so far by every process named postgres on this machine; null when unknown. */
function postgresCpuMs(): number | null {
  return processCpu()?.filter((p) => p.name === "postgres").reduce((n, p) => n + p.ms, 0) ?? null;
}

async function measure(base: string, t: Target, connections: number, duration: number, serverPid?: number): Promise<Measured> {
  const cpuBefore = cpuMs(serverPid);
  const dbBefore = postgresCpuMs();
  const loadBefore = process.cpuUsage();
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  const inst = autocannon({
    url: base + t.path,
    connections,
    duration,
    headers: t.headers,
    requests: t.setupRequest ? [{ setupRequest: t.setupRequest }] : undefined,
    timeout: 30,
  });
  inst.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    codes[status] = (codes[status] ?? 0) + 1;
  });
  const res = await inst;
  const cpuAfter = cpuMs(serverPid);
  const dbAfter = postgresCpuMs();
  const loadCpu = process.cpuUsage(loadBefore);
  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  const okCount = t.ok.reduce((n, c) => n + (codes[c] ?? 0), 0);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name: t.name,
    path: t.path,
    requests: total,
    rps: round(total / (res.duration || duration)),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[total - 1] ?? NaN),
    non2xx: res.non2xx,
    unexpected: total - okCount,
    errors: res.errors + res.timeouts,
    statusCodes: codes,
    serverCpuMsPerRequest: cpuBefore == null || cpuAfter == null || !total ? null : round((cpuAfter - cpuBefore) / total),
    databaseCpuMsPerRequest: dbBefore == null || dbAfter == null || !total ? null : round((dbAfter - dbBefore) / total),
    loadGeneratorCpuMsPerRequest: total ? round((loadCpu.user + loadCpu.system) / 1000 / total) : null,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = new Date();
  const load = os.loadavg();
  log(`bench: scale ${args.scale}, ${args.connections} connections, ${args.duration} s per page after ${args.warmup} s of warm-up, load average ${load.map((l) => l.toFixed(2)).join(" ")}`);
  if (!args.skipBuild) buildApp();
  // --reuse-db=<name> runs against a database kept by an earlier --keep-db run (minutes of set-up saved).
  const db = args.reuseDb ? reuseBenchDatabase(args.reuseDb) : await createBenchDatabase();
  const url = db.url;
  if (!args.reuseDb) log(`database ${db.name}: migrating, seeding, adding ${SCALES[args.scale].bookings.toLocaleString("en-GB")} bookings of history ...`);
  let server: Server | undefined;
  const results: Measured[] = [];
  let prepared: Awaited<ReturnType<typeof prepareDatabase>> | undefined;
  try {
    prepared = args.reuseDb ? await resetBenchDatabase(url) : await prepareDatabase(url, args.scale);
    server = await startServer(url);
    const base = server.base;
    log(`server on ${base}`);

    // Form posts as a browser without JavaScript sends them: read the real form once (the server action's id and
    // the bound form state), then post it as one of the bench's signed-in people.
    const sessions = prepared.bookingSessionIds;
    const boundary = "----benchBoundary" + randomBytes(8).toString("hex");
    const readForm = async (path: string, field: string) => {
      const page = await fetch(base + path, { headers: { cookie: `${COOKIE}=${bookerToken(0)}` } });
      if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
      return formFields(await page.text(), field);
    };
    const formPost = (path: string, user: number, body: Buffer) => ({
      method: "POST" as const,
      path,
      headers: { cookie: `${COOKIE}=${bookerToken(user % BOOKERS)}`, origin: base, "content-type": `multipart/form-data; boundary=${boundary}`, accept: "text/html" },
      body,
    });
    // One request by hand first: it must redirect where a real submission does, or the run means nothing.
    const probe = async (what: string, req: ReturnType<typeof formPost>, goesTo: RegExp) => {
      const res = await fetch(base + req.path, { method: "POST", headers: req.headers, body: new Uint8Array(req.body), redirect: "manual" });
      const loc = res.headers.get("location") ?? "";
      if (res.status !== 303 || !goesTo.test(loc)) throw new Error(`a ${what} post answered ${res.status} ${loc}: ${(await res.text()).slice(0, 300)}`);
      log(`  a ${what} post answers ${res.status} → ${loc}`);
    };

    // The floor of a form post: the booking's first step (access needs) is a server action that checks the
    // caller (one query), validates, keeps the answers in a cookie and redirects; nothing else touches the database.
    const needsFields = (await readForm(`/book/${sessions[0]}`, "accessNeeds")).map(([k, v]): [string, string] => [k, k === "accessNeeds" ? "Step-free access" : v]);
    const needsBody = multipart(needsFields, boundary);
    let needsCounter = 0;
    const needsRequest = () => formPost(`/book/${sessions[0]}`, needsCounter++, needsBody);
    await probe("needs form", needsRequest(), /\/check$/);

    // Booking: every request is a new person booking a place with a fresh form token, spread over the bench sessions.
    const fields = await readForm(`/book/${sessions[0]}/check`, "formToken");
    log(`  booking form fields: ${fields.map(([k]) => k).join(", ")}`);
    let counter = 0;
    const bookingRequest = (i: number) => {
      const sid = sessions[(i + Math.floor(i / BOOKERS)) % sessions.length];
      const body = multipart(
        fields.map(([k, v]): [string, string] => [k, k === "formToken" ? randomBytes(16).toString("base64url") : k === "sessionId" ? String(sid) : v]),
        boundary,
      );
      return formPost(`/book/${sid}/check`, i, body);
    };
    await probe("booking", bookingRequest(counter++), /\/confirmation\//);

    const adminCookie = { cookie: `${COOKIE}=${ADMIN_TOKEN}` };
    const targets = ([
      { name: "static page", path: "/bench-static", ok: [200] },
      { name: "catalogue", path: "/catalogue", ok: [200] },
      { name: "catalogue search", path: "/catalogue?q=neglect", ok: [200] },
      // Signed-in people always get a fresh render (the micro-cache serves only people who are not signed in).
      { name: "catalogue signed in", path: "/catalogue", ok: [200], headers: { cookie: `${COOKIE}=${bookerToken(1)}` } },
      { name: "opportunity page", path: `/catalogue/${prepared.opportunitySlug}`, ok: [200] },
      { name: "form post floor", path: `/book/${sessions[0]}`, ok: [303], setupRequest: (req: autocannon.Request) => ({ ...req, ...needsRequest() }) },
      { name: "booking (form post)", path: `/book/${sessions[0]}/check`, ok: [303], setupRequest: (req: autocannon.Request) => ({ ...req, ...bookingRequest(counter++) }) },
      { name: "attendance report", path: "/admin/reports", ok: [200], headers: adminCookie },
    ] as Target[]).filter((t) => !args.only || args.only.some((o) => t.name.startsWith(o)));

    // Rounds go through every page in turn, so a slow spell of this shared machine hits one round of each page
    // rather than all of one page; each page's row is its median round.
    const runs = new Map<string, Measured[]>();
    for (let round = 1; round <= args.rounds; round++) {
      if (args.rounds > 1) log(`round ${round} of ${args.rounds}`);
      for (const t of targets) {
        // Warm up, not recorded: the first requests load code and fill the connection pool, and V8 needs a few
        // thousand renders before a page's code is optimised (a report measured after 2 s used ~1.8× the CPU it
        // settles at). A server runs for days, so the steady state is what the figures should show.
        await measure(base, { ...t, setupRequest: t.setupRequest }, args.connections, args.warmup);
        const m = await measure(base, t, args.connections, args.duration, server.child.pid);
        runs.set(t.name, [...(runs.get(t.name) ?? []), m]);
        log(`  ${m.name.padEnd(20)} ${String(m.rps).padStart(7)} req/s  p50 ${m.p50} ms  p95 ${m.p95} ms  p99 ${m.p99} ms  CPU ${m.serverCpuMsPerRequest} ms  load ${m.loadGeneratorCpuMsPerRequest} ms  unexpected ${m.unexpected}`);
      }
    }
    for (const t of targets) results.push(medianRun(runs.get(t.name) ?? []));
    const stat = results.find((r) => r.name === "static page");
    if (stat) for (const r of results) r.ratioToStatic = Math.round((r.rps / stat.rps) * 1000) / 1000;

    const check = pg(url);
    const [{ booked, over }] = await check<{ booked: number; over: number }[]>`
      select (select count(*)::int from booking where person_id like 'bench-b-%') booked,
             (select count(*)::int from session where places_taken > capacity) "over"`;
    await check.end();
    log(`  bookings made by the booking run: ${booked}; sessions over capacity: ${over}`);

    const targetsMs: Record<string, number> = { catalogue: 100, "catalogue search": 100, "booking (form post)": 150, "attendance report": 300 };
    printTable(results, targetsMs);
    const out = {
      date: started.toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` },
      loadAverageAtStart: load,
      loadAverageAtEnd: os.loadavg(),
      scale: args.scale,
      bookingsInDatabase: prepared.bookings,
      historySessions: prepared.sessions,
      connections: args.connections,
      durationSeconds: args.duration,
      warmupSeconds: args.warmup,
      rounds: args.rounds,
      bookingsMadeDuringRun: booked,
      sessionsOverCapacity: over,
      targetsP95Ms: targetsMs,
      results,
    };
    mkdirSync(path.join(root, "bench", ".out"), { recursive: true });
    const file = path.join(root, "bench", ".out", args.scale === "15k" ? "results.json" : `results-${args.scale}.json`);
    writeFileSync(file, JSON.stringify(out, null, 2));
    log(`results written to ${path.relative(root, file)}`);
  } finally {
    await server?.stop();
    if (args.keepDb || args.reuseDb) log(`kept database ${url} (--reuse-db=${db.name})`);
    else await db.drop();
  }
}

function printTable(rows: Measured[], targets: Record<string, number>) {
  const rounds = rows.some((r) => r.roundsP95);
  const head = ["page", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "unexpected", "× static", "CPU ms/req", "DB CPU ms/req", "load CPU ms/req", "p95 target", ...(rounds ? ["p95 each round"] : [])];
  const lines = rows.map((r) => [
    r.name,
    String(r.rps),
    String(r.p50),
    String(r.p95),
    String(r.p99),
    String(r.non2xx),
    String(r.unexpected),
    r.ratioToStatic == null ? "" : r.ratioToStatic.toFixed(3),
    r.serverCpuMsPerRequest == null ? "" : String(r.serverCpuMsPerRequest),
    r.databaseCpuMsPerRequest == null ? "" : String(r.databaseCpuMsPerRequest),
    r.loadGeneratorCpuMsPerRequest == null ? "" : String(r.loadGeneratorCpuMsPerRequest),
    targets[r.name] ? `≤ ${targets[r.name]} ${r.p95 <= targets[r.name] ? "met" : "MISSED"}` : "",
    ...(rounds ? [r.roundsP95?.join(", ") ?? ""] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log("\n" + fmt(head));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const l of lines) console.log(fmt(l));
  console.log("(CPU ms/req: Node CPU of all server instances per request, which the machine's load does not inflate; DB CPU ms/req: PostgreSQL's processes on this machine; load CPU ms/req: autocannon's, in this process)");
  console.log("(booking answers 303 to the confirmation page when it books; non-2xx counts those redirects, unexpected does not)");
  console.log("(form post floor: the booking's first step, a server action that checks the caller, validates, sets a cookie and redirects)");
  if (rounds) console.log("(each row is the page's round with the median p95; p95 each round lists them all, in the order run)");
  console.log("");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
