import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, scriptBytesDuring, signIn, signOut } from "./helpers";

const londonToday = () => {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "numeric", year: "numeric" }).formatToParts(new Date());
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { day: get("day"), month: get("month"), year: get("year") };
};

async function downloadResponse(page: Page, href: string) {
  // The page's cookies go with the request, exactly as when the person clicks the link.
  return page.request.get(href, { maxRedirects: 0 });
}

test("a new organisation applies, the business unit approves, and the contact downloads a template", async ({ page }) => {
  const email = `safer.applicant.${Date.now()}@example.org`;
  const orgName = `Wensum Valley Gymnastics ${Date.now()}`;
  await signIn(page, email);
  // Safer does not need the booking profile (agency, line manager): small clubs are not partner agencies.
  await page.goto("/safer");
  await expect(page.getByRole("heading", { level: 1, name: "Safer programme" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Apply for membership" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Apply for Safer membership" })).toBeVisible();
  await expectAccessible(page);
  // The form's checks (zod, ~115 kB decoded) arrive when the person moves into it, not with the page.
  await page.waitForLoadState("networkidle");
  expect(await scriptBytesDuring(page, () => page.getByLabel("Organisation name").focus())).toBeGreaterThan(80_000);

  // Bad numbers are refused with GOV.UK errors.
  await page.getByLabel("Organisation name").fill(orgName);
  await page.getByLabel("Registered charity number (if you have one)").fill("12");
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter a charity number of 6 to 8 digits");
  await expect(page.locator(".govuk-error-summary")).toContainText("Select the type of organisation");
  await expectAccessible(page);

  await page.getByLabel("Registered charity number (if you have one)").fill("1187654");
  await page.getByLabel("Company number (if you have one)").fill("");
  await page.getByLabel("Sports club").check();
  await page.getByLabel("District").selectOption("Broadland");
  await page.getByLabel("11 to 50").check();
  await page.getByLabel("Full name").fill("Robin Okafor");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Telephone number").fill("01632 960 123");
  await page.getByRole("button", { name: "Send application" }).click();

  await expect(page.getByText("Application sent")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("Application received");
  await expect(page.locator(".govuk-summary-list")).toContainText("£50.00");
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "admin@example.org");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Safer memberships" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Safer memberships" })).toBeVisible();
  await page.getByLabel("Status").selectOption("pending");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: orgName }).click();
  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await expectAccessible(page);
  // Declining needs a reason.
  await page.getByLabel("Decline", { exact: true }).check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the reason for declining the application");
  await expectAccessible(page);
  await page.getByLabel("Approve", { exact: true }).check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByText("Membership approved")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, email);
  await page.getByRole("link", { name: "Safer", exact: true }).click();
  await expect(page.locator(".govuk-summary-list")).toContainText("Active");
  await page.getByRole("link", { name: "Policy library" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy library" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Child protection policy template" }).click();
  await expectAccessible(page);
  const href = await page.getByRole("link", { name: /^Download version \d+ \(PDF\)$/ }).getAttribute("href");
  const res = await downloadResponse(page, href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="child-protection-policy-v\d+\.pdf"$/);
  expect(res.headers()["cache-control"]).toBe("private, no-store");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await signOut(page);

  // Signed out, the same address does not serve the file.
  const anonymous = await downloadResponse(page, href!);
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers()["location"]).toContain("/sign-in");
});

test("a Safer contact sees that a template they downloaded has a new version, and records a review", async ({ page }) => {
  await signIn(page, "safer@example.org");
  await page.goto("/safer");
  const banner = page.getByRole("region", { name: "Policy templates updated" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Safer recruitment policy and checklist");
  await expect(banner).toContainText("(you downloaded version 1)");
  await expectAccessible(page);

  await page.goto("/safer/contacts");
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/safer");
  await banner.getByRole("link", { name: "Safer recruitment policy and checklist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Safer recruitment policy and checklist/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Record that you reviewed/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Record a policy review/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the date you reviewed your policy");
  await expectAccessible(page);
  const t = londonToday();
  await page.getByLabel("Day", { exact: true }).fill(t.day);
  await page.getByLabel("Month", { exact: true }).fill(t.month);
  await page.getByLabel("Year", { exact: true }).fill(t.year);
  await page.getByLabel("Notes (optional)").fill("Updated our DBS section to match the new template.");
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByText("Review recorded")).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("Up to date");
  await expectAccessible(page);
});

test("the business unit sees member counts, the library and out-of-date members", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin/safer/counts");
  await expect(page.getByRole("heading", { level: 1, name: "Safer member counts" })).toBeVisible();
  const series = page.locator("table", { has: page.getByText("Members at the end of each reporting year") });
  await expect(series.getByRole("row", { name: /Thursday 30 June 2022/ })).toContainText("581");
  await expect(series.getByRole("row", { name: /Thursday 30 June 2022/ })).toContainText("+89");
  await expectAccessible(page);
  await page.goto("/admin/safer/library");
  await expect(page.getByRole("heading", { level: 1, name: "Policy library" })).toBeVisible();
  await expectAccessible(page);
  // Adding a template: its checks arrive when the person moves into the form, and an empty one is refused.
  await page.waitForLoadState("networkidle");
  expect(await scriptBytesDuring(page, () => page.getByLabel("Title", { exact: true }).focus())).toBeGreaterThan(80_000);
  await page.getByRole("button", { name: "Add template" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the title of the template");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Safer recruitment policy and checklist" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter a summary of what changed");
  await expectAccessible(page);
  await page.goto("/admin/safer/out-of-date");
  await expect(page.getByRole("heading", { level: 1, name: "Members with out-of-date policies" })).toBeVisible();
  await expectAccessible(page);
});
