// Safer organisations and their membership periods, planned in memory so the yearly member counts are exact.
import { slugify } from "./catalogue";
import {
  FIRST_NAMES,
  ORG_PATTERNS,
  PLACES,
  SAFER_DEMO_ORGANISATION,
  SEED_FACTS,
  SIZE_BAND_WEIGHTS,
  SURNAMES,
  fillOrgPattern,
  isMemberOn,
  type District,
} from "./data";
import { Rng } from "./random";
import { DAY, HOUR, addDays, addMs, at, minDate, parseYmd, ymdOf, ymdStr, type Ymd } from "./time";

export type MembershipPlan = {
  status: "active" | "lapsed" | "pending" | "declined";
  startsOn: string | null;
  endsOn: string | null;
  appliedAt: Date;
  decidedAt: Date | null;
  declineReason: string | null;
};

export type OrgCategory = "stayer" | "leaver" | "joiner" | "new" | "old" | "pending" | "declined";

export type OrgPlan = {
  name: string;
  slug: string;
  orgType: string;
  district: District;
  sizeBand: string;
  leadFirst: string;
  leadLast: string;
  leadName: string;
  leadEmail: string;
  leadPhone: string;
  charityNumber: string | null;
  companyNumber: string | null;
  category: OrgCategory;
  demo: boolean;
  /** Current period ends within the next 30 days (renewal-notice demos). */
  renewalDue: boolean;
  /** Member up to and including now. */
  current: boolean;
  rows: MembershipPlan[];
};

const COUNTS = {
  stayers: 470, // members on both 2021-06-30 and 2022-06-30
  leavers: 22, // members on 2021-06-30 only
  joiners: 111, // members on 2022-06-30 only (joined during the reporting year)
  stopRenewingStayers: 28, // last period ends in 2023-2025
  stopRenewingJoiners: 12,
  renewalDue: 15, // including the demo organisation
  newSince2022: 70,
  oldLapsed: 12, // left before the reporting year
};

const EDGE_FROM = "06-25";
const EDGE_TO = "07-05";

const mdOf = (day: Ymd) => ymdStr(day).slice(5);

function emailPart(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, "");
}

export function planSafer(now: Date): OrgPlan[] {
  const rng = new Rng("safer");
  const today = ymdOf(now);
  const todayStr = ymdStr(today);
  const todayMd = mdOf(today);

  // Month-days whose anniversary falls in the next 31 days: only the renewal-due organisations use them.
  const window = new Set<string>();
  for (let i = 1; i <= 31; i++) window.add(mdOf(addDays(today, i)));
  const dueChoices: string[] = [];
  for (let i = 5; i <= 27; i++) {
    const md = mdOf(addDays(today, i));
    if (md !== "02-29" && !(md >= EDGE_FROM && md <= EDGE_TO)) dueChoices.push(md);
  }

  const randomMd = (allowDue: boolean): string => {
    for (;;) {
      const md = mdOf(addDays({ y: 2021, m: 1, d: 1 }, rng.int(0, 364)));
      if (md >= EDGE_FROM && md <= EDGE_TO) continue;
      if (!allowDue && window.has(md)) continue;
      return md;
    }
  };

  // ---- names ----
  const used = new Set<string>([SAFER_DEMO_ORGANISATION]);
  const usedSlugs = new Set<string>([slugify(SAFER_DEMO_ORGANISATION)]);
  const newName = (): { name: string; orgType: string; district: District } => {
    for (;;) {
      const p = rng.pick(ORG_PATTERNS);
      const place = rng.pick(PLACES);
      const name = fillOrgPattern(p.pattern, place.name, rng.int(1, 4), rng.int(0, 11));
      const slug = slugify(name);
      if (used.has(name) || usedSlugs.has(slug)) continue;
      used.add(name);
      usedSlugs.add(slug);
      return { name, orgType: p.orgType, district: place.district };
    }
  };

  const makeOrg = (
    category: OrgCategory,
    fixed?: {
      name: string;
      orgType: string;
      district: District;
      sizeBand: string;
      leadFirst: string;
      leadLast: string;
      leadEmail: string;
    },
  ): OrgPlan => {
    const base = fixed ?? newName();
    const leadFirst = fixed?.leadFirst ?? rng.pick(FIRST_NAMES);
    const leadLast = fixed?.leadLast ?? rng.pick(SURNAMES);
    const slug = slugify(base.name);
    const sizeBand = fixed?.sizeBand ?? rng.table(SIZE_BAND_WEIGHTS);
    const charity =
      ["Voluntary or community group", "Faith group", "Arts group"].includes(base.orgType) && rng.chance(0.6)
        ? String(rng.int(1_000_000, 1_199_999))
        : null;
    const company = base.orgType === "Small provider" && rng.chance(0.5) ? `0${rng.int(1_000_000, 9_999_999)}` : null;
    return {
      name: base.name,
      slug,
      orgType: base.orgType,
      district: base.district,
      sizeBand,
      leadFirst,
      leadLast,
      leadName: `${leadFirst} ${leadLast}`,
      leadEmail: fixed?.leadEmail ?? `${emailPart(leadFirst)}.${emailPart(leadLast)}@${slug}.example.org`,
      leadPhone: `07700 900${String(rng.int(0, 999)).padStart(3, "0")}`,
      charityNumber: charity,
      companyNumber: company,
      category,
      demo: Boolean(fixed),
      renewalDue: false,
      current: false,
      rows: [],
    };
  };

  const decide = (applied: Date): Date =>
    minDate(at(addDays(ymdOf(applied), rng.int(1, 4)), rng.int(9, 16), rng.int(0, 59)), addMs(now, -HOUR));

  /** Approved periods from firstYear to lastYear on anniversary md; the last one lapsed if asked. */
  const periods = (md: string, firstYear: number, lastYear: number, lapsedLast: boolean): MembershipPlan[] => {
    const rows: MembershipPlan[] = [];
    for (let y = firstYear; y <= lastYear; y++) {
      const startsOn = `${y}-${md}`;
      const start = parseYmd(startsOn);
      const applied = minDate(
        at(addDays(start, -(y === firstYear ? rng.int(7, 30) : rng.int(3, 25))), rng.int(9, 16), rng.int(0, 59)),
        addMs(now, -2 * HOUR),
      );
      rows.push({
        status: lapsedLast && y === lastYear ? "lapsed" : "active",
        startsOn,
        endsOn: `${y + 1}-${md}`,
        appliedAt: applied,
        decidedAt: decide(applied),
        declineReason: null,
      });
    }
    return rows;
  };

  const coverYear = (md: string) => (md <= todayMd ? today.y : today.y - 1);

  /** Through now, or stop renewing with a last period ending in 2023-2025 (if that is in the past). */
  const finish = (org: OrgPlan, md: string, firstYear: number, stop: boolean) => {
    if (stop) {
      const endYear = rng.int(2023, 2025);
      if (`${endYear}-${md}` < todayStr && endYear - 1 >= firstYear) {
        org.rows = periods(md, firstYear, endYear - 1, true);
        return;
      }
    }
    org.rows = periods(md, firstYear, coverYear(md), false);
    org.current = true;
  };

  const orgs: OrgPlan[] = [];

  // Which continuing organisations get a renewal due in the next 30 days (plus the demo one).
  const stayerStops = new Set(rng.sample([...Array(COUNTS.stayers - 1).keys()], COUNTS.stopRenewingStayers));
  const joinerStops = new Set(rng.sample([...Array(COUNTS.joiners).keys()], COUNTS.stopRenewingJoiners));
  const dueStayers = new Set(
    rng.sample(
      [...Array(COUNTS.stayers - 1).keys()].filter((i) => !stayerStops.has(i)),
      7,
    ),
  );
  const dueJoiners = new Set(
    rng.sample(
      [...Array(COUNTS.joiners).keys()].filter((i) => !joinerStops.has(i)),
      4,
    ),
  );
  const dueNew = new Set(rng.sample([...Array(COUNTS.newSince2022).keys()], COUNTS.renewalDue - 1 - 7 - 4));

  // The demo organisation: a member since 2018, renewal due in about three weeks.
  {
    const org = makeOrg("stayer", {
      name: SAFER_DEMO_ORGANISATION,
      orgType: "Voluntary or community group",
      district: "Norwich",
      sizeBand: "11 to 50",
      leadFirst: "Morgan",
      leadLast: "Ellis",
      leadEmail: "safer@example.org",
    });
    const md = dueChoices.includes(mdOf(addDays(today, 20))) ? mdOf(addDays(today, 20)) : rng.pick(dueChoices);
    org.renewalDue = true;
    finish(org, md, md <= "06-30" ? 2018 : 2017, false);
    orgs.push(org);
  }

  for (let i = 0; i < COUNTS.stayers - 1; i++) {
    const org = makeOrg("stayer");
    const due = dueStayers.has(i);
    const md = due ? rng.pick(dueChoices) : randomMd(false);
    let firstYear = rng.int(2015, 2021);
    if (firstYear === 2021 && md > "06-30") firstYear = 2020;
    org.renewalDue = due;
    finish(org, md, firstYear, stayerStops.has(i));
    orgs.push(org);
  }

  for (let i = 0; i < COUNTS.leavers; i++) {
    const org = makeOrg("leaver");
    const md = randomMd(false);
    const lastYear = md <= "06-30" ? 2021 : 2020;
    org.rows = periods(md, rng.int(2016, lastYear), lastYear, true);
    orgs.push(org);
  }

  for (let i = 0; i < COUNTS.joiners; i++) {
    const org = makeOrg("joiner");
    const due = dueJoiners.has(i);
    const md = due ? rng.pick(dueChoices) : randomMd(false);
    org.renewalDue = due;
    finish(org, md, md >= "07-01" ? 2021 : 2022, joinerStops.has(i));
    orgs.push(org);
  }

  const latestNewStart = ymdStr(addDays(today, -14));
  for (let i = 0; i < COUNTS.newSince2022; i++) {
    const due = dueNew.has(i);
    let md = "";
    let years: number[] = [];
    for (let tries = 0; tries < 200 && years.length === 0; tries++) {
      md = due ? rng.pick(dueChoices) : randomMd(false);
      years = [];
      for (let y = 2022; y <= today.y; y++) {
        const s = `${y}-${md}`;
        if (s >= "2022-07-06" && s <= latestNewStart) years.push(y);
      }
    }
    if (years.length === 0) continue; // "now" is too close to mid-2022 for any to have joined since
    const org = makeOrg("new");
    org.renewalDue = due;
    finish(org, md, rng.pick(years), false);
    orgs.push(org);
  }

  for (let i = 0; i < COUNTS.oldLapsed; i++) {
    const org = makeOrg("old");
    const md = randomMd(false);
    const lastYear = rng.int(2016, 2019);
    org.rows = periods(md, rng.int(2013, lastYear), lastYear, true);
    orgs.push(org);
  }

  for (let i = 0; i < 3; i++) {
    const org = makeOrg("pending");
    org.rows = [
      {
        status: "pending",
        startsOn: null,
        endsOn: null,
        appliedAt: addMs(now, -(rng.int(1, 6) * DAY + rng.int(1, 8) * HOUR)),
        decidedAt: null,
        declineReason: null,
      },
    ];
    orgs.push(org);
  }
  {
    const org = makeOrg("declined");
    const applied = addMs(now, -40 * DAY - 3 * HOUR);
    org.rows = [
      {
        status: "declined",
        startsOn: null,
        endsOn: null,
        appliedAt: applied,
        decidedAt: addMs(applied, 4 * DAY),
        declineReason:
          "The organisation does not work with children or young people in Norfolk, so it is not eligible for Safer membership.",
      },
    ];
    orgs.push(org);
  }

  // Self-check against the annual report.
  const members = (day: string) => orgs.filter((o) => isMemberOn(o.rows, day)).length;
  const before = members("2021-06-30");
  const after = members("2022-06-30");
  if (before !== SEED_FACTS.saferMembersYearBefore || after !== SEED_FACTS.saferMembers) {
    throw new Error(`Safer membership plan is wrong: ${before} members on 2021-06-30, ${after} on 2022-06-30`);
  }
  return orgs;
}
