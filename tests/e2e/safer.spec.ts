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

  // Fees read as a fee: "Free", never "Free a year".
  await expect(page.getByText("Fee: Free", { exact: true })).toBeVisible();
  await expect(page.getByText("Fee: £50.00 a year", { exact: true })).toBeVisible();
  await expect(page.getByText("Free a year")).toHaveCount(0);

  // Bad numbers are refused with GOV.UK errors.
  await page.getByLabel("Organisation name").fill(orgName);
  await page.getByLabel("Registered charity number (optional)").fill("12");
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter a charity number of 6 to 8 digits");
  await expect(page.locator(".govuk-error-summary")).toContainText("Select the type of organisation");
  await expectAccessible(page);

  // A club that is neither a registered charity nor a company can apply: both numbers are optional.
  await page.getByLabel("Registered charity number (optional)").fill("");
  await page.getByLabel("Company number (optional)").fill("");
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
  // Waiting for approval: never a member, so nothing about renewing, and downloads come once approved.
  await expect(page.getByRole("listitem").filter({ hasText: "Policy library" })).toContainText("you can download them once your application is approved");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Policy library" }).click();
  await expect(page.getByText("You can download templates once your application is approved.")).toBeVisible();
  await expect(page.getByText(/Renew your membership/)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Child protection policy template" }).click();
  await expect(page.getByText("You can download templates once your application is approved.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Download version/ })).toHaveCount(0);
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
  // A review cannot predate the version it is recorded against.
  await page.getByLabel("Day", { exact: true }).fill("1");
  await page.getByLabel("Month", { exact: true }).fill("1");
  await page.getByLabel("Year", { exact: true }).fill("1900");
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Date of review must be the same as or after");
  await expect(page.locator("#reviewedOn-error")).toContainText(/Date of review must be the same as or after .+, when version \d+ was published/);
  await expect(page.getByText("Review recorded")).toHaveCount(0);
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

/** The value of a summary list row, by its exact key. */
const summaryValue = (page: Page, key: string) =>
  page.locator(".govuk-summary-list__row", { has: page.locator("dt", { hasText: new RegExp(`^${key}$`) }) }).locator(".govuk-summary-list__value");

test("a Safer contact checks the renewal before confirming it, and sees the current year and the next one", async ({ page, browser }) => {
  await signIn(page, "safer@example.org");
  await page.goto("/safer");
  const currentYear = (await summaryValue(page, "Membership year").textContent())!;
  await page.getByRole("button", { name: "Renew membership" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Check your membership renewal/ })).toBeVisible();
  await expect(summaryValue(page, "Current membership year")).toHaveText(currentYear);
  const newYear = (await summaryValue(page, "New membership year").textContent())!;
  // The new year runs on from the end of the current one.
  expect(newYear.startsWith(currentYear.split(" to ")[1])).toBe(true);
  await expect(summaryValue(page, "Fee for the new year")).toHaveText("£50.00");
  await expectAccessible(page);
  // Looking is not renewing.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByRole("button", { name: "Renew membership" })).toBeVisible();
  await expect(summaryValue(page, "Next membership year")).toHaveCount(0);

  // Confirmed without JavaScript: a plain form post.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await signIn(plain, "safer@example.org");
  await plain.goto("/safer/renew");
  await plain.getByRole("button", { name: "Confirm renewal" }).click();
  await expect(plain.getByText("Membership renewed")).toBeVisible();
  await expect(plain.getByText(`Your next membership year runs from ${newYear}.`)).toBeVisible();
  await noScript.close();

  // The current year still runs, and the renewal follows it.
  await page.goto("/safer");
  await expect(summaryValue(page, "Membership year")).toHaveText(currentYear);
  await expect(summaryValue(page, "Next membership year")).toHaveText(newYear);
  await expect(page.getByRole("button", { name: "Renew membership" })).toHaveCount(0);
  await expectAccessible(page);
  // Nothing left to renew: the check page goes back to the Safer page.
  await page.goto("/safer/renew");
  await expect(page).toHaveURL(/\/safer$/);
});
