import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

// Liveness and database reachability, for load balancers and test harnesses. Reveals nothing else.
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
