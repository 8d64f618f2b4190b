// Security from the outside, against the production build: the authorization matrix over HTTP (every route handler
// and every admin/trainer page as anonymous and as each demo role, plus IDOR between people and trainers),
// security headers and the CSP nonce, the x-middleware-subrequest bypass, no CSP violations on the main journeys,
// and bad input in the main forms (a GOV.UK error summary, never a 500). Each role signs in once by magic link and
// its cookies are reused by request contexts, so the whole file runs in well under three minutes.
import { mkdirSync } from "node:fs";
import { expect, request as pwRequest, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

type Role = "anonymous" | "learner" | "colleague" | "trainer" | "admin" | "safer";
const EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  learner: "learner@example.org",
  colleague: "colleague@example.org",
  trainer: "trainer@example.org",
  admin: "admin@example.org",
  safer: "safer@example.org",
};
const ROLES: Role[] = ["anonymous", "learner", "colleague", "trainer", "admin", "safer"];
const STATE_DIR = "/tmp/security-pw/state";
const statePath = (r: Role) => `${STATE_DIR}/${r}.json`;

const api = {} as Record<Role, APIRequestContext>;
const ids = {
  trainerSession: 0,
  otherSession: 0,
  opportunity: 0,
  learnerCertificate: 0,
  charge: 0,
  membership: 0,
  resource: 0,
  adminResource: 0,
  agency: 0,
};
/** People are identified by UUIDs: the learner's, as the business unit's People and roles pages link to it. */
let learnerPersonId = "";

async function html(r: Role, url: string): Promise<string> {
  const res = await api[r].get(url);
  expect(res.status(), `${r} GET ${url}`).toBe(200);
  return res.text();
}
function firstId(text: string, re: RegExp): number {
  const m = re.exec(text);
  expect(m, `no match for ${re}`).toBeTruthy();
  return Number(m![1]);
}
function allIds(text: string, re: RegExp): number[] {
  return [...text.matchAll(new RegExp(re.source, "g"))].map((m) => Number(m[1]));
}

async function signInAll(browser: Browser, baseURL: string) {
  mkdirSync(STATE_DIR, { recursive: true });
  for (const role of ROLES) {
    if (role !== "anonymous") {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await signIn(page, EMAILS[role]);
      await context.storageState({ path: statePath(role) });
      await context.close();
    }
    api[role] = await pwRequest.newContext({ baseURL, storageState: role === "anonymous" ? undefined : statePath(role), maxRedirects: 0 });
  }
}

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(120_000);
  const baseURL = info.project.use.baseURL!;
  await signInAll(browser, baseURL);
  // Record ids from the pages the demo people see.
  const trainerHome = await html("trainer", "/trainer");
  ids.trainerSession = firstId(trainerHome, /\/trainer\/sessions\/(\d+)/);
  const mine = new Set(allIds(trainerHome, /\/trainer\/sessions\/(\d+)/));
  const catalogue = await html("admin", "/admin/catalogue");
  const opps = allIds(catalogue, /\/admin\/catalogue\/opportunities\/(\d+)"/);
  for (const o of opps) {
    const page = await html("admin", `/admin/catalogue/opportunities/${o}`);
    const sessions = allIds(page, /\/admin\/catalogue\/sessions\/(\d+)\/bookings/);
    const other = sessions.find((s) => !mine.has(s));
    if (other) {
      ids.opportunity = o;
      ids.otherSession = other;
      break;
    }
  }
  expect(ids.otherSession).toBeGreaterThan(0);
  ids.learnerCertificate = firstId(await html("learner", "/evaluations"), /\/certificates\/(\d+)/);
  ids.charge = firstId(await html("admin", "/admin/charges"), /\/admin\/charges\/(\d+)\/waive/);
  ids.membership = firstId(await html("admin", "/admin/safer"), /\/admin\/safer\/(\d+)"/);
  ids.resource = firstId(await html("safer", "/safer/library"), /\/safer\/library\/(\d+)/);
  ids.adminResource = firstId(await html("admin", "/admin/safer/library"), /\/admin\/safer\/library\/(\d+)/);
  ids.agency = firstId(await html("admin", "/admin/charges/statement"), /<option value="(\d+)"/);
  learnerPersonId = /\/admin\/people\/([0-9a-f-]{36})"/.exec(await html("admin", "/admin/people?q=learner%40example.org"))?.[1] ?? "";
  expect(learnerPersonId).not.toBe("");
});

test.afterAll(async () => {
  for (const r of ROLES) await api[r]?.dispose();
});

/** A response that refuses: a redirect to sign-in or "forbidden", or a 4xx. Never 200, never 5xx. */
function expectRefused(status: number, location: string | undefined, what: string) {
  expect.soft(status, `${what}: server error`).toBeLessThan(500);
  expect.soft(status, `${what}: must be refused`).not.toBe(200);
  if (status >= 300 && status < 400) expect.soft(location ?? "", what).toMatch(/\/sign-in|\/forbidden|\/profile/);
  else expect.soft(status, what).toBeGreaterThanOrEqual(400);
}

test("route handlers: each role gets only what is theirs, anonymous gets nothing, and nothing answers 500", async () => {
  type Expect = Partial<Record<Role, "ok" | "refused">>;
  const adminOnly: Expect = { anonymous: "refused", learner: "refused", colleague: "refused", trainer: "refused", safer: "refused", admin: "ok" };
  const routes: { url: string; method?: "GET" | "POST"; expect: Expect }[] = [
    { url: `/admin/catalogue/sessions/${ids.trainerSession}/bookings/csv`, expect: adminOnly },
    { url: `/admin/charges/statement/csv?agency=${ids.agency}&period=2026-11`, expect: adminOnly },
    { url: "/admin/reports/export?report=attendance&table=totals", expect: adminOnly },
    { url: "/admin/reports/export?report=impact&table=course", expect: adminOnly },
    { url: "/admin/reports/export?report=annual&year=2021", expect: adminOnly },
    // learner@'s certificate: learner@ and admins only; a colleague from the same agency gets "not found"
    { url: `/certificates/${ids.learnerCertificate}`, expect: { anonymous: "refused", learner: "ok", colleague: "refused", trainer: "refused", safer: "refused", admin: "ok" } },
    { url: "/my-data/download", expect: { anonymous: "refused", learner: "ok", colleague: "ok", trainer: "ok", safer: "ok", admin: "ok" } },
    // templates: contacts of active member organisations only
    { url: `/safer/library/${ids.resource}/download`, expect: { anonymous: "refused", learner: "refused", colleague: "refused", trainer: "refused", safer: "ok" } },
    { url: `/safer/library/${ids.resource}/download?version=99999999`, expect: { anonymous: "refused", learner: "refused", safer: "refused", admin: "refused" } },
    { url: "/api/health", expect: { anonymous: "ok", learner: "ok" } },
  ];
  for (const r of routes) {
    for (const [role, want] of Object.entries(r.expect) as [Role, "ok" | "refused"][]) {
      const res = await api[role].fetch(r.url, { method: r.method ?? "GET" });
      const what = `${role} ${r.method ?? "GET"} ${r.url} → ${res.status()}`;
      if (want === "ok") expect.soft(res.status(), what).toBe(200);
      else expectRefused(res.status(), res.headers().location, what);
    }
  }
  // Each person's data export holds their own data only.
  for (const role of ["learner", "colleague", "safer"] as const) {
    const body = await (await api[role].get("/my-data/download")).text();
    expect(body, role).toContain(EMAILS[role]);
    for (const other of Object.values(EMAILS).filter((e) => e !== EMAILS[role] && e !== "manager@example.org")) {
      expect(body.includes(`"email": "${other}"`), `${role}'s export must not hold ${other}`).toBe(false);
    }
  }
  // Garbage in the path or query: a clean 4xx, never a 500.
  for (const url of [
    "/certificates/abc",
    "/certificates/99999999",
    "/certificates/-1",
    "/admin/catalogue/sessions/abc/bookings/csv",
    "/admin/catalogue/sessions/99999999/bookings/csv",
    "/admin/charges/statement/csv?agency=abc&period=2026-13",
    "/admin/charges/statement/csv?agency=-1&period=%3Cscript%3E",
    "/admin/reports/export?report=attendance&table=__proto__",
    "/admin/reports/export?report=attendance&table=totals&from=2026-02-31&to=x",
    "/admin/reports/export?report=annual&year=99999",
    "/safer/library/abc/download",
    "/safer/library/1/download?version=abc",
  ]) {
    for (const role of ["anonymous", "admin", "safer", "learner"] as const) {
      const res = await api[role].get(url);
      const what = `${role} GET ${url} → ${res.status()}`;
      expect.soft(res.status(), what).toBeLessThan(500);
      expect.soft(res.status(), what).not.toBe(200);
    }
  }
  // Methods a route does not have, and next-auth's surface beyond the magic-link callback.
  for (const [method, url] of [
    ["POST", "/my-data/download"],
    ["POST", `/certificates/${ids.learnerCertificate}`],
    ["DELETE", "/admin/reports/export"],
    ["POST", "/api/auth/signin/email"],
    ["POST", "/api/auth/session"],
  ] as const) {
    const res = await api.learner.fetch(url, { method });
    expect(res.status(), `${method} ${url}`).toBeGreaterThanOrEqual(400);
    expect(res.status(), `${method} ${url}`).toBeLessThan(500);
  }
  // GET on the emailed callback never signs in: it is sent to the confirm page's button.
  const get = await api.anonymous.get("/api/auth/callback/email?token=abc&email=learner%40example.org");
  expect(get.status()).toBe(303);
  expect(get.headers().location).toContain("/sign-in/confirm");
});

test("admin and trainer pages: refused for the wrong role, another trainer's register is not found", async () => {
  const adminPages = [
    "/admin",
    "/admin/audit",
    "/admin/catalogue",
    "/admin/catalogue/opportunities/new",
    `/admin/catalogue/opportunities/${ids.opportunity}`,
    `/admin/catalogue/opportunities/${ids.opportunity}/edit`,
    `/admin/catalogue/opportunities/${ids.opportunity}/sessions/new`,
    `/admin/catalogue/sessions/${ids.otherSession}/bookings`,
    `/admin/catalogue/sessions/${ids.otherSession}/edit`,
    `/admin/catalogue/sessions/${ids.otherSession}/cancel`,
    "/admin/charges",
    `/admin/charges/${ids.charge}/waive`,
    "/admin/charges/statement",
    "/admin/reports",
    "/admin/reports/annual",
    "/admin/reports/impact",
    "/admin/reports/organisations",
    "/admin/reports/opportunities",
    "/admin/safer",
    `/admin/safer/${ids.membership}`,
    "/admin/safer/counts",
    "/admin/safer/library",
    `/admin/safer/library/${ids.adminResource}`,
    "/admin/safer/out-of-date",
    "/admin/people",
    "/admin/people?q=example",
    "/admin/people/new",
    `/admin/people/${learnerPersonId}`,
    "/admin/settings",
    "/admin/settings/partnership",
    "/admin/settings/organisations",
    "/admin/settings/organisations/new",
    `/admin/settings/organisations/${ids.agency}/edit`,
  ];
  const trainerPages = (s: number) => [`/trainer/sessions/${s}`, `/trainer/sessions/${s}/check-in`, `/trainer/sessions/${s}/walk-in`, `/trainer/evaluations/${s}`];
  const check = async (role: Role, url: string, want: "ok" | "refused") => {
    const res = await api[role].get(url);
    const what = `${role} GET ${url} → ${res.status()} ${res.headers().location ?? ""}`;
    if (want === "ok") expect.soft(res.status(), what).toBe(200);
    else if (res.status() === 200) {
      // A page may answer 200 with a "not found"/"forbidden" body under streaming; it must not show the content.
      expect.soft(await res.text(), what).toMatch(/Page not found|You do not have permission|not found/i);
    } else expectRefused(res.status(), res.headers().location, what);
  };
  for (const url of adminPages) {
    for (const role of ["anonymous", "learner", "trainer", "safer"] as const) await check(role, url, "refused");
    await check("admin", url, "ok");
  }
  for (const url of [...trainerPages(ids.trainerSession), "/trainer", "/trainer/evaluations"]) {
    for (const role of ["anonymous", "learner", "safer"] as const) await check(role, url, "refused");
    await check("trainer", url, "ok");
  }
  // Trainer X opening trainer Y's register (and its check-in code, walk-in form and evaluations).
  for (const url of trainerPages(ids.otherSession)) {
    await check("trainer", url, "refused");
    await check("admin", url.replace("/walk-in", ""), "ok");
  }
  // One learner opening another's booking and questionnaire pages.
  const booking = ids.learnerCertificate;
  for (const url of [`/my-learning/bookings/${booking}/cancel`, `/my-learning/bookings/${booking}/transfer`, `/evaluations/${booking}/post`]) {
    await check("colleague", url, "refused");
    await check("trainer", url, "refused");
  }
});

test("an x-middleware-subrequest header does not get round the sign-in check", async () => {
  for (const value of [
    "middleware",
    "middleware:middleware:middleware:middleware:middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
    "pages/_middleware",
  ]) {
    for (const url of ["/admin", "/admin/settings", "/admin/reports/export?report=annual&year=2021", `/certificates/${ids.learnerCertificate}`]) {
      const res = await api.anonymous.get(url, { headers: { "x-middleware-subrequest": value } });
      expectRefused(res.status(), res.headers().location, `x-middleware-subrequest: ${value} on ${url} → ${res.status()}`);
    }
    // And a signed-in learner stays a learner.
    const res = await api.learner.get("/admin/settings", { headers: { "x-middleware-subrequest": value } });
    expectRefused(res.status(), res.headers().location, `learner with x-middleware-subrequest: ${value}`);
  }
});

test("every page carries the security headers and a fresh CSP nonce on Next's scripts", async () => {
  const nonces: string[] = [];
  for (const url of ["/", "/catalogue", "/sign-in", "/catalogue"]) {
    const res = await api.anonymous.get(url);
    expect(res.status()).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)![1];
    nonces.push(nonce);
    expect(h["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const body = await res.text();
    const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `script without this request's nonce on ${url}`).toContain(`nonce="${nonce}"`);
    expect(body).not.toMatch(/\sstyle="/);
  }
  expect(new Set(nonces).size, "a nonce must never repeat").toBe(nonces.length);
  // Headers on downloads and on the signed-in pages too.
  const dl = await api.learner.get("/my-data/download");
  expect(dl.headers()["x-content-type-options"]).toBe("nosniff");
  expect(dl.headers()["cache-control"]).toContain("no-store");
  expect((await api.admin.get("/admin")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

/** Open pages as a signed-in role and collect CSP violations and script errors from the browser. */
async function visitWithoutCspViolations(browser: Browser, role: Role, urls: string[], baseURL: string) {
  const context = await browser.newContext({ baseURL, storageState: role === "anonymous" ? undefined : statePath(role) });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  for (const url of urls) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    // The inline flight-data scripts ran (they carry the nonce) and React hydrated the page.
    await expect.poll(() => page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
    await page.waitForLoadState("networkidle");
  }
  await context.close();
  return problems;
}

test("the main journeys run their JavaScript under the CSP without violations", async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL!;
  const problems = [
    ...(await visitWithoutCspViolations(browser, "anonymous", ["/", "/catalogue", "/sign-in", "/help"], baseURL)),
    ...(await visitWithoutCspViolations(browser, "learner", ["/my-learning", "/evaluations", "/profile", `/book/${ids.otherSession}`, "/check-in"], baseURL)),
    ...(await visitWithoutCspViolations(browser, "admin", ["/admin", "/admin/reports", "/admin/catalogue/opportunities/new", `/admin/catalogue/sessions/${ids.otherSession}/edit`, "/admin/audit", "/admin/people"], baseURL)),
    ...(await visitWithoutCspViolations(browser, "trainer", [`/trainer/sessions/${ids.trainerSession}`, `/trainer/sessions/${ids.trainerSession}/check-in`], baseURL)),
    ...(await visitWithoutCspViolations(browser, "safer", ["/safer", "/safer/library"], baseURL)),
  ];
  expect(problems).toEqual([]);
});

// ---- Bad input in the browser (JavaScript on) ----

const LONG = `${"<script>alert('x')</script> Robert'); DROP TABLE booking;-- ".repeat(170)}`.slice(0, 10_000);

/** Watch a page for server errors and script dialogs (an XSS would open one). */
function guard(page: Page) {
  const errors: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 500) errors.push(`${r.request().method()} ${r.url()} → ${r.status()}`);
  });
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

type Fill = "empty" | "garbage";
/** Fill every visible text-like control of the form that holds `submit`: empty, or garbage that fits each type. */
async function fillForm(page: Page, formSelector: string, how: Fill) {
  const form = page.locator(formSelector);
  const controls = form.locator("input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=submit]), textarea");
  const n = await controls.count();
  for (let i = 0; i < n; i++) {
    const c = controls.nth(i);
    if (!(await c.isVisible()) || !(await c.isEditable())) continue;
    const type = (await c.getAttribute("type")) ?? "text";
    const name = (await c.getAttribute("name")) ?? "";
    let value = "";
    if (how === "garbage") {
      if (type === "number" || /capacity|percent|days|pence|amount/i.test(name)) value = "-5";
      else if (type === "date") value = "";
      else if (/-day$|day$/i.test(name)) value = "31";
      else if (/-month$|month$/i.test(name)) value = "02";
      else if (/-year$|year$/i.test(name)) value = "2026";
      else if (/time/i.test(name)) value = "25:99";
      else if (type === "email" || /email/i.test(name)) value = `not-an-email<script>alert(1)</script>${"x".repeat(300)}`;
      else value = LONG;
    }
    await c.fill(value);
  }
}

async function submitBad(page: Page, url: string, opts: { form?: string; button?: RegExp; how: Fill }) {
  const errors = guard(page);
  await page.goto(url);
  const form = opts.form ?? "main form:has(button.govuk-button)";
  await fillForm(page, form, opts.how);
  const button = opts.button ? page.locator(form).getByRole("button", { name: opts.button }).first() : page.locator(form).locator("button.govuk-button").first();
  await button.click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sorry, there is a problem with the service" })).toHaveCount(0);
  expect(errors, `${url} (${opts.how})`).toEqual([]);
}

async function pageAs(browser: Browser, role: Role, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: role === "anonymous" ? undefined : statePath(role) });
  return context.newPage();
}

test("bad input in the main forms gets a GOV.UK error summary, never a 500", async ({ browser }, info) => {
  // About 20 forms, each filled twice, at 5–15 s a form on a busy 2-core machine.
  test.setTimeout(240_000);
  const baseURL = info.project.use.baseURL!;
  const forms: { role: Role; url: string; button?: RegExp; form?: string; hows?: Fill[] }[] = [
    { role: "anonymous", url: "/sign-in" },
    { role: "learner", url: "/profile" },
    { role: "learner", url: "/check-in" },
    { role: "learner", url: "/safer/apply" },
    { role: "admin", url: "/admin/catalogue/opportunities/new" },
    { role: "admin", url: `/admin/catalogue/opportunities/${ids.opportunity}/edit` },
    { role: "admin", url: `/admin/catalogue/opportunities/${ids.opportunity}/sessions/new` },
    { role: "admin", url: `/admin/catalogue/sessions/${ids.otherSession}/edit` },
    { role: "admin", url: `/admin/catalogue/sessions/${ids.otherSession}/cancel`, hows: ["empty"] },
    { role: "admin", url: "/admin/settings" },
    { role: "admin", url: "/admin/settings/partnership" },
    { role: "admin", url: "/admin/people/new" },
    { role: "admin", url: "/admin/settings/organisations/new" },
    { role: "admin", url: `/admin/settings/organisations/${ids.agency}/edit` },
    { role: "admin", url: `/admin/charges/${ids.charge}/waive`, hows: ["empty"] },
    { role: "admin", url: `/admin/safer/library`, form: "main form:has(input[name=title])" },
    { role: "trainer", url: `/trainer/sessions/${ids.trainerSession}/walk-in` },
    { role: "safer", url: "/safer/contacts" },
  ];
  for (const f of forms) {
    const page = await pageAs(browser, f.role, baseURL);
    for (const how of f.hows ?? (["empty", "garbage"] as Fill[])) await submitBad(page, f.url, { how, form: f.form, button: f.button });
    await page.context().close();
  }
});

test("garbage query parameters on search, report and statement pages are handled, never a 500", async () => {
  const bad = encodeURIComponent(LONG.slice(0, 2000));
  const pages: [Role, string, number?][] = [
    ["anonymous", `/catalogue?q=${bad}&from=2026-02-31&to=not-a-date&type=__proto__&available=maybe&page=-3`],
    ["anonymous", `/catalogue?q=%27%20OR%201%3D1--&from=99999-01-01&page=abc&topic[]=x`],
    ["admin", `/admin/reports?from=2026-02-31&to=x&agency=abc&sector=<script>&opportunity=-1&year=99999`],
    ["admin", `/admin/reports/impact?from=${bad}&agency=1e309`],
    ["admin", `/admin/reports/organisations?from=2026-02-31&to=x&agencyId=abc&sector=<script>&scope=__proto__`],
    ["admin", `/admin/reports/opportunities?from=${bad}&opportunityId=-1&sessionId=2147483648`],
    ["admin", `/admin/reports/annual?year=-1`],
    ["admin", `/admin/charges/statement?agency=-1&period=2026-02-31`],
    ["admin", `/admin/charges?agency=abc&status=${bad}`],
    ["admin", `/admin/audit?action=${bad}&page=-1`],
    ["admin", `/admin/safer?status=<script>&district=${bad}`],
    ["admin", `/admin/people?q=${bad}`],
    ["admin", `/admin/people?q=%25%27%20OR%201%3D1--&q=x`],
    ["admin", `/admin/people/${"x".repeat(300)}`, 404],
    ["admin", `/admin/people/not-a-person`, 404],
    ["learner", `/book/abc`],
    ["learner", `/book/99999999/check`],
    ["learner", `/evaluations/abc/post`],
    ["learner", `/evaluations/link?token=${bad}`],
    ["anonymous", `/offers/${bad}`],
    ["anonymous", `/approvals/not-a-token`],
    ["anonymous", `/reminders/confirm?token=${bad}`],
    ["anonymous", `/sign-in/confirm?token=<script>&email=x&callbackUrl=https://evil.example`],
    ["safer", `/safer/invite?token=${bad}`],
    ["trainer", `/trainer/sessions/abc`],
    // ids beyond PostgreSQL's integer range: "not found", not a failed query
    ["admin", `/admin/safer/2147483648`, 404],
    ["admin", `/admin/safer/library/99999999999`, 404],
    ["admin", `/admin/charges/99999999999/waive`, 404],
    ["admin", `/admin/catalogue/opportunities/99999999999`, 404],
    ["admin", `/admin/settings/organisations/99999999999/edit`, 404],
    ["admin", `/admin/settings/organisations/99999999/edit`, 404],
    ["admin", `/admin/settings/organisations/abc/edit`, 404],
    ["learner", `/book/99999999999`, 404],
    ["learner", `/my-learning/bookings/99999999999/cancel`, 404],
    ["learner", `/evaluations/99999999999/post`, 404],
    ["learner", `/check-in/done?session=99999999999`],
    ["safer", `/safer/library/2147483648`, 404],
    ["safer", `/safer/library/2147483648/download`, 404],
    ["safer", `/safer/library/1/download?version=2147483648`, 404],
    ["trainer", `/trainer/sessions/2147483648/walk-in`, 404],
    ["admin", `/admin/charges/statement?agency=2147483648&period=2026-11`],
    ["admin", `/admin/reports?agencyId=2147483648&sessionId=99999999999`],
  ];
  for (const [role, url, status] of pages) {
    const res = await api[role].get(url);
    expect(res.status(), `${role} ${url.slice(0, 120)}`).toBeLessThan(500);
    if (status) expect(res.status(), `${role} ${url}`).toBe(status);
    if (res.status() === 200) {
      const body = await res.text();
      expect(body, url.slice(0, 120)).not.toContain("Sorry, there is a problem with the service");
      expect(body, `unescaped script echoed on ${url.slice(0, 80)}`).not.toContain("<script>alert(");
    }
  }
});

/** The fields a browser without JavaScript would post for the first form on a page (Next's action fields included). */
async function formFields(browser: Browser, role: Role, baseURL: string, url: string, formSelector = "main form"): Promise<Record<string, string>> {
  const page = await pageAs(browser, role, baseURL);
  await page.goto(url);
  const fields = await page.locator(formSelector).first().evaluate((form) => {
    const out: Record<string, string> = {};
    for (const [k, v] of new FormData(form as HTMLFormElement).entries()) if (typeof v === "string") out[k] = v;
    return out;
  });
  await page.context().close();
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION")), `no server action fields on ${url}`).toBe(true);
  return fields;
}

test("a server action replayed by someone not allowed gets a clean refusal, never a 500, and changes nothing", async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL!;
  // The learner's own profile form, posted with nobody signed in.
  const profile = await formFields(browser, "learner", baseURL, "/profile");
  const anonymous = await api.anonymous.post("/profile", { multipart: { ...profile, name: "Hijacked Name" } });
  // Next answers a refused no-JavaScript (MPA) action with its not-found page; a fetch action gets 401/403.
  expect([401, 403, 404]).toContain(anonymous.status());
  expect(await html("learner", "/profile")).not.toContain("Hijacked Name");

  // The business unit's policy settings form, posted by a learner.
  const settings = await formFields(browser, "admin", baseURL, "/admin/settings");
  const learner = await api.learner.post("/admin/settings", { multipart: settings });
  expect([401, 403, 404]).toContain(learner.status());

  // The partnership details form, posted by a learner with a new help number: refused, and no page shows it.
  const details = await formFields(browser, "admin", baseURL, "/admin/settings/partnership");
  const refused = await api.learner.post("/admin/settings/partnership", { multipart: { ...details, helpContacts: "Hijacked line: 0800 666666" } });
  expect([401, 403, 404]).toContain(refused.status());
  expect(await html("learner", "/help")).not.toContain("Hijacked line");

  // The learner's roles form (from an admin's page), posted by the learner to make themself an admin.
  const roles = await formFields(browser, "admin", baseURL, `/admin/people/${learnerPersonId}`);
  const selfPromotion = await api.learner.post(`/admin/people/${learnerPersonId}`, { multipart: { ...roles, roles: "admin" } });
  expect([401, 403, 404]).toContain(selfPromotion.status());
  const stillLearner = await api.learner.get("/admin");
  expectRefused(stillLearner.status(), stillLearner.headers().location, "learner GET /admin after posting the roles form");
  expect(await html("admin", `/admin/people/${learnerPersonId}`)).not.toContain(">Admin</strong>");

  // The organisation forms, posted by a learner: no organisation is added or renamed.
  const add = await formFields(browser, "admin", baseURL, "/admin/settings/organisations/new");
  const addRefused = await api.learner.post("/admin/settings/organisations/new", { multipart: { ...add, name: "Hijacked Organisation", sector: "other", district: "" } });
  expect([401, 403, 404]).toContain(addRefused.status());
  const change = await formFields(browser, "admin", baseURL, `/admin/settings/organisations/${ids.agency}/edit`);
  const changeRefused = await api.trainer.post(`/admin/settings/organisations/${ids.agency}/edit`, { multipart: { ...change, name: "Hijacked Rename" } });
  expect([401, 403, 404]).toContain(changeRefused.status());
  const organisations = await html("admin", "/admin/settings/organisations");
  expect(organisations).not.toContain("Hijacked Organisation");
  expect(organisations).not.toContain("Hijacked Rename");
});
