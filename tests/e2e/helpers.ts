import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Fails the test with the list of violations if axe finds any WCAG 2.2 AA problem on the page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The paths of the POST requests the page sends from now on (a form checked in the browser sends none). */
export function recordPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(new URL(r.url()).pathname);
  });
  return posts;
}

/** Read the newest message to `email` in the dev outbox and return the page at its first link matching `linkPart`. */
export async function openLinkFromOutbox(page: Page, email: string, subjectPart: string | RegExp, linkPart: string) {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: subjectPart }).first().click();
  const link = page.locator(`a[href*="${linkPart}"]`).first();
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(href!);
}

/** The JavaScript a step fetches (decoded bytes), from a fresh load or from an action on the page. */
export async function scriptBytesDuring(page: Page, step: () => Promise<unknown>): Promise<number> {
  const sizes: Promise<number>[] = [];
  const onResponse = (r: import("@playwright/test").Response) => {
    if (r.request().resourceType() === "script") sizes.push(r.body().then((b) => b.length));
  };
  page.on("response", onResponse);
  await step();
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

/** Sign in by magic link read from the outbox, the way a person would. */
export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLinkFromOutbox(page, email, /Sign in to/, "/sign-in/confirm");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Sign out/ }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
}
