import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The seed: today's "Think Family" session, under way, trained by trainer@example.org, 10 confirmed bookings,
// check-in code 482913. The tests run in order and share that session.
const COURSE = "Think Family: Working with the Whole Family";
const PHONE = { width: 375, height: 667 };

let registerPath = "";
let learner = { name: "", email: "" };
let noShowName = "";
let noShowAgency = "";
// A long unbroken note (a link) must wrap on a phone, not stretch the closed register sideways.
const LONG_NOTE = `Called the team: https://example.org/teams-meeting?id=${"0123456789abcdef".repeat(16)}`;

const banner = (page: Page, text: string | RegExp) => page.locator(".govuk-notification-banner").filter({ hasText: text });

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test("the trainer finds today's session, its register and the check-in code", async ({ page }) => {
    await signIn(page, "trainer@example.org");
    await page.goto("/trainer");
    await expect(page.getByRole("heading", { level: 1, name: "My sessions" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: new RegExp(COURSE) }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(COURSE) })).toBeVisible();
    registerPath = new URL(page.url()).pathname;
    expect(registerPath).toMatch(/^\/trainer\/sessions\/\d+$/);
    await expectAccessible(page);
    // One fieldset per person (the form may also ask whether the session finished early).
    const people = page.locator("main .app-register-row fieldset");
    await expect(people).toHaveCount(10);
    // The first booked person will check in on their own phone.
    learner = {
      name: ((await people.first().locator("legend").textContent()) ?? "").trim(),
      email: ((await people.first().locator(".govuk-hint").first().textContent()) ?? "").split(",")[0].trim(),
    };
    noShowName = ((await people.nth(1).locator("legend").textContent()) ?? "").trim();
    expect(learner.email).toMatch(/@/);

    await page.getByRole("link", { name: "Show the check-in code" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Check-in code/ })).toBeVisible();
    await expect(page.locator(".app-checkin-code")).toContainText("482913");
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("before a session starts its register cannot be marked or closed", async ({ page }) => {
    await signIn(page, "trainer@example.org");
    await page.goto("/trainer");
    await page.getByRole("region", { name: "Coming up" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Register");
    await expect(page.locator(".govuk-inset-text")).toContainText("The register opens when the session starts");
    await expect(page.getByRole("button", { name: /Close register|Mark all present|Save register/ })).toHaveCount(0);
    await expect(page.locator("main fieldset")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: /^Booked \(\d+\)$/ })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`${new URL(page.url()).pathname}/check-in`);
    await expect(page.locator(".govuk-inset-text")).toContainText("Check-in opens an hour before the session starts");
    await expect(page.locator(".app-checkin-code")).toHaveCount(0);
  });

  test("a booked learner checks in with the code on their phone", async ({ page }) => {
    expect(learner.email).not.toBe("");
    await signIn(page, learner.email);
    await page.goto("/check-in");
    await expect(page.getByRole("heading", { level: 1, name: "Check in to your session" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Check-in code").fill("000000");
    await page.getByRole("button", { name: "Check in" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("The check-in code is not right");
    await expectAccessible(page);
    await page.getByLabel("Check-in code").fill("482 913");
    await page.getByRole("button", { name: "Check in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You are checked in" })).toBeVisible();
    await expect(page.locator(".govuk-panel")).toContainText(COURSE);
    await expectAccessible(page);
  });

  test("the trainer marks people, adds a walk-in and closes the register", async ({ page }) => {
    await signIn(page, "trainer@example.org");
    await page.goto(registerPath);
    const me = page.getByRole("group", { name: learner.name, exact: true });
    await expect(me).toContainText(/checked in at/);
    await expect(me.getByLabel("Attended", { exact: true })).toBeChecked();

    // Closing with people unmarked is refused, with a link to each.
    await page.getByRole("button", { name: "Close register" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(`Select whether ${noShowName} attended`);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Add a walk-in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Add a walk-in/ })).toBeVisible();
    await expectAccessible(page);
    const walkInEmail = `walk.in.${Date.now()}@example.org`;
    await page.getByLabel("Work email address").fill(walkInEmail);
    await page.getByRole("button", { name: "Add walk-in" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("enter the person's full name");
    await expectAccessible(page);
    await page.getByLabel("Full name").fill("Wren Walker");
    await page.getByLabel("Organisation").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add walk-in" }).click();
    await expect(banner(page, "Walk-in added")).toBeVisible();
    await expect(page.getByRole("group", { name: "Wren Walker", exact: true }).getByLabel("Attended", { exact: true })).toBeChecked();

    await page.getByRole("button", { name: "Mark all present" }).click();
    await expect(banner(page, "Everyone not yet marked")).toBeVisible();
    const missed = page.getByRole("group", { name: noShowName, exact: true });
    await expect(missed.getByLabel("Attended", { exact: true })).toBeChecked();
    await missed.getByLabel("Did not attend").check();
    await page.getByLabel(`Note for ${noShowName} (optional)`).fill(LONG_NOTE);
    await page.getByRole("button", { name: "Save register" }).click();
    await expect(banner(page, "Register saved")).toBeVisible();
    await expect(page.getByRole("group", { name: noShowName, exact: true }).getByLabel("Did not attend")).toBeChecked();
    await expectAccessible(page);

    // The seeded session has hours still to run: closing now needs the trainer to say it finished early.
    await page.getByRole("button", { name: "Close register" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Select that it finished early");
    await page.getByLabel("The session finished early").check();
    await page.getByRole("button", { name: "Close register" }).click();
    await expect(banner(page, "Register closed")).toBeVisible();
    await expect(page.getByText(/The register was closed on/)).toBeVisible();
    // Locked: no more radios, and the trainer cannot reopen it.
    await expect(page.locator("main fieldset")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Reopen register" })).toHaveCount(0);
    await expect(page.getByRole("row", { name: new RegExp(noShowName) })).toContainText("Did not attend");
    await expect(page.getByRole("row", { name: new RegExp(noShowName) })).toContainText("0123456789abcdef0123456789abcdef");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
  });

  test("after closing, the learner sees the session on their attendance record", async ({ page }) => {
    await signIn(page, learner.email);
    await page.goto("/my-learning/attendance");
    await expect(page.getByRole("heading", { level: 1, name: "Your attendance" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(COURSE) }).first()).toContainText("Attended");
    await expectAccessible(page);
  });
});

test.describe("the business unit", () => {
  test("waives the no-show charge with a reason", async ({ page }) => {
    await signIn(page, "admin@example.org");
    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(new Date());
    await page.goto(`/admin/charges?status=due&period=${month}`);
    await expect(page.getByRole("heading", { level: 1, name: "Charges for missed places" })).toBeVisible();
    await expectAccessible(page);
    const row = page.getByRole("row", { name: new RegExp(noShowName) }).filter({ hasText: COURSE });
    await expect(row).toContainText("£50.00");
    const agencyName = ((await row.locator("td").first().textContent()) ?? "").trim();
    await row.getByRole("link", { name: /Waive/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Waive a charge" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Waive charge" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter why the charge is being waived");
    await expectAccessible(page);
    await page.getByLabel("Why is the charge being waived?").fill("Called to a child protection emergency");
    await page.getByRole("button", { name: "Waive charge" }).click();
    await expect(banner(page, "Charge waived")).toBeVisible();
    noShowAgency = agencyName;
  });

  test("downloads the organisation's statement for the month as CSV", async ({ page }) => {
    const agencyName = noShowAgency;
    await signIn(page, "admin@example.org");
    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(new Date());
    await page.goto("/admin/charges/statement");
    await expectAccessible(page);
    await page.getByLabel("Organisation").selectOption({ label: agencyName });
    await page.getByLabel("Month or quarter").fill(month);
    await page.getByRole("button", { name: "Show statement" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Statement: ${agencyName}`) })).toBeVisible();
    await expect(page.locator(".govuk-summary-list__row").filter({ hasText: "Waived" })).toContainText("£50.00");
    await expectAccessible(page);
    const href = await page.getByRole("link", { name: "Download this statement as CSV" }).getAttribute("href");
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text).toContain(noShowName);
    expect(text).toContain("Called to a child protection emergency");
  });

  test("reopens the closed register from the session's bookings", async ({ page }) => {
    await signIn(page, "admin@example.org");
    const sessionId = registerPath.split("/").pop();
    await page.goto(`/admin/catalogue/sessions/${sessionId}/bookings`);
    await expect(page.locator(".govuk-summary-list__row").filter({ hasText: "Register" })).toContainText("Closed on");
    await expect(page.getByRole("link", { name: "View the register" })).toHaveAttribute("href", registerPath);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Reopen register" }).click();
    await expect(banner(page, "Register reopened")).toBeVisible();
    await expect(page.locator("main fieldset").first()).toBeVisible();
    // The admin is not this session's trainer: back to where they came from, not to "my sessions".
    await expect(page.getByRole("link", { name: "Back to the session's bookings" })).toHaveAttribute("href", `/admin/catalogue/sessions/${sessionId}/bookings`);
    await expectAccessible(page);
  });
});
