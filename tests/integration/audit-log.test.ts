// The business unit's audit log view: newest first, filtered by entity and actor, paginated; admins only.
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "@/db/schema";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEvents, recordAudit, SYSTEM_ACTOR } from "@/lib/audit";
import { AuthorizationError } from "@/lib/auth/errors";
import type { Actor } from "@/lib/auth/actor";
import { givenPartnership, givenPerson } from "../support/fixtures";
import { useTestDatabase } from "../support/test-db";

const getDb = useTestDatabase();
let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  const db = await getDb();
  await givenPartnership(db);
  admin = await givenPerson(db, { roles: ["admin"], name: "Ada Admin" });
  editor = await givenPerson(db, { roles: ["admin"], name: "Eddie Editor" });
  const base = Date.parse("2026-01-01T09:00:00Z");
  const rows = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
    at: new Date(base + i * 60_000),
    actorId: i % 2 ? editor.id : admin.id,
    action: i % 3 ? "opportunity.updated" : "session.created",
    entity: i % 3 ? "opportunity" : "session",
    entityId: String(i),
    details: { n: i },
  }));
  await db.insert(auditEvent).values(rows);
  await recordAudit({ actorId: null, action: "evaluation.co_signed", entity: "evaluation", entityId: 7, details: { by: "boss@example.org" } });
});

describe("the audit log", () => {
  it("lists changes newest first, one page at a time, with who made them", async () => {
    const p1 = await listAuditEvents(admin);
    expect(p1.total).toBe(AUDIT_PAGE_SIZE + 6);
    expect(p1.pages).toBe(2);
    expect(p1.entries).toHaveLength(AUDIT_PAGE_SIZE);
    const times = p1.entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(p1.entries[0].action).toBe("evaluation.co_signed");
    expect(p1.entries[0].actorName).toBeNull();
    expect(p1.entries[1].actorName).toMatch(/Ada Admin|Eddie Editor/);
    const p2 = await listAuditEvents(admin, { page: 2 });
    expect(p2.entries).toHaveLength(6);
    expect(p2.entries[0].at.getTime()).toBeLessThan(p1.entries[p1.entries.length - 1].at.getTime());
    expect((await listAuditEvents(admin, { page: 99 })).page).toBe(2);
  });

  it("filters by entity and by actor, including changes made by no signed-in person", async () => {
    const sessions = await listAuditEvents(admin, { entity: "session" });
    expect(sessions.total).toBe(Math.ceil((AUDIT_PAGE_SIZE + 5) / 3));
    expect(sessions.entries.every((e) => e.entity === "session")).toBe(true);
    const byEditor = await listAuditEvents(admin, { actorId: editor.id, entity: "opportunity" });
    expect(byEditor.entries.length).toBeGreaterThan(0);
    expect(byEditor.entries.every((e) => e.actorId === editor.id && e.entity === "opportunity")).toBe(true);
    const system = await listAuditEvents(admin, { actorId: SYSTEM_ACTOR });
    expect(system.entries.map((e) => e.action)).toEqual(["evaluation.co_signed"]);
    const options = await auditFilterOptions(admin);
    expect(options.entities).toEqual(["evaluation", "opportunity", "session"]);
    expect(options.actors.map((a) => a.id).sort()).toEqual([admin.id, editor.id].sort());
  });

  it("is for the business unit only", async () => {
    const db = await getDb();
    for (const roles of [["learner"], ["trainer"], ["safer_contact"]] as const) {
      const who = await givenPerson(db, { roles: [...roles] });
      await expect(listAuditEvents(who)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(auditFilterOptions(who)).rejects.toMatchObject({ status: 403 });
    }
  });
});
