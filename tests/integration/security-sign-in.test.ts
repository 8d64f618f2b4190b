// Magic-link tokens and sign-in rate limits: an expired token, a reused token and a token for another address are
// refused by the same next-auth callback the app mounts (POST /api/auth/callback/email), and sign-in requests are
// limited per address and per IP. (GET-redeeming the callback is refused in tests/e2e/foundation.spec.ts and
// tests/e2e/security.spec.ts.)
import { and, count, eq } from "drizzle-orm";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { authSession, devOutbox, person, verificationToken } from "@/db/schema";
import { getAuthOptions } from "@/lib/auth/options";
import { requestSignInLink, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { givenPartnership } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
// next-auth's framework-free core (the route handler wraps exactly this); its package exports hide the path.
type AuthResult = { redirect?: string; cookies?: { name: string; value: string }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (p: { req: Record<string, unknown>; options: unknown }) => Promise<AuthResult>;
};
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret";
  process.env.NEXTAUTH_URL = ORIGIN;
  await givenPartnership(await getDb());
});

/** Ask for a link and read its token from the dev outbox, as the person would from their email. */
async function linkTokenFor(email: string, ip = "192.0.2.1"): Promise<string> {
  expect(await requestSignInLink({ email, ip })).toEqual({ ok: true });
  const db = await getDb();
  const mails = await db.select().from(devOutbox).where(eq(devOutbox.to, email));
  const url = new URL(mails.at(-1)!.text.match(/https?:\/\/\S+\/sign-in\/confirm\?\S+/)![0]);
  return url.searchParams.get("token")!;
}

/** Redeem a token through next-auth's own email callback with the app's options (what the confirm page POSTs to). */
async function redeem(token: string, email: string) {
  const res = await AuthHandler({
    req: { origin: ORIGIN, method: "POST", action: "callback", providerId: "email", query: { token, email, callbackUrl: "/" }, body: {}, cookies: {}, headers: {} },
    options: await getAuthOptions(),
  });
  const sessionCookie = res.cookies?.find((c) => c.name.includes("session-token") && c.value);
  return { redirect: res.redirect ?? "", signedIn: Boolean(sessionCookie) };
}

async function sessionsOf(email: string): Promise<number> {
  const db = await getDb();
  const [r] = await db.select({ n: count() }).from(authSession).innerJoin(person, eq(person.id, authSession.userId)).where(eq(person.email, email));
  return r.n;
}

describe("magic-link tokens", () => {
  it("a fresh token signs in once; the same token again is refused", async () => {
    const email = "once@example.org";
    const token = await linkTokenFor(email);
    const first = await redeem(token, email);
    expect(first.signedIn).toBe(true);
    const again = await redeem(token, email);
    expect(again.signedIn).toBe(false);
    expect(again.redirect).toContain("error=Verification");
  });

  it("an expired token is refused and does not sign anyone in", async () => {
    const email = "late@example.org";
    const token = await linkTokenFor(email);
    const db = await getDb();
    await db.update(verificationToken).set({ expires: new Date(Date.now() - 60_000) }).where(eq(verificationToken.identifier, email));
    const r = await redeem(token, email);
    expect(r.signedIn).toBe(false);
    expect(r.redirect).toContain("error=Verification");
  });

  it("a token is only good for the address it was sent to", async () => {
    const token = await linkTokenFor("owner@example.org");
    const r = await redeem(token, "attacker@example.org");
    expect(r.signedIn).toBe(false);
    expect(r.redirect).toContain("error=Verification");
    const db = await getDb();
    const [left] = await db.select({ n: count() }).from(verificationToken).where(eq(verificationToken.identifier, "owner@example.org"));
    // next-auth consumes by (identifier, token): the owner's token is untouched and still works.
    expect(left.n).toBe(1);
    expect((await redeem(token, "owner@example.org")).signedIn).toBe(true);
  });

  it("a made-up token is refused", async () => {
    const r = await redeem("0".repeat(64), "nobody@example.org");
    expect(r.signedIn).toBe(false);
    expect(r.redirect).toContain("error=Verification");
    expect(await sessionsOf("nobody@example.org")).toBe(0);
  });
});

describe("sign-in rate limits", () => {
  it("refuses more than the per-address limit in the window, whatever the IP", async () => {
    const email = "limited@example.org";
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      expect(await requestSignInLink({ email, ip: `198.51.100.${i + 1}` })).toEqual({ ok: true });
    }
    expect(await requestSignInLink({ email, ip: "198.51.100.250" })).toEqual({ ok: false, reason: "rate_limited" });
    // Case and spaces do not get round the limit.
    expect(await requestSignInLink({ email: "  LIMITED@Example.org ", ip: "198.51.100.251" })).toEqual({ ok: false, reason: "rate_limited" });
    const db = await getDb();
    const [tokens] = await db.select({ n: count() }).from(verificationToken).where(eq(verificationToken.identifier, email));
    expect(tokens.n).toBe(SIGN_IN_LIMITS.perEmail);
  });

  it("refuses more than the per-IP limit in the window, across addresses", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      expect(await requestSignInLink({ email: `spray${i}@example.org`, ip })).toEqual({ ok: true });
    }
    expect(await requestSignInLink({ email: "spray-last@example.org", ip })).toEqual({ ok: false, reason: "rate_limited" });
    const db = await getDb();
    const mailed = await db.select({ n: count() }).from(devOutbox).where(and(eq(devOutbox.to, "spray-last@example.org")));
    expect(mailed[0].n).toBe(0);
    // Another IP is not affected.
    expect(await requestSignInLink({ email: "spray-last@example.org", ip: "203.0.113.8" })).toEqual({ ok: true });
  });
});
