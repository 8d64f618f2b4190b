import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// Tables on a 390px phone: no page scrolls sideways and no table is cut off at the right (its last column was
// often the one that mattered: a Book button, a download link, a status). Only the business unit's genuinely
// wide data tables may scroll, inside their own focusable region (axe checks that region).
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true });

/** The page is no wider than the phone, and every table outside a scrolling region fits inside its column. */
async function expectFitsPhone(page: Page) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth) found.push(`the page is ${scrollWidth}px wide`);
    for (const table of document.querySelectorAll("table")) {
      if (table.closest(".app-scroll-x")) continue;
      const over = table.getBoundingClientRect().width - table.parentElement!.clientWidth;
      if (over > 0.5) found.push(`table "${table.caption?.textContent ?? ""}" is ${Math.round(over)}px wider than its column`);
    }
    return found;
  });
  expect(problems, `on ${page.url()}`).toEqual([]);
}

async function open(page: Page, path: string, { axe = true } = {}) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expectFitsPhone(page);
  if (axe) await expectAccessible(page);
}

/** The addresses of the links on a page that match a pattern, each once. */
async function linksOn(page: Page, path: string, pattern: RegExp): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => pattern.test(h)))];
}

test("a learner's opportunity pages, bookings, attendance and questionnaires fit a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "learner@example.org");
  // Every opportunity: the dates table's buttons were clipped only on some (long venue names, full sessions,
  // "Members only").
  const opportunities: string[] = [];
  for (let n = 1; ; n++) {
    opportunities.push(...(await linksOn(page, `/catalogue?page=${n}`, /^\/catalogue\/[^/?]+$/)));
    if (!(await page.locator('a[rel="next"]').count())) break;
  }
  expect(opportunities.length).toBeGreaterThan(50);
  for (const path of opportunities) await open(page, path, { axe: false });
  // A members-only workshop and a course with a full session (its button is "Join the waiting list").
  await open(page, "/catalogue/safer-workshop-safeguarding-in-faith-settings");
  await open(page, "/catalogue/recognising-and-responding-to-neglect");
  for (const path of ["/catalogue", "/my-learning", "/my-learning/attendance", "/evaluations", "/safer/library", "/profile", "/check-in"]) await open(page, path);
});

test("a Safer contact's policy library and its version histories fit a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "safer@example.org");
  // The library has the organisation's policy status as its last column; each template, its version history.
  await open(page, "/safer/library");
  const templates = await linksOn(page, "/safer/library", /^\/safer\/library\/\d+$/);
  expect(templates.length).toBeGreaterThan(1);
  for (const path of templates) await open(page, path);
  for (const path of ["/safer", "/safer/contacts"]) await open(page, path);
});

test("a trainer's sessions, registers and evaluations fit a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "trainer@example.org");
  await open(page, "/trainer");
  const registers = await linksOn(page, "/trainer", /^\/trainer\/sessions\/\d+$/);
  expect(registers.length).toBeGreaterThan(0);
  for (const path of registers) await open(page, path, { axe: path === registers[0] });
  await open(page, "/trainer/evaluations");
  const evaluations = await linksOn(page, "/trainer/evaluations", /^\/trainer\/evaluations\/\d+$/);
  expect(evaluations.length).toBeGreaterThan(0);
  await open(page, evaluations[0]);
});

test("the business unit's pages fit a phone, wide data tables scrolling in their own region", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@example.org");
  for (const path of [
    "/admin",
    "/admin/catalogue",
    "/admin/charges",
    "/admin/charges/statement",
    "/admin/safer",
    "/admin/safer/library",
    "/admin/safer/out-of-date",
    "/admin/safer/counts",
    "/admin/reports",
    "/admin/reports/organisations",
    "/admin/reports/opportunities",
    "/admin/reports/annual",
    "/admin/reports/impact",
    "/admin/audit",
    "/admin/settings",
    "/admin/settings/partnership",
    "/admin/settings/organisations",
    "/admin/settings/organisations/new",
  ])
    await open(page, path);
  const [organisation] = await linksOn(page, "/admin/settings/organisations", /^\/admin\/settings\/organisations\/\d+\/edit$/);
  await open(page, organisation);
  const [opportunity] = await linksOn(page, "/admin/catalogue", /^\/admin\/catalogue\/opportunities\/\d+$/);
  await open(page, opportunity);
  const [bookings] = await linksOn(page, opportunity, /^\/admin\/catalogue\/sessions\/\d+\/bookings$/);
  await open(page, bookings);
  const [membership] = await linksOn(page, "/admin/safer", /^\/admin\/safer\/\d+$/);
  await open(page, membership);
  const [template] = await linksOn(page, "/admin/safer/library", /^\/admin\/safer\/library\/\d+$/);
  await open(page, template);
});
