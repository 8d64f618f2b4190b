import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The seed has a session in two days with eight people booked weeks ago. The business unit moves the reminders to
// 3 days and 1 day before, so the first reminder (confirm or release) is due now for those eight people.

async function submitReminderDays(page: Page, days: string) {
  await page.goto("/admin/settings");
  await page.getByLabel("Days before the session to send reminders").fill(days);
  await page.getByRole("button", { name: "Save settings" }).click();
}

async function setReminderDays(page: Page, days: string) {
  await submitReminderDays(page, days);
  await expect(page.getByText(/Settings saved|Nothing was changed/)).toBeVisible();
}

async function linkFromReminder(page: Page, index: number, path: string) {
  await page.goto("/dev/outbox");
  await page.getByRole("link", { name: /^Please confirm your place:/ }).nth(index).click();
  const href = await page.locator(`main a[href*="${path}?token="]`).first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

test("people confirm or release their place from the first reminder", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await submitReminderDays(page, "three");
  await expect(page.locator("#reminderDaysBefore-error")).toContainText("numbers separated by commas");
  await expectAccessible(page);
  await setReminderDays(page, "3, 1");
  await expectAccessible(page);

  try {
    const run = await page.request.post("/dev/run-jobs");
    expect(run.ok()).toBe(true);

    // The reminder in the outbox: what a missed place costs, where to go, and the two links.
    await page.goto("/dev/outbox");
    expect(await page.getByRole("link", { name: /^Please confirm your place:/ }).count()).toBeGreaterThanOrEqual(2);
    await page.getByRole("link", { name: /^Please confirm your place:/ }).first().click();
    await expect(page.locator("pre")).toContainText("A place that is booked but not used costs £50.00");
    await expect(page.locator("pre")).toContainText("HOW TO JOIN");
    await expect(page.getByText("session.ics")).toBeVisible();

    // One person confirms.
    await page.goto(await linkFromReminder(page, 0, "/reminders/confirm"));
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your place" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Yes, I will attend" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Place confirmed" })).toBeVisible();
    await expectAccessible(page);

    // Another releases theirs: the place is freed at once.
    const release = await linkFromReminder(page, 1, "/reminders/release");
    await page.goto(release);
    await expect(page.getByRole("heading", { level: 1, name: "Release your place" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Release my place" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Place released" })).toBeVisible();
    await expectAccessible(page);
    await page.goto(release);
    await expect(page.getByRole("heading", { level: 1, name: "You no longer have this place" })).toBeVisible();

    // A link that has been tampered with does nothing.
    await page.goto(`${release}x`);
    await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await setReminderDays(page, "7, 2");
  }
});
