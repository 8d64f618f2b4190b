import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The business unit configures the partnership: its help contacts and districts (Partnership details) and the
// Safer fees and retention period (Policy settings). What it saves shows at once in every page's footer, on the
// help page and on the Safer page.

async function saveDetails(page: Page, fields: { helpContacts?: string; districts?: string }) {
  await page.goto("/admin/settings/partnership");
  if (fields.helpContacts !== undefined) await page.getByLabel("Help contacts").fill(fields.helpContacts);
  if (fields.districts !== undefined) await page.getByLabel("Districts").fill(fields.districts);
  await page.getByRole("button", { name: "Save partnership details" }).click();
}

test("the business unit changes the partnership's help contacts and Safer fees, and people see them at once", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Partnership details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partnership details" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Where people can get help" })).toBeVisible();
  await expectAccessible(page);
  const helpContacts = await page.getByLabel("Help contacts").inputValue();
  const districts = await page.getByLabel("Districts").inputValue();
  expect(helpContacts).toContain("Childline: 0800 1111");
  expect(districts.split("\n")).toContain("Norwich");

  try {
    // A line without a number is refused in the browser, next to the field.
    await saveDetails(page, { helpContacts: `${helpContacts}\nTraining team` });
    await expect(page.locator("#helpContacts-error")).toContainText("Line 4: enter a name, a colon and a phone number");
    await expect(page.locator(".govuk-error-summary")).toContainText("Line 4");
    await expectAccessible(page);

    // Norwich has sessions and organisations: the server refuses to drop it, says why, and keeps what was typed.
    const withoutNorwich = districts
      .split("\n")
      .filter((d) => d !== "Norwich")
      .join("\n");
    await saveDetails(page, { districts: withoutNorwich });
    await expect(page.locator("#districts-error")).toContainText(/You cannot remove Norwich because .*sessions/);
    await expect(page.getByLabel("Districts")).toHaveValue(withoutNorwich);
    await expectAccessible(page);

    // A new help number: the footer of the next page and the help page show it.
    await saveDetails(page, { helpContacts: `${helpContacts}\nSafeguarding training team: 01603 000 111`, districts });
    await expect(page.getByText("Partnership details saved")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Safeguarding training team");
    await expect(page.getByRole("contentinfo")).toContainText("01603 000 111");
    await expectAccessible(page);
    await page.goto("/help");
    await expect(page.getByRole("main")).toContainText("Safeguarding training team: 01603 000 111");

    // Policy settings: a retention period under a year is refused; a new Safer fee shows on the Safer page.
    await page.goto("/admin/settings");
    await expect(page.getByRole("group", { name: "Safer membership" })).toBeVisible();
    await page.getByLabel("Up to 10 staff and volunteers, in pounds a year").fill("15");
    await page.getByLabel("Months of inactivity before a person's details are anonymised").fill("6");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.locator("#retentionMonths-error")).toContainText("The retention period in months must be 12 or more");
    await expectAccessible(page);
    await page.getByLabel("Months of inactivity before a person's details are anonymised").fill("72");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved")).toBeVisible();
    await expectAccessible(page);
    await page.goto("/safer");
    await expect(page.getByRole("row", { name: /Up to 10/ })).toContainText("£15.00");
  } finally {
    await saveDetails(page, { helpContacts, districts });
    await expect(page.getByText(/Partnership details saved|Nothing was changed/)).toBeVisible();
    await page.goto("/admin/settings");
    await page.getByLabel("Up to 10 staff and volunteers, in pounds a year").fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/Settings saved|Nothing was changed/)).toBeVisible();
  }
});
