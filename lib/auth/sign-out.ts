import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { authSession } from "@/db/schema";
import { appUrl } from "./config";

/** next-auth's cookie name: the __Secure- prefix is used when the site runs on https. */
export function sessionCookieName(): string {
  return appUrl().startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** End the current database session and clear its cookie. */
export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  const name = sessionCookieName();
  const token = jar.get(name)?.value;
  if (token) {
    const db = await getDb();
    await db.delete(authSession).where(eq(authSession.sessionToken, token));
  }
  jar.delete(name);
}
