// Signed links for emails (confirm or release a place, approve a booking, claim an offer). The token names
// the action and the record and expires; the link opens a page whose button POSTs, never acts on GET.
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/config";

export type LinkPurpose = "confirm-place" | "release-place" | "approve-booking" | "claim-offer" | "evaluation" | "impact-cosign" | "invite";

export type LinkClaims = { p: LinkPurpose; id: number | string; exp: number };

function sign(data: string): string {
  return createHmac("sha256", `links:${authSecret()}`).update(data).digest("base64url");
}

export function createLinkToken(purpose: LinkPurpose, id: number | string, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ p: purpose, id, exp: Math.floor(expiresAt.getTime() / 1000) } satisfies LinkClaims)).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** The claims if the token is genuine, for this purpose, and not expired; otherwise null. */
export function verifyLinkToken(token: string | null | undefined, purpose: LinkPurpose, now = new Date()): LinkClaims | null {
  if (!token) return null;
  const [body, sig] = token.split(".");
  if (!body || !sig) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as LinkClaims;
    if (claims.p !== purpose || claims.exp * 1000 < now.getTime()) return null;
    return claims;
  } catch {
    return null;
  }
}
