// Prepared statements on PostgreSQL (db/client.ts preparingClient): drizzle's queries are prepared once per
// connection, in and out of transactions, bulk writes are not, a schema change does not break a prepared query,
// and DATABASE_PREPARE=0 turns it all off. Needs a PostgreSQL server (PGlite has no named statements to count).
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PREPARED_PARAMETERS, preparedStatementsEnabled, preparingClient } from "@/db/client";
import { createTestDatabase, usingRealPostgres } from "../support/test-db";
import { integer, pgTable, text } from "drizzle-orm/pg-core";

const item = pgTable("prep_item", { id: integer("id").primaryKey(), name: text("name").notNull() });

describe("DATABASE_PREPARE", () => {
  it("is on unless set to 0", () => {
    expect(preparedStatementsEnabled({})).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARE: "1" })).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARE: " 0 " })).toBe(false);
  });
});

const needsPostgres = usingRealPostgres() ? describe : describe.skip;

needsPostgres("prepared statements on PostgreSQL (needs TEST_DATABASE_URL)", () => {
  let url = "";
  let drop: () => Promise<void> = async () => {};
  const clients: postgres.Sql[] = [];
  /** A one-connection client, so pg_prepared_statements shows what this client prepared. */
  const connect = (prepare: boolean) => {
    const c = postgres(url, { max: 1, onnotice: () => {}, prepare });
    clients.push(c);
    return { client: c, db: drizzle(prepare ? preparingClient(c) : c) };
  };
  const preparedMatching = async (db: ReturnType<typeof drizzle>, fragment: string) => {
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%${fragment}%`} and statement not like '%pg_prepared_statements%'`);
    return rows[0].n;
  };

  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase());
    const c = postgres(url, { max: 1, onnotice: () => {} });
    await c`create table prep_item (id integer primary key, name text not null)`;
    await c.end();
  });
  afterAll(async () => {
    for (const c of clients) await c.end();
    await drop();
  });

  it("prepares a query once per connection and reuses it", async () => {
    const { db } = connect(true);
    await db.insert(item).values({ id: 1, name: "one" });
    for (let i = 0; i < 3; i++) expect(await db.select().from(item).where(eq(item.id, 1))).toEqual([{ id: 1, name: "one" }]);
    expect(await preparedMatching(db, 'from "prep_item" where "prep_item"."id" = $1')).toBe(1);
  });

  it("prepares inside transactions and savepoints, and rolls back as before", async () => {
    const { db } = connect(true);
    await db.transaction(async (tx) => {
      await tx.insert(item).values({ id: 2, name: "two" });
      await tx.transaction(async (inner) => {
        await inner.select({ name: item.name }).from(item).where(eq(item.name, "two"));
      });
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(item).values({ id: 3, name: "three" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await db.select().from(item).where(eq(item.id, 3))).length).toBe(0);
    expect(await preparedMatching(db, 'insert into "prep_item"')).toBe(1);
    expect(await preparedMatching(db, 'where "prep_item"."name" = $1')).toBe(1);
  });

  it("does not keep bulk writes prepared", async () => {
    const { db } = connect(true);
    const rows = Array.from({ length: MAX_PREPARED_PARAMETERS }, (_, i) => ({ id: 1000 + i, name: `bulk ${i}` }));
    await db.insert(item).values(rows);
    expect((await db.select().from(item)).length).toBeGreaterThanOrEqual(MAX_PREPARED_PARAMETERS);
    expect(await preparedMatching(db, 'insert into "prep_item"')).toBe(0);
  });

  it("survives a schema change under a prepared query (re-prepared, same answer)", async () => {
    const { db } = connect(true);
    const before = await db.execute(sql`select * from prep_item where id = ${1}`);
    expect(before[0]).toMatchObject({ id: 1, name: "one" });
    const other = postgres(url, { max: 1, onnotice: () => {} });
    await other`alter table prep_item add column note text`;
    await other.end();
    const after = await db.execute(sql`select * from prep_item where id = ${1}`);
    expect(after[0]).toMatchObject({ id: 1, name: "one", note: null });
  });

  it("prepares nothing when turned off", async () => {
    const { db } = connect(false);
    await db.select().from(item).where(eq(item.id, 1));
    await db.select().from(item).where(eq(item.id, 1));
    expect(await preparedMatching(db, 'from "prep_item"')).toBe(0);
  });
});
