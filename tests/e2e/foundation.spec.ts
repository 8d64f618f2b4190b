import { expect, test } from "@playwright/test";
import { expectAccessible, openLinkFromOutbox, recordPosts, signIn, signOut } from "./helpers";

test("a visitor goes from the home page to the catalogue", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Safeguarding learning" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Norfolk Safeguarding Children Partnership");
  await expect(page.getByRole("contentinfo")).toContainText("0344 800 8020");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Find training" }).first().click();
  await expect(page).toHaveURL(/\/catalogue/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.locator("main a[href^='/catalogue/']").first()).toBeVisible();
  await expectAccessible(page);
});

test("the skip link leads to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});

test("bad sign-in input gets a message next to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill("not an email");
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address in the correct format");
  await expect(page.locator("#email-error")).toContainText("correct format");
  await expectAccessible(page);
});

test("when the browser cannot fetch the form's checks, bad input still posts and the server explains it", async ({ page }) => {
  await page.goto("/sign-in");
  // From now on no script can be fetched, as on a connection that dropped after the page arrived.
  await page.route(/\/_next\/static\/chunks\/.+\.js/, (route) => route.abort());
  const posts = recordPosts(page);
  await page.getByLabel("Work email address").fill("not an email");
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address in the correct format");
  await expect(page.locator("#email-error")).toContainText("correct format");
  await expect(page.locator("#error-summary")).toBeFocused();
  expect(posts).toEqual(["/sign-in"]);
});

test("a new person signs in by magic link, completes their profile and signs out", async ({ page }) => {
  const email = `new.starter.${Date.now()}@example.org`;
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  await openLinkFromOutbox(page, email, /Sign in to/, "/sign-in/confirm");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { name: "Tell us about you" })).toBeVisible();
  await expectAccessible(page);
  // Nothing filled in: every question says what is missing.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter your full name");
  await expect(page.locator(".govuk-error-summary")).toContainText("Select your organisation");
  await expectAccessible(page);

  await page.getByLabel("Full name").fill("Nia Roberts");
  await page.getByLabel("Job title").fill("School nurse");
  await page.getByLabel("Organisation").selectOption({ index: 3 });
  await page.getByLabel("Your line manager's email address").fill("nia.manager@example.org");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/my-learning/);

  await signOut(page);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a sign-in link works once only", async ({ page, context }) => {
  const email = `once.${Date.now()}@example.org`;
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLinkFromOutbox(page, email, /Sign in to/, "/sign-in/confirm");
  const confirmUrl = page.url();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Tell us about you" })).toBeVisible();
  await context.clearCookies();
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /expired or has already been used/ })).toBeVisible();
  await expectAccessible(page);
});

test("opening the emailed callback address with GET does not sign anyone in", async ({ page }) => {
  const email = `scanner.${Date.now()}@example.org`;
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLinkFromOutbox(page, email, /Sign in to/, "/sign-in/confirm");
  const u = new URL(page.url());
  await page.goto(`/api/auth/callback/email${u.search}`);
  await expect(page).toHaveURL(/\/sign-in\/confirm/);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("demo admin can sign in", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await expect(page.getByRole("link", { name: "Business unit" })).toBeVisible();
});
