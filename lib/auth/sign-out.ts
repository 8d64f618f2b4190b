import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { authSession } from "@/db/schema";
import { sessionCookieName } from "./config";

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
