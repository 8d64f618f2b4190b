import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { person } from "@/db/schema";
import { seed } from "@/db/seed";
import { DEMO_USERS } from "@/db/seed/data";
import { anonymiseInactivePeople } from "@/lib/privacy/retention";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
const now = new Date("2026-11-25T10:00:00Z");

beforeAll(async () => {
  await seed(await getDb(), { now });
});

describe("retention on the seeded partnership", () => {
  it("never anonymises the demo users or contacts of current Safer members", async () => {
    const db = await getDb();
    await anonymiseInactivePeople(now, 5000);
    const demo = await db
      .select({ email: person.email, anonymisedAt: person.anonymisedAt })
      .from(person)
      .where(inArray(person.email, DEMO_USERS.map((u) => u.email)));
    expect(demo).toHaveLength(DEMO_USERS.length);
    expect(demo.filter((d) => d.anonymisedAt)).toEqual([]);
  });
});
