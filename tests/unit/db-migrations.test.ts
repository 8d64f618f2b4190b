// The migrations in db/migrations describe db/schema.ts: a schema change without its migration (`npm run
// db:generate`) fails here, before any database sees it. Every migration in the journal has its SQL file.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

const dir = path.join(process.cwd(), "db", "migrations");
const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta", "_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };

describe("migrations", () => {
  it("are numbered in order, each with its SQL file and snapshot", () => {
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      expect(e.tag.startsWith(String(i).padStart(4, "0") + "_")).toBe(true);
      expect(fs.existsSync(path.join(dir, `${e.tag}.sql`))).toBe(true);
      expect(fs.existsSync(path.join(dir, "meta", `${e.tag.slice(0, 4)}_snapshot.json`))).toBe(true);
    });
  });

  it("leave nothing of the schema to generate", async () => {
    const { generateDrizzleJson, generateMigration } = await import("drizzle-kit/api");
    const last = journal.entries.at(-1)!;
    const snapshot = JSON.parse(fs.readFileSync(path.join(dir, "meta", `${last.tag.slice(0, 4)}_snapshot.json`), "utf8"));
    const current = generateDrizzleJson(schema as Record<string, unknown>, snapshot.id);
    expect(await generateMigration(snapshot, current)).toEqual([]);
  }, 30_000);
});
