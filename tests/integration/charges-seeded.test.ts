// The charge ledger on the seeded demo partnership: more charges than the list shows, and headline totals that
// still cover every one of them (the QA walk found totals over only the first 500 rows).
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/db/seed";
import { charge } from "@/db/schema";
import { CHARGE_LIST_LIMIT, formatPence, listCharges } from "@/lib/charges";
import { actorByEmail, SEED_NOW } from "../support/reports";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();

beforeAll(async () => {
  await seed(await getDb(), { now: SEED_NOW });
}, 600_000);

describe("the seeded charge ledger", () => {
  it("totals every matching charge, whatever the list shows", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.org");
    // Independent of the ledger's SQL: every charge row, summed here.
    const every = await db.select({ amountPence: charge.amountPence, waivedAt: charge.waivedAt }).from(charge);
    const charged = every.reduce((a, c) => a + c.amountPence, 0);
    const waived = every.filter((c) => c.waivedAt).reduce((a, c) => a + c.amountPence, 0);
    expect(every.length).toBeGreaterThan(CHARGE_LIST_LIMIT); // the demo has more than one page of charges

    const all = await listCharges(admin);
    expect(all.rows).toHaveLength(CHARGE_LIST_LIMIT);
    expect(all.truncated).toBe(true);
    expect(all.totals).toEqual({ count: every.length, chargedPence: charged, waivedPence: waived, duePence: charged - waived });

    const due = await listCharges(admin, { status: "due" });
    const waivedOnly = await listCharges(admin, { status: "waived" });
    expect(due.totals.count + waivedOnly.totals.count).toBe(all.totals.count);
    expect(due.totals.duePence).toBe(all.totals.duePence);
    expect(waivedOnly.totals.waivedPence).toBe(all.totals.waivedPence);
    // Thousands of pounds read the en-GB way on the page.
    expect(formatPence(all.totals.chargedPence)).toMatch(/^£\d{1,3}(,\d{3})+\.\d\d$/);
  });
});
