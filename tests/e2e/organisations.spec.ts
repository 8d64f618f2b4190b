import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The business unit keeps the list of organisations people choose on their profile: it adds one, is told plainly
// when the name is already taken or missing, changes it, and a new person can choose it straight away.

test("the business unit adds an organisation, fixes its mistakes, changes it, and a new person chooses it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@example.org");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expect(page.getByText("Organisations cannot be removed because bookings and reports refer to them; rename one instead.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Norfolk County Council Children's Services/ }).first()).toContainText("Children's services");
  await expectAccessible(page);

  // Add one.
  await page.getByRole("button", { name: "Add an organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an organisation" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Wymondham Community Hub");
  await page.getByLabel("Voluntary sector", { exact: true }).check();
  await page.getByLabel("District", { exact: true }).selectOption("South Norfolk");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByText("Wymondham Community Hub added")).toBeVisible();
  const row = page.getByRole("row", { name: /Wymondham Community Hub/ });
  await expect(row).toContainText("Voluntary sector");
  await expect(row).toContainText("South Norfolk");
  await expect(row.getByRole("cell").last()).toHaveText("0");

  // The same name again, in other letters' case: refused by the server, next to the field, keeping what was typed.
  await page.getByRole("button", { name: "Add an organisation" }).click();
  await page.getByLabel("Name", { exact: true }).fill("wymondham community hub");
  await page.getByLabel("Health", { exact: true }).check();
  await page.getByRole("button", { name: "Add organisation" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("An organisation called Wymondham Community Hub already exists");
  await expect(summary).toBeFocused();
  await expect(page.locator("#name-error")).toContainText("An organisation called Wymondham Community Hub already exists");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("wymondham community hub");
  await expect(page.getByLabel("Health", { exact: true })).toBeChecked();
  await expectAccessible(page);

  // No name at all: the error summary links to the field, which says what is missing.
  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(summary.getByRole("link", { name: "Enter the organisation's name" })).toHaveAttribute("href", "#name");
  await expect(page.locator("#name-error")).toContainText("Enter the organisation's name");
  await expectAccessible(page);

  // Change its name, sector and district.
  await page.goto("/admin/settings/organisations");
  await page.getByRole("link", { name: /Wymondham Community Hub/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Wymondham Community Hub/ })).toBeVisible();
  await expect(page.getByLabel("Voluntary sector", { exact: true })).toBeChecked();
  await expect(page.getByLabel("District", { exact: true })).toHaveValue("South Norfolk");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill("Wymondham Family Hub");
  await page.getByLabel("Children's services", { exact: true }).check();
  await page.getByLabel("District", { exact: true }).selectOption({ label: "No district" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Wymondham Family Hub saved")).toBeVisible();
  const changed = page.getByRole("row", { name: /Wymondham Family Hub/ });
  await expect(changed).toContainText("Children's services");
  await expect(changed).toContainText("No district");
  await expect(page.getByRole("row", { name: /Wymondham Community Hub/ })).toHaveCount(0);
  await expectAccessible(page);

  // Saved again as it is: nothing changes.
  await page.getByRole("link", { name: /Wymondham Family Hub/ }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Nothing was changed")).toBeVisible();

  // Someone new chooses it when they first sign in.
  const learnerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const learner = await learnerContext.newPage();
  await signIn(learner, `hub.worker.${Date.now()}@example.org`);
  await expect(learner.getByRole("heading", { name: "Tell us about you" })).toBeVisible();
  await learner.getByLabel("Full name").fill("Hana Worker");
  await learner.getByLabel("Job title").fill("Family support worker");
  await learner.getByLabel("Organisation").selectOption({ label: "Wymondham Family Hub" });
  await learner.getByLabel("Your line manager's email address").fill("hub.manager@example.org");
  await learner.getByRole("button", { name: "Save and continue" }).click();
  await expect(learner).toHaveURL(/\/my-learning/);
  await learner.goto("/profile");
  await expect(learner.getByLabel("Organisation").locator("option:checked")).toHaveText("Wymondham Family Hub");
  await learnerContext.close();

  // The list counts them.
  await page.goto("/admin/settings/organisations");
  await expect(page.getByRole("row", { name: /Wymondham Family Hub/ }).getByRole("cell").last()).toHaveText("1");
});
