// The charge ledger for the business unit: list and filter, waive with a reason, statements per agency for invoicing.
// Charges are raised when a register closes (lib/attendance/register.ts); periods follow the session date.
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/db/client";
import { agency, booking, charge, opportunity, person, session } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { formatShortDate } from "@/lib/dates";
import { CHARGE_REASON_LABELS, statementTotals, type ChargeReason, type StatementTotals } from "./calculate";
import { parsePeriod, type Period } from "./period";
import type { WaiveChargeInput } from "./waive-schema";
import { isDbId } from "@/lib/ids";

export type ChargeStatusFilter = "all" | "due" | "waived";
export type ChargeFilters = { agencyId?: number; period?: Period; status?: ChargeStatusFilter };

export type ChargeRow = {
  id: number;
  bookingReference: string;
  personName: string | null;
  personEmail: string;
  agencyId: number | null;
  agencyName: string | null;
  courseTitle: string;
  sessionStartsAt: Date;
  reason: ChargeReason;
  amountPence: number;
  waivedAt: Date | null;
  waiverReason: string | null;
};

function whereFor(f: ChargeFilters): SQL | undefined {
  return and(
    f.agencyId ? eq(charge.agencyId, f.agencyId) : undefined,
    f.period ? and(gte(session.startsAt, f.period.from), lt(session.startsAt, f.period.to)) : undefined,
    f.status === "due" ? isNull(charge.waivedAt) : f.status === "waived" ? isNotNull(charge.waivedAt) : undefined,
  );
}

async function selectCharges(where: SQL | undefined, limit?: number): Promise<ChargeRow[]> {
  const db = await getDb();
  const q = db
    .select({
      id: charge.id,
      bookingReference: booking.reference,
      personName: person.name,
      personEmail: person.email,
      agencyId: charge.agencyId,
      agencyName: agency.name,
      courseTitle: opportunity.title,
      sessionStartsAt: session.startsAt,
      reason: charge.reason,
      amountPence: charge.amountPence,
      waivedAt: charge.waivedAt,
      waiverReason: charge.waiverReason,
    })
    .from(charge)
    .innerJoin(booking, eq(booking.id, charge.bookingId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .innerJoin(opportunity, eq(opportunity.id, session.opportunityId))
    .innerJoin(person, eq(person.id, charge.personId))
    .leftJoin(agency, eq(agency.id, charge.agencyId))
    .where(where)
    .orderBy(desc(session.startsAt), asc(charge.id));
  return limit ? q.limit(limit) : q;
}

/**
 * Totals over EVERY charge matching the filter, counted by the database: the list may be cut short, the
 * headline figures never are. Sums as bigint, read back with Number() (postgres.js gives a string, PGlite a bigint).
 */
async function chargeTotals(where: SQL | undefined): Promise<StatementTotals> {
  const db = await getDb();
  const [r] = await db
    .select({
      count: sql<number | string>`count(*)`,
      chargedPence: sql<number | string>`coalesce(sum(${charge.amountPence}), 0)::bigint`,
      waivedPence: sql<number | string>`coalesce(sum(${charge.amountPence}) filter (where ${charge.waivedAt} is not null), 0)::bigint`,
    })
    .from(charge)
    .innerJoin(booking, eq(booking.id, charge.bookingId))
    .innerJoin(session, eq(session.id, booking.sessionId))
    .where(where);
  const chargedPence = Number(r?.chargedPence ?? 0);
  const waivedPence = Number(r?.waivedPence ?? 0);
  return { count: Number(r?.count ?? 0), chargedPence, waivedPence, duePence: chargedPence - waivedPence };
}

/** How many charges the business unit's list shows at most; the totals always cover them all. */
export const CHARGE_LIST_LIMIT = 500;

export type ChargeList = {
  /** The first `limit` matching charges, newest sessions first. */
  rows: ChargeRow[];
  /** True when more charges match than are listed (totals.count says how many). */
  truncated: boolean;
  limit: number;
  /** Over every matching charge, not only the listed ones. */
  totals: StatementTotals;
};

/** The list the business unit works from; newest sessions first. */
export async function listCharges(actor: Actor, filters: ChargeFilters = {}, opts: { limit?: number } = {}): Promise<ChargeList> {
  assertCan(actor, "charges:manage");
  const limit = opts.limit ?? CHARGE_LIST_LIMIT;
  const where = whereFor(filters);
  const [rows, totals] = await Promise.all([selectCharges(where, limit + 1), chargeTotals(where)]);
  return { rows: rows.slice(0, limit), truncated: rows.length > limit, limit, totals };
}

export async function getCharge(actor: Actor, chargeId: number): Promise<ChargeRow | null> {
  assertCan(actor, "charges:manage");
  if (!isDbId(chargeId)) return null;
  const [row] = await selectCharges(eq(charge.id, chargeId), 1);
  return row ?? null;
}

export type WaiveResult = { ok: true } | { ok: false; message: string };

/** Waive a charge for extenuating circumstances. The reason is kept on the charge and in the audit trail. */
export async function waiveCharge(actor: Actor, chargeId: number, input: WaiveChargeInput, now = new Date()): Promise<WaiveResult> {
  assertCan(actor, "charges:manage");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(charge)
      .set({ waivedAt: now, waivedBy: actor.id, waiverReason: input.reason })
      .where(and(eq(charge.id, chargeId), isNull(charge.waivedAt)))
      .returning({ id: charge.id, amountPence: charge.amountPence });
    if (!row) return { ok: false, message: "This charge has already been waived or does not exist" };
    await recordAudit({ actorId: actor.id, action: "charge.waived", entity: "charge", entityId: chargeId, details: { reason: input.reason, amountPence: row.amountPence } }, tx);
    return { ok: true };
  });
}

export type Statement = {
  agency: { id: number; name: string };
  period: Period;
  rows: ChargeRow[];
  totals: StatementTotals;
};

/** One agency's charges for a month or quarter, with totals charged, waived and due. */
export async function agencyStatement(actor: Actor, agencyId: number, periodKey: string): Promise<Statement | null> {
  assertCan(actor, "charges:manage");
  const period = parsePeriod(periodKey);
  if (!period || !isDbId(agencyId)) return null;
  const db = await getDb();
  const [a] = await db.select({ id: agency.id, name: agency.name }).from(agency).where(eq(agency.id, agencyId));
  if (!a) return null;
  const rows = (await selectCharges(whereFor({ agencyId, period }))).reverse();
  return { agency: a, period, rows, totals: statementTotals(rows) };
}

/** The statement as CSV for the invoicing system: one line per charge, then the totals. */
export async function agencyStatementCsv(actor: Actor, agencyId: number, periodKey: string): Promise<{ filename: string; csv: string } | null> {
  const st = await agencyStatement(actor, agencyId, periodKey);
  if (!st) return null;
  // Plain "1234.50" for the invoicing system to read as a number (no £ or thousands separator, unlike the pages).
  const pounds = (p: number) => (p / 100).toFixed(2);
  const lines: (string | number)[][] = [
    ["Agency", "Period", "Booking reference", "Person", "Email", "Course", "Session date", "Reason", "Amount (£)", "Status", "Waiver reason"],
    ...st.rows.map((r) => [
      st.agency.name,
      st.period.label,
      r.bookingReference,
      r.personName ?? "",
      r.personEmail,
      r.courseTitle,
      formatShortDate(r.sessionStartsAt),
      CHARGE_REASON_LABELS[r.reason],
      pounds(r.amountPence),
      r.waivedAt ? "Waived" : "Due",
      r.waiverReason ?? "",
    ]),
    [],
    ["Total charged", "", "", "", "", "", "", "", pounds(st.totals.chargedPence)],
    ["Total waived", "", "", "", "", "", "", "", pounds(st.totals.waivedPence)],
    ["Total due", "", "", "", "", "", "", "", pounds(st.totals.duePence)],
  ];
  const slug = st.agency.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { filename: `charges-${slug}-${st.period.key.toLowerCase()}.csv`, csv: stringify(lines) };
}
