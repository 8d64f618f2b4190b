import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { person } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/errors";
import { exportPersonalData } from "@/lib/privacy/export";
import { anonymiseInactivePeople } from "@/lib/privacy/retention";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  await givenPartnership(await getDb(), { retentionMonths: 24 });
});

describe("retention", () => {
  it("anonymises people inactive for longer than the retention period and keeps recent ones", async () => {
    const db = await getDb();
    const old = await givenPerson(db, { name: "Old Timer" });
    const recent = await givenPerson(db, { name: "Recent Person" });
    const trainer = await givenPerson(db, { name: "Long-serving Trainer", roles: ["trainer"] });
    const longAgo = new Date(Date.now() - 3 * 365 * 24 * 3600 * 1000);
    await db.update(person).set({ createdAt: longAgo }).where(eq(person.id, old.id));
    await db.update(person).set({ createdAt: longAgo }).where(eq(person.id, trainer.id));

    expect(await anonymiseInactivePeople()).toBe(1);
    const [o] = await db.select().from(person).where(eq(person.id, old.id));
    expect(o.name).toBe("Anonymised person");
    expect(o.email).toBe(`anonymised-${old.id}@invalid`);
    expect(o.lineManagerEmail).toBeNull();
    expect(o.anonymisedAt).toBeInstanceOf(Date);
    const [r] = await db.select().from(person).where(eq(person.id, recent.id));
    expect(r.name).toBe("Recent Person");
    const [t] = await db.select().from(person).where(eq(person.id, trainer.id));
    expect(t.name).toBe("Long-serving Trainer");
    // Running again finds nobody new.
    expect(await anonymiseInactivePeople()).toBe(0);
  });
});

describe("downloading your own data", () => {
  it("gives a person their own record and refuses anyone else's", async () => {
    const db = await getDb();
    const me = await givenPerson(db, { name: "Me Myself" });
    const other = await givenPerson(db);
    const data = await exportPersonalData(me, me.id);
    expect(data.person).toMatchObject({ name: "Me Myself", email: me.email });
    await expect(exportPersonalData(me, other.id)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
