// Settings shared by sign-in, signed links and next-auth.

/** Magic-link lifetime: short, because the link is as good as a password while it lives. */
export const SIGN_IN_TOKEN_MINUTES = 10;

/** Database sessions last 8 hours from their last extension; a session is extended at most every 15 minutes. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 15 * 60;

/** next-auth's session cookie name: the __Secure- prefix is used when the site runs on https. */
export function sessionCookieName(): string {
  return appUrl().startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function appUrl(): string {
  return (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/**
 * What a production server cannot run without, checked when it starts (server.ts): otherwise it would serve
 * pages and fail at the first sign-in.
 */
export function missingProductionSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing: string[] = [];
  if (!(env.NEXTAUTH_SECRET ?? env.AUTH_SECRET) && env.ALLOW_DEV_SECRET !== "1") missing.push("NEXTAUTH_SECRET must be set in production");
  return missing;
}

export function authSecret(): string {
  const s = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (s) return s;
  if (process.env.NODE_ENV === "production" && process.env.ALLOW_DEV_SECRET !== "1") {
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  return "development-only-secret-change-me";
}
