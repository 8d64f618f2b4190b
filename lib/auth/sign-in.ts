// Requesting a magic link: validate, rate-limit, store the hashed token, email a link to a confirm page.
// The link lands on a page with a "Sign in" button that POSTs, because mail scanners open links first.
import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, lt } from "drizzle-orm";
import * as React from "react";
import { getDb } from "@/db/client";
import { signInAttempt, verificationToken } from "@/db/schema";
import { SignInEmail } from "@/emails/sign-in";
import { renderEmail, sendOnce } from "@/lib/mail";
import { getPartnership } from "@/lib/partnership";
import { SIGN_IN_TOKEN_MINUTES, appUrl, authSecret } from "./config";

import { safeCallbackPath } from "./sign-in-schema";

export { signInSchema, safeCallbackPath } from "./sign-in-schema";

/** Limits per 15 minutes: protects people's inboxes and our mail reputation. */
export const SIGN_IN_LIMITS = {
  perEmail: Number(process.env.SIGN_IN_LIMIT_PER_EMAIL ?? 5),
  perIp: Number(process.env.SIGN_IN_LIMIT_PER_IP ?? 30),
  windowMinutes: 15,
} as const;

export function hashSignInToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

export type SignInRequestResult = { ok: true } | { ok: false; reason: "rate_limited" };

export async function requestSignInLink(input: { email: string; callbackUrl?: string; ip?: string | null }): Promise<SignInRequestResult> {
  const email = input.email.trim().toLowerCase();
  const db = await getDb();
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [byEmail] = await db
    .select({ n: count() })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.email, email), gt(signInAttempt.at, since)));
  const [byIp] = input.ip
    ? await db
        .select({ n: count() })
        .from(signInAttempt)
        .where(and(eq(signInAttempt.ip, input.ip), gt(signInAttempt.at, since)))
    : [{ n: 0 }];
  if (byEmail.n >= SIGN_IN_LIMITS.perEmail || byIp.n >= SIGN_IN_LIMITS.perIp) return { ok: false, reason: "rate_limited" };
  await db.insert(signInAttempt).values({ email, ip: input.ip ?? null });

  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SIGN_IN_TOKEN_MINUTES * 60_000);
  await db.delete(verificationToken).where(lt(verificationToken.expires, new Date()));
  await db.insert(verificationToken).values({ identifier: email, token: hashSignInToken(token), expires });

  const params = new URLSearchParams({ token, email, callbackUrl: safeCallbackPath(input.callbackUrl) });
  const url = `${appUrl()}/sign-in/confirm?${params}`;
  const p = await getPartnership(db);
  const rendered = await renderEmail(
    `Sign in to ${p.shortName} learning`,
    React.createElement(SignInEmail, { partnershipName: p.name, url, minutes: SIGN_IN_TOKEN_MINUTES }),
  );
  await sendOnce({ key: `sign-in:${token.slice(0, 16)}`, to: email, template: "sign-in", email: rendered, db });
  return { ok: true };
}
