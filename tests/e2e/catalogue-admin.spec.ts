import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, scriptBytesDuring, signIn } from "./helpers";

test("the business unit adds an opportunity and a session, finds it in the catalogue, and downloads its bookings", async ({ page }) => {
  test.setTimeout(180_000);
  const title = `Working with fathers ${Date.now()}`;
  const year = new Date().getFullYear() + 1;
  await signIn(page, "admin@example.org");

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Business unit" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Catalogue" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue" })).toBeVisible();
  await expectAccessible(page);

  // A form sent with nothing in it explains what is missing.
  await page.getByRole("button", { name: "Add an opportunity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an opportunity" })).toBeVisible();
  await expectAccessible(page);
  // The form's checks (zod) arrive when the person moves into it, not with the page.
  await page.waitForLoadState("networkidle");
  expect(await scriptBytesDuring(page, () => page.getByLabel("Title", { exact: true }).focus())).toBeGreaterThan(80_000);
  await page.getByRole("button", { name: "Add opportunity" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Enter a title");
  await expect(summary).toContainText("Select the type of opportunity");
  await expectAccessible(page);

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Multi-agency course" });
  await page.getByLabel("Topic or priority").fill("Inclusive Fathers");
  await page.getByLabel("Level", { exact: true }).fill("Universal");
  await page.getByLabel("Who it is for").fill("Practitioners working with families");
  await page.getByLabel("Summary", { exact: true }).fill("How to include fathers and male carers in assessments.");
  await page.getByLabel("Description", { exact: true }).fill("A practical day on seeing and involving fathers.");
  await page.getByLabel("Learning outcomes").fill("Know why fathers matter\nPlan to include them");
  await page.getByLabel("Multi-agency (counts towards the partnership's multi-agency training)").check();
  await page.getByRole("button", { name: "Add opportunity" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Opportunity added.")).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("Know why fathers matter");
  await expectAccessible(page);
  const opportunityUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("button", { name: "Add a session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Add a session/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Day", { exact: true }).fill("15");
  await page.getByLabel("Month", { exact: true }).fill("3");
  await page.getByLabel("Year", { exact: true }).fill(String(year));
  await page.getByLabel("Start time").fill("9:30");
  await page.getByLabel("End time").fill("9:00");
  await page.getByLabel("At a venue").check();
  await page.getByLabel("Venue name").fill("County Hall");
  await page.getByLabel("Venue address").fill("Martineau Lane, Norwich NR1 2DH");
  await page.getByLabel("District").selectOption("Norwich");
  await page.getByLabel("Number of places").fill("16");
  await page.getByLabel(/trainer@example\.org/).check();
  await page.getByRole("button", { name: "Add session" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("End time must be after the start time");
  await expectAccessible(page);
  await page.getByLabel("End time").fill("4:30pm");
  await page.getByRole("button", { name: "Add session" }).click();

  await expect(page.getByText("Session added.")).toBeVisible();
  const sessions = page.getByRole("table", { name: "Sessions of this opportunity" });
  await expect(sessions).toContainText(`15 March ${year}, 9:30am to 4:30pm`);
  await expect(sessions).toContainText("County Hall, Norwich");
  await expect(sessions).toContainText("Sam Taylor");
  await expect(sessions).toContainText("0 of 16");

  // The public catalogue lists it now that it has an upcoming session.
  await page.goto(`/catalogue?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  // Edit the session's capacity, then open its bookings.
  await page.goto(opportunityUrl);
  await page.getByRole("link", { name: /^Edit the session on/ }).click();
  await expect(page.getByLabel("Start time")).toHaveValue("09:30");
  await expectAccessible(page);
  await page.getByLabel("Number of places").fill("20");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Session saved.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Sessions of this opportunity" })).toContainText("0 of 20");

  await page.getByRole("link", { name: /^Bookings for/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Bookings for Monday 15 March/ })).toBeVisible();
  await expect(page.getByText("Nobody has booked yet.")).toBeVisible();
  await expectAccessible(page);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the bookings as a spreadsheet (CSV)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^session-\d+-bookings\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toBe("\uFEFFReference,Name,Email,Organisation,Status,Waiting list position,Attendance,Access needs,Dietary needs,Booked at (UTC)");

  // Cancel the session: it disappears from the public catalogue.
  await page.goto(opportunityUrl);
  await page.getByRole("link", { name: /^Cancel the session on/ }).click();
  await expect(page.getByText("Nobody is booked on this session.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Why is the session cancelled?").fill("Venue unavailable");
  await page.getByRole("button", { name: "Cancel the session" }).click();
  await expect(page.getByText("Session cancelled.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Sessions of this opportunity" })).toContainText("Cancelled");
  await page.goto(`/catalogue?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("the catalogue list searches by title and filters by type", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin/catalogue");
  await page.getByLabel("Type").selectOption({ label: "Safer workshop" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/type=safer_workshop/);
  const rows = page.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  const types = await page.locator("tbody tr td:first-of-type").allTextContents();
  expect(types.length).toBe(await rows.count());
  for (const type of types) expect(type).toBe("Safer workshop");
  await expectAccessible(page);
});

test("a learner is refused the business unit's pages and its CSV export", async ({ page }) => {
  await signIn(page, "learner@example.org");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/catalogue/opportunities/new");
  await expect(page.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
  const csv = await page.request.get("/admin/catalogue/sessions/1/bookings/csv");
  expect(csv.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the opportunity form still checks answers on the server and saves", async ({ page }) => {
    const title = `No-script briefing ${Date.now()}`;
    await signIn(page, "admin@example.org");
    await page.goto("/admin/catalogue/opportunities/new");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Add opportunity" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Select the type of opportunity");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    // (axe needs JavaScript; the same page is checked with it in the journey above.)
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Briefing" });
    for (const [label, value] of [["Topic or priority", "Neglect"], ["Level", "Universal"], ["Who it is for", "Everyone"], ["Summary", "A short briefing."], ["Description", "Details."]]) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await page.getByRole("button", { name: "Add opportunity" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});
