import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devOutbox } from "@/db/schema";
import { usingDevOutbox } from "./transport";

/** The outbox page exists only where mail is not really sent: development, or a demo/test run that asks for it. */
export function devOutboxEnabled(): boolean {
  return usingDevOutbox() && (process.env.NODE_ENV !== "production" || process.env.ENABLE_DEV_OUTBOX === "1");
}

export async function listOutbox(to?: string, limit = 50) {
  const db = await getDb();
  return db
    .select({ id: devOutbox.id, to: devOutbox.to, subject: devOutbox.subject, sentAt: devOutbox.sentAt })
    .from(devOutbox)
    .where(to ? eq(devOutbox.to, to.toLowerCase()) : undefined)
    .orderBy(desc(devOutbox.id))
    .limit(limit);
}

export async function getOutboxMessage(id: number) {
  const db = await getDb();
  const [m] = await db.select().from(devOutbox).where(and(eq(devOutbox.id, id)));
  return m ?? null;
}
