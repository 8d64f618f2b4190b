import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The business unit gives people the trainer and admin roles without SQL (People and roles): it finds a person,
// makes them a trainer, and they can be chosen for a session at once and see their sessions when they sign in.
// Refusals (their own admin role, a trainer with sessions to come, an address someone already has) come with the
// GOV.UK error summary. Every state is checked with axe.

async function search(page: Page, text: string) {
  await page.getByLabel("Search by name or email address").fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

async function openPerson(page: Page, text: string, name: string) {
  await page.goto("/admin/people");
  await search(page, text);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
}

async function setRole(page: Page, role: "Trainer" | "Admin", on: boolean) {
  const box = page.getByRole("checkbox", { name: role, exact: true });
  if (on) await box.check();
  else await box.uncheck();
  await page.getByRole("button", { name: "Save roles" }).click();
}

/** The page is no wider than the phone (the table scrolls inside its own region if it must). */
async function expectFitsPhone(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function signedInPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("the business unit finds a learner and makes them a trainer: they can be chosen for a session and see their sessions", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@example.org");
  await page.goto("/admin");
  await page.getByRole("link", { name: "People and roles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People and roles" })).toBeVisible();
  // With no search: the people who hold the trainer or admin role.
  const list = page.getByRole("table", { name: /people have the trainer or admin role/ });
  await expect(list.getByRole("row", { name: /Sam Taylor/ })).toContainText("Trainer");
  await expect(list.getByRole("row", { name: /Alex Morgan/ })).toContainText("Admin");
  await expect(list).not.toContainText("Priya Shah");
  await expectAccessible(page);

  // One letter is too few; the search says so and keeps the list.
  await search(page, "p");
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter at least 2 characters of a name or email address");
  await expect(page.locator("#q-error")).toContainText("Enter at least 2 characters");
  await expectAccessible(page);

  // Any case, name or address.
  await search(page, "PRIYA");
  await expect(page).toHaveURL(/\/admin\/people\?q=PRIYA/);
  const found = page.getByRole("table", { name: /match “PRIYA”/ });
  const priya = found.getByRole("row", { name: /Priya Shah/ });
  await expect(priya).toContainText("manager@example.org");
  await expect(priya).toContainText("Norfolk County Council Children's Services");
  await expect(priya).toContainText("Learner");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  await priya.getByRole("link", { name: "Priya Shah" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Priya Shah/ })).toBeVisible();
  await expectAccessible(page);
  await setRole(page, "Trainer", true);
  try {
    await expect(page.getByText("Priya Shah's roles have been saved")).toBeVisible();
    await expect(page.locator(".govuk-summary-list")).toContainText("Trainer");
    await expect(page.getByRole("checkbox", { name: "Trainer", exact: true })).toBeChecked();

    // She is among a session's trainer choices at once (a session Sam Taylor trains, from his page).
    await openPerson(page, "Sam Taylor", "Sam Taylor");
    await page.locator("#trainer-sessions ~ ul a").first().click();
    await expect(page.getByRole("checkbox", { name: "Priya Shah (manager@example.org)" })).toBeVisible();

    // And she sees the trainer's pages when she signs in.
    const priyaPage = await signedInPage(browser, info.project.use.baseURL!, "manager@example.org");
    const res = await priyaPage.goto("/trainer");
    expect(res?.status()).toBe(200);
    await expect(priyaPage.getByRole("heading", { level: 1, name: "My sessions" })).toBeVisible();
    await priyaPage.context().close();
  } finally {
    await openPerson(page, "manager@example.org", "Priya Shah");
    await setRole(page, "Trainer", false);
    await expect(page.getByText("Priya Shah's roles have been saved")).toBeVisible();
  }
});

test("refusals come with the error summary: your own admin role, a trainer with sessions to come, an address someone has", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@example.org");

  // Removing your own admin role: refused next to the roles, nothing changed.
  await openPerson(page, "admin@example.org", "Alex Morgan");
  await setRole(page, "Admin", false);
  await expect(page.locator(".govuk-error-summary")).toContainText("You cannot remove your own admin role");
  await expect(page.locator("#roles")).toContainText("You cannot remove your own admin role");
  await expect(page.getByRole("checkbox", { name: "Admin", exact: true })).not.toBeChecked();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Admin", exact: true })).toBeChecked();

  // A trainer of sessions still to come: the page lists them, and taking the role away asks for a confirmation.
  await openPerson(page, "trainer@example.org", "Sam Taylor");
  await expect(page.getByRole("heading", { name: "Sessions Sam Taylor trains" })).toBeVisible();
  await expect(page.locator(".govuk-warning-text")).toContainText("stays listed on these sessions");
  await setRole(page, "Trainer", false);
  await expect(page.locator(".govuk-error-summary")).toContainText(/Sam Taylor is a trainer of \d+ sessions? still to run/);
  await expect(page.getByRole("checkbox", { name: /Remove the trainer role anyway/ })).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Trainer", exact: true })).toBeChecked();

  // Add a person: the form's own checks, then an address someone already has links to them.
  await page.goto("/admin/people");
  await page.getByRole("button", { name: "Add a person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a person" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter their work email address");
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter their full name");
  await expectAccessible(page);
  await page.getByLabel("Work email address").fill("Manager@Example.org");
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByRole("checkbox", { name: "Trainer", exact: true }).check();
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Priya Shah already has this email address");
  await expect(page.getByLabel("Full name")).toHaveValue("Someone Else");
  await expectAccessible(page);
  await page.getByRole("link", { name: "See Priya Shah's roles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Priya Shah/ })).toBeVisible();
});

test("a person added before they ever sign in is a trainer at once, and signing in later uses that record", async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const email = `Nadia.New.${stamp}@NHS.example.org`;
  await signIn(page, "admin@example.org");
  await page.goto("/admin/people/new");
  await page.getByLabel("Work email address").fill(email);
  await page.getByLabel("Full name").fill("Nadia New");
  await page.getByRole("checkbox", { name: "Trainer", exact: true }).check();
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("Nadia New has been added")).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText(email.toLowerCase());
  await expect(page.locator(".govuk-summary-list")).toContainText("Not yet");
  await expectAccessible(page);
  await page.goto("/admin/people");
  await expect(page.getByRole("row", { name: /Nadia New/ })).toContainText("Trainer");

  // She signs in with the address as her email program writes it: her details are asked for, her role is there.
  const nadia = await signedInPage(browser, info.project.use.baseURL!, email);
  await expect(nadia.getByRole("heading", { level: 1, name: "Tell us about you" })).toBeVisible();
  await expect(nadia.getByLabel("Full name")).toHaveValue("Nadia New");
  await nadia.getByLabel("Job title").fill("Named Nurse");
  await nadia.getByLabel("Organisation").selectOption({ index: 1 });
  await nadia.getByLabel("Your line manager's email address").fill("manager@example.org");
  await nadia.getByRole("button", { name: "Save and continue" }).click();
  await nadia.waitForURL((u) => !u.pathname.startsWith("/profile"));
  expect((await nadia.goto("/trainer"))?.status()).toBe(200);
  await expect(nadia.getByRole("heading", { level: 1, name: "My sessions" })).toBeVisible();
  await nadia.context().close();

  // One person, now signed in with her details.
  await page.goto(`/admin/people?q=${stamp}`);
  await expect(page.getByRole("table", { name: /1 person matches/ })).toBeVisible();
  await page.getByRole("link", { name: "Nadia New" }).click();
  await expect(page.locator(".govuk-summary-list")).toContainText("Named Nurse");
  await expect(page.locator(".govuk-summary-list")).toContainText(/Signed in\s*Yes/);
});
