// Member counts over time. A member on a date is an organisation with an approved period [startsOn, endsOn)
// covering it (status active or lapsed: a lapsed period was still a membership while it ran).
// These aggregate figures hold no personal data; callers (the admin page here, lib/reports) check permission.
import { and, count, countDistinct, desc, eq, gt, inArray, lte, min } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { membership, organisation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { getPartnership } from "@/lib/partnership";
import { addDaysIso, addMonthsIso, londonToday } from "./rules";

const asDay = (d: Date | string) => (typeof d === "string" ? d : londonToday(d));

const covering = (day: string) =>
  and(inArray(membership.status, ["active", "lapsed"]), lte(membership.startsOn, day), gt(membership.endsOn, day));

/** How many organisations were members on a date. */
export async function membersOn(date: Date | string, db?: DbOrTx): Promise<number> {
  const d = db ?? (await getDb());
  const [{ n }] = await d.select({ n: countDistinct(membership.organisationId) }).from(membership).where(covering(asDay(date)));
  return n;
}

export type MemberCounts = { on: string; total: number; byDistrict: { district: string; members: number }[]; byType: { orgType: string; members: number }[] };

/** Members on a date, in total and by district and by organisation type. */
export async function memberCountsOn(date: Date | string, db?: DbOrTx): Promise<MemberCounts> {
  const d = db ?? (await getDb());
  const on = asDay(date);
  const members = d
    .selectDistinct({ organisationId: membership.organisationId })
    .from(membership)
    .where(covering(on))
    .as("members");
  const [total, byDistrict, byType] = await Promise.all([
    membersOn(on, d),
    d
      .select({ district: organisation.district, members: count() })
      .from(members)
      .innerJoin(organisation, eq(organisation.id, members.organisationId))
      .groupBy(organisation.district)
      .orderBy(desc(count()), organisation.district),
    d
      .select({ orgType: organisation.orgType, members: count() })
      .from(members)
      .innerJoin(organisation, eq(organisation.id, members.organisationId))
      .groupBy(organisation.orgType)
      .orderBy(desc(count()), organisation.orgType),
  ]);
  return { on, total, byDistrict, byType };
}

export type SeriesPoint = { on: string; members: number; change: number | null };

/**
 * Members at the end of each reporting year (the day before the reporting year starts: 30 June for a July
 * start), from the first membership to the current year, plus today.
 */
export async function memberCountSeries(now = new Date(), db?: DbOrTx): Promise<SeriesPoint[]> {
  const d = db ?? (await getDb());
  const p = await getPartnership(d);
  const today = londonToday(now);
  const [{ first }] = await d.select({ first: min(membership.startsOn) }).from(membership).where(inArray(membership.status, ["active", "lapsed"]));
  if (!first) return [{ on: today, members: 0, change: null }];
  const month = String(p.reportingYearStartMonth).padStart(2, "0");
  const days: string[] = [];
  for (let y = Number(first.slice(0, 4)); ; y++) {
    const yearEnd = addDaysIso(`${y}-${month}-01`, -1);
    if (yearEnd < first) continue;
    if (yearEnd >= today) break;
    days.push(yearEnd);
  }
  days.push(today);
  const points: SeriesPoint[] = [];
  for (const on of days) {
    const members = await membersOn(on, d);
    points.push({ on, members, change: points.length ? members - points[points.length - 1].members : null });
  }
  return points;
}

/** The business unit's membership statistics page: now, a year ago, the change, breakdowns and the series. */
export async function membershipStatistics(actor: Actor | null, now = new Date()) {
  assertCan(actor, "membership:manage");
  const db = await getDb();
  const today = londonToday(now);
  const [current, yearAgo, series] = await Promise.all([memberCountsOn(today, db), memberCountsOn(addMonthsIso(today, -12), db), memberCountSeries(now, db)]);
  return { current, yearAgo, change: current.total - yearAgo.total, series };
}
