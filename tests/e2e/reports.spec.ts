import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const AGENCY = "Norfolk County Council Children's Services";

test("the business unit reads the annual summary, filters and exports the attendance report, and reads the audit log", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Annual summary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Annual summary 2021–22/ })).toBeVisible();
  const table = page.getByRole("table", { name: "Annual summary 2021–22" });
  await expect(table.getByRole("row", { name: /Learning opportunities provided/ })).toContainText("131");
  await expect(table.getByRole("row", { name: /Sign-ups to multi-agency courses/ })).toContainText("559");
  await expect(table.getByRole("row", { name: /Booked and did not attend/ })).toContainText("114");
  await expect(table.getByRole("row", { name: /Change since/ })).toContainText("+89");
  await expectAccessible(page);

  // From the summary to the attendance report for the same courses and year.
  await page.getByRole("link", { name: "see the attendance report for these courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Attendance report/ })).toBeVisible();
  await expect(page.locator(".govuk-summary-list__row").filter({ hasText: "Sign-ups" }).first()).toContainText("559");
  await expect(page.getByRole("img", { name: /Sign-ups by month/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Attendance by month/ })).toBeVisible();
  await expect(page.getByText(/^Figures as at \d{1,2}:\d\d[ap]m on .+, refreshed every minute\.$/)).toBeVisible();
  await expectAccessible(page);
  const overview = page.url();

  // The overview shows the 10 organisations and learning opportunities with most sign-ups; their own pages show all.
  for (const [what, plural, path] of [
    ["organisation", "organisations", "/admin/reports/organisations"],
    ["learning opportunity", "learning opportunities", "/admin/reports/opportunities"],
  ] as const) {
    await page.goto(overview);
    await expect(page.getByRole("img", { name: new RegExp(`^Sign-ups by ${what} \\(top 10\\)`) })).toBeVisible();
    const top = page.getByRole("table", { name: new RegExp(`^Attendance by ${what} \\(top 10 by sign-ups\\)`) });
    await expect(top.locator("tbody tr")).toHaveCount(10);
    const topCounts = await top.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(topCounts.map(Number)).toEqual([...topCounts.map(Number)].sort((a, b) => b - a));
    const seeAll = page.getByRole("link", { name: new RegExp(`^See all \\d+ ${plural}$`) });
    const total = Number((await seeAll.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    await seeAll.click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?from=2021-07-01&to=2022-06-30&scope=multi_agency_course$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`Attendance by ${what}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByText(/type of learning: Multi-agency courses/)).toBeVisible();
    const all = page.getByRole("table", { name: new RegExp(`^Attendance by ${what}, 1 Jul 2021 to 30 Jun 2022$`) });
    await expect(all.locator("tbody tr")).toHaveCount(total);
    await expect(all.locator("thead th[scope=col]").first()).toBeVisible();
    await expect(all.locator("tbody th[scope=row]")).toHaveCount(total);
    await expectAccessible(page);
    // The CSV is the whole table, here and on the overview.
    const csvHref = (await page.getByRole("link", { name: `Download CSV of attendance by ${what}` }).getAttribute("href"))!;
    const csv = (await (await page.request.get(new URL(csvHref, page.url()).toString())).text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(csv).toHaveLength(total + 1);
    await page.getByRole("link", { name: "Back to the attendance report" }).click();
    await expect(page).toHaveURL(overview);
    const overviewCsv = (await page.getByRole("link", { name: `Download CSV of attendance by ${what}` }).getAttribute("href"))!;
    expect(overviewCsv).toBe(csvHref);
  }

  const totals = await page.request.get(new URL((await page.getByRole("link", { name: "Download CSV of the totals" }).getAttribute("href"))!, page.url()).toString());
  expect(totals.headers()["content-type"]).toContain("text/csv");
  // A UTF-8 byte-order mark first, so Excel reads "2021–22" as written.
  expect([...(await totals.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [head, row] = (await totals.text()).replace(/^\uFEFF/, "").trim().split("\n");
  expect(head).toMatch(/^Total,Sign-ups,Attended,Partial,No-shows/);
  expect(row.split(",")[1]).toBe("559");
  expect(row.split(",")[4]).toBe("114");

  // Filter by one organisation.
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: AGENCY });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agencyId=\d+/);
  await expect(page).toHaveURL(/scope=multi_agency_course/);
  // The filter form shows the filters in force (its option lists are sent as HTML strings, lib/ui/markup).
  await expect(page.getByLabel("Organisation", { exact: true }).locator("option:checked")).toHaveText(AGENCY);
  await expect(page.getByLabel("Type of learning").locator("option:checked")).toHaveText("Multi-agency courses");
  const signUps = (await page.locator(".govuk-summary-list__row").filter({ hasText: "Sign-ups" }).first().locator("dd").textContent())!.trim();
  expect(Number(signUps)).toBeGreaterThan(0);
  expect(Number(signUps)).toBeLessThan(559);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV of attendance by organisation" }).click()]);
  expect(download.suggestedFilename()).toBe("attendance-by-agency-2021-07-01-to-2022-06-30.csv");
  const lines = (await readFile((await download.path())!, "utf8")).trim().split("\n");
  expect(lines[0]).toMatch(/^Organisation,Sign-ups,/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(AGENCY);
  expect(lines[0]).not.toContain("Fill rate");
  const at = lines[0].split(",").indexOf("Sign-ups");
  expect(lines[1].split(",")[at]).toBe(signUps);

  await page.goto("/admin/reports/impact?from=2021-07-01&to=2022-06-30&scope=multi_agency_course");
  await expect(page.getByRole("heading", { level: 1, name: /Impact of training/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.locator("#audit-count")).toContainText(/Showing 1 to \d+ of \d+ changes/);
  await expectAccessible(page);
  const entity = (await page.getByLabel("What changed").locator("option").nth(1).getAttribute("value"))!;
  await page.getByLabel("What changed").selectOption(entity);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`entity=${entity}`));
  const whatCells = page.getByRole("table").locator("tbody tr td:nth-child(3)");
  await expect(whatCells.first()).toContainText(entity);
  await expectAccessible(page);
});

test("a learner cannot open reports or their CSV", async ({ page }) => {
  await signIn(page, "learner@example.org");
  for (const url of ["/admin/reports", "/admin/reports/organisations", "/admin/reports/opportunities?scope=course"]) {
    // Refused in place with status 403 (not a redirect to a page that answers 200).
    const res = await page.goto(url);
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
  }
  const csv = await page.request.get("/admin/reports/export?report=attendance&table=totals");
  expect(csv.status()).toBe(403);
});

test("the learner finds their questionnaires and downloads their certificate", async ({ page }) => {
  await signIn(page, "learner@example.org");
  await page.goto("/evaluations");
  await expect(page.getByRole("heading", { level: 1, name: "Your course questionnaires" })).toBeVisible();
  await expectAccessible(page);
  const link = page.getByRole("link", { name: /Download PDF/ }).first();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/certificates\/\d+$/);
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="certificate-NSCP-[A-Z0-9-]+\.pdf"$/);
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a trainer reads the evaluations of their own sessions", async ({ page }) => {
  await signIn(page, "trainer@example.org");
  await page.goto("/trainer/evaluations");
  await expect(page.getByRole("heading", { level: 1, name: "Evaluations of your sessions" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("table").locator("tbody tr").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /Evaluations:/ })).toBeVisible();
  await expectAccessible(page);
});

test("a person with a booked place answers the questions before the course", async ({ page }) => {
  await signIn(page, "colleague@example.org");
  // The retention scan may have anonymised this long-inactive demo account: then it gives its details again.
  await page.goto("/profile");
  if (await page.getByRole("heading", { level: 1, name: "Tell us about you" }).count()) {
    await page.getByLabel("Full name").fill("Casey Green");
    await page.getByLabel("Job title").fill("Family support worker");
    await page.getByLabel("Organisation").selectOption({ label: AGENCY });
    await page.getByLabel("Your line manager's email address").fill("manager@example.org");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/profile"));
  }
  await page.goto("/catalogue?type=webinar&available=yes");
  await page.locator("#main-content ul.govuk-list h3 a").first().click();
  await expect(page.getByRole("table", { name: "Upcoming dates" })).toBeVisible();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  await page.getByRole("button", { name: /^Book for/ }).first().click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await page.waitForURL(/\/confirmation\//);

  await page.goto("/evaluations");
  const row = page.getByRole("row").filter({ hasText: title });
  await row.getByRole("link", { name: /Before the course/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Before the course/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send answers" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select how confident you feel about the topic");
  await expectAccessible(page);

  await page.getByLabel("2 – A little confident").check();
  await page.getByLabel("What do you hope to learn?").fill("How to spot the signs early and who to call.");
  await page.getByRole("button", { name: "Send answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your answers" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/evaluations");
  await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(0);
});

test("an emailed link that is not genuine, and a co-sign link that is not genuine, change nothing", async ({ page }) => {
  await page.goto("/evaluations/link?token=forged.token");
  await expect(page.getByRole("heading", { level: 1, name: /expired or is not valid/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/evaluations/co-sign?token=forged.token");
  await expect(page.getByRole("heading", { level: 1, name: /expired or is not valid/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Co-sign" })).toHaveCount(0);
  await expectAccessible(page);
});
