import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, openLinkFromOutbox, recordPosts, scriptBytesDuring, signIn, signOut } from "./helpers";

// Answer the question page and the check-answers page; returns the confirmation page's reference.
async function answerAndConfirm(page: Page, opts: { access?: string; button: "Confirm booking" | "Join the waiting list" }) {
  await expect(page.getByRole("heading", { level: 1, name: /Your access/ })).toBeVisible();
  await expectAccessible(page);
  if (opts.access) await page.getByLabel("Do you have any access needs? (optional)").fill(opts.access);
  // A course that requires other training asks the person to confirm it (its own journey tests that question).
  const required = page.getByLabel(/^I have completed .*, or equivalent training$/);
  if (await required.count()) await required.check();
  const dietary = page.getByLabel("Do you have any dietary needs? (optional)");
  if (await dietary.count()) await dietary.fill("Vegetarian");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  if (opts.access) await expect(page.getByText(opts.access)).toBeVisible();
  // The seeded venues' addresses start with the building's name: it is written once.
  const where = (await page.locator(".govuk-summary-list__row", { hasText: "Where" }).locator("dd").first().textContent())?.trim() ?? "";
  expect(where).not.toMatch(/^([^,]+), \1,/);
  await expectAccessible(page);
  await page.getByRole("button", { name: opts.button }).click();
  await page.waitForURL(/\/confirmation\//);
  const reference = (await page.locator(".govuk-panel__body strong").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^BK-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAccessible(page);
  return reference;
}

// A demo account may have been anonymised by the retention scan (inactive for years) and come back empty:
// then the service asks for the person's details first, as it would for anyone new.
async function completeProfileIfAsked(page: Page) {
  await page.waitForLoadState();
  if (!(await page.getByRole("heading", { level: 1, name: "Tell us about you" }).count())) return;
  await page.getByLabel("Full name").fill("Chris Walker");
  await page.getByLabel("Job title").fill("Senior Social Worker");
  await page.getByLabel("Organisation").selectOption({ label: "Norfolk County Council Children's Services" });
  await page.getByLabel("Your line manager's email address").fill("manager@example.org");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/profile"));
}

test("search, book, check answers, confirmation, then cancel from my learning", async ({ page }) => {
  await signIn(page, "learner@example.org");
  await page.goto("/my-learning");
  await expect(page.getByText("You have no upcoming bookings.")).toBeVisible();

  await page.goto("/catalogue");
  await expectAccessible(page);
  await page.getByLabel("Search by words").fill("safeguarding");
  await page.getByLabel("Type").selectOption({ label: "Multi-agency course" });
  await page.getByLabel("Only with places available").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=safeguarding/);
  await expect(page.getByRole("heading", { level: 2, name: /with upcoming dates/ })).toBeVisible();
  await expectAccessible(page);

  await page.locator("#main-content ul.govuk-list h3 a").first().click();
  await expect(page.getByRole("table", { name: "Upcoming dates" })).toBeVisible();
  await expectAccessible(page);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  await page.getByRole("button", { name: /^Book for/ }).first().click();

  const reference = await answerAndConfirm(page, { access: "Step-free access, please", button: "Confirm booking" });
  await expect(page.getByRole("heading", { level: 1, name: /Booking (confirmed|requested)/ })).toBeVisible();

  await page.getByRole("link", { name: "my learning", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My learning" })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: new RegExp(`^Cancel.*${title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Cancel your booking/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Cancel (booking|request)$/ }).click();
  await expect(page.getByText(/Your booking is cancelled/)).toBeVisible();
  await expect(page.getByText("You have no upcoming bookings.")).toBeVisible();
  await expectAccessible(page);
});

test("a course that requires other training asks the person to confirm they have done it, and says so at check answers", async ({ page }) => {
  await signIn(page, `prereq.${Date.now()}@example.org`);
  await completeProfileIfAsked(page);
  await page.goto("/catalogue/using-the-graded-care-profile-2-gcp2");
  await expect(page.getByText("Complete first:")).toBeVisible();
  await page.getByRole("button", { name: /^Book for/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Your access/ })).toBeVisible();
  const confirm = page.getByLabel("I have completed Recognising and Responding to Neglect, or equivalent training");
  await expect(confirm).not.toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Confirm that you have completed the training this course requires");
  await expectAccessible(page);
  await confirm.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Training this course requires" })).toContainText(
    "You have completed Recognising and Responding to Neglect, or equivalent training",
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: /Confirm booking|Join the waiting list/ }).click();
  await page.waitForURL(/\/confirmation\//);
});

test("full session: join the waiting list, a place frees, the offer email arrives, claim it", async ({ page }) => {
  // Four people sign in and out along the way: 35 s on a slow host, so more room than the default minute.
  test.setTimeout(120_000);
  // trainer@example.org (booking as a learner) takes a place on an online webinar ...
  await signIn(page, "trainer@example.org");
  await page.goto("/catalogue?type=webinar&available=yes");
  await page.locator("#main-content ul.govuk-list h3 a").first().click();
  await expect(page.getByRole("table", { name: "Upcoming dates" })).toBeVisible();
  await expectAccessible(page);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  const book = page.getByRole("button", { name: /^Book for/ }).first();
  const href = (await book.getAttribute("href")) ?? "";
  const sessionId = href.split("/").pop();
  expect(sessionId).toMatch(/^\d+$/);
  await book.click();
  await answerAndConfirm(page, { button: "Confirm booking" });
  await signOut(page);

  // ... the business unit shrinks the session to the places already taken, so it is full ...
  await signIn(page, "admin@example.org");
  await page.goto(`/admin/catalogue/sessions/${sessionId}/edit`);
  const hint = (await page.getByText(/places are already taken/).textContent()) ?? "";
  const taken = hint.match(/(\d+) places are already taken/)?.[1];
  expect(taken).toBeTruthy();
  await page.getByLabel("Number of places").fill(taken!);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL((u) => !u.pathname.endsWith("/edit"));
  await signOut(page);

  // ... colleague@example.org joins the waiting list ...
  await signIn(page, "colleague@example.org");
  await page.goto(`/book/${sessionId}`);
  await completeProfileIfAsked(page);
  await expect(page.getByText("This session is full.")).toBeVisible();
  await answerAndConfirm(page, { button: "Join the waiting list" });
  await expect(page.getByRole("heading", { level: 1, name: "You are on the waiting list" })).toBeVisible();
  await expect(page.getByText("You are number 1 on the waiting list")).toBeVisible();
  await page.goto("/my-learning");
  await expect(page.getByText("Waiting list: number 1")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // ... the manager cancels, which offers the place to the colleague ...
  await signIn(page, "trainer@example.org");
  await page.goto("/my-learning");
  await page.locator(".govuk-summary-card").filter({ hasText: title }).getByRole("link", { name: /^Cancel/ }).click();
  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByText(/Your booking is cancelled/)).toBeVisible();
  await signOut(page);

  // ... and the colleague claims it from the offer email.
  await openLinkFromOutbox(page, "colleague@example.org", /A place is available/, "/offers/");
  await expect(page.getByRole("heading", { level: 1, name: "A place has come up" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Claim my place" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your place is confirmed" })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, "colleague@example.org");
  await page.goto("/my-learning");
  await expect(page.locator(".govuk-summary-card").filter({ hasText: title }).getByText("Booked", { exact: true })).toBeVisible();
});

test("the catalogue explains search words and dates it cannot use, next to the fields", async ({ page }) => {
  await page.goto(`/catalogue?q=${"a".repeat(101)}&from=2027-02-01&to=2027-01-01`);
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Search words must be 100 characters or fewer");
  await expect(summary).toContainText("To date must be the same as or after the from date");
  await expect(page.locator("#q-error")).toContainText("Search words must be 100 characters or fewer");
  await expect(page.getByLabel("Search by words")).toHaveAttribute("maxlength", "100");
  await expectAccessible(page);
});

test("browsing the catalogue asks the server for no page nobody opened, and links still navigate in place", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
  });
  await page.goto("/catalogue");
  await page.waitForLoadState("networkidle");
  const first = page.locator("main h3 a").first();
  await first.hover();
  await page.waitForTimeout(500);
  expect(prefetches).toEqual([]);
  // A click is still a client-side navigation: the page is fetched as an RSC request, not reloaded.
  let documentLoads = 0;
  page.on("request", (r) => {
    if (r.resourceType() === "document") documentLoads++;
  });
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(documentLoads).toBe(0);
  await expectAccessible(page);
});

test("booking pages load validation only when it is needed, check answers none; problems are explained in a focused summary", async ({ page }) => {
  await signIn(page, "learner@example.org");
  await page.goto("/catalogue?type=webinar&available=yes");
  await page.locator("#main-content ul.govuk-list h3 a").nth(1).click();
  await page.getByRole("button", { name: /^Book for/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Your access/ })).toBeVisible();
  const questionUrl = page.url();

  const scriptBytes = (step: () => Promise<unknown>) => scriptBytesDuring(page, step);
  const questionPage = await scriptBytes(() => page.goto(questionUrl));
  // zod (~115 kB decoded) arrives when the person moves into the form, before they can submit it.
  const onFocus = await scriptBytes(() => page.getByLabel("Do you have any access needs? (optional)").focus());
  expect(onFocus).toBeGreaterThan(80_000);

  // Checked in the browser, without a round trip: nothing is posted.
  const posts = recordPosts(page);
  await page.getByLabel("Do you have any access needs? (optional)").fill("x".repeat(501));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#error-summary")).toContainText("Access needs must be 500 characters or fewer");
  await expect(page.locator("#error-summary")).toBeFocused();
  expect(posts).toEqual([]);
  // Correcting the answer is checked as the person types, but focus stays where they are typing.
  const access = page.getByLabel("Do you have any access needs? (optional)");
  await access.pressSequentially("yy");
  await expect(access).toBeFocused();
  await expect(access).toHaveValue("x".repeat(501) + "yy");
  await page.getByLabel("Do you have any access needs? (optional)").fill("");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();

  // Check answers has only hidden values and a button: no form library at all, less than the question page.
  const checkPage = await scriptBytes(() => page.reload());
  expect(checkPage).toBeLessThan(questionPage);

  // A form token that is not genuine (as after tampering) is refused: the reason is shown and focused.
  await page.locator('input[name="formToken"]').evaluate((el) => ((el as HTMLInputElement).value = "not-a-token"));
  await page.getByRole("button", { name: "Confirm booking" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("This form has expired");
  await expect(summary).toBeFocused();
  await expectAccessible(page);
  await page.goto("/my-learning");
  await expect(page.getByText("You have no upcoming bookings.")).toBeVisible();
});
