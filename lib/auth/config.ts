// Settings shared by sign-in, signed links and next-auth.

/** Magic-link lifetime: short, because the link is as good as a password while it lives. */
export const SIGN_IN_TOKEN_MINUTES = 10;

export function appUrl(): string {
  return (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

export function authSecret(): string {
  const s = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (s) return s;
  if (process.env.NODE_ENV === "production" && process.env.ALLOW_DEV_SECRET !== "1") {
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  return "development-only-secret-change-me";
}
