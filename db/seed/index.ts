// The demo seed: the Norfolk partnership with its 2021–22 reporting year reproduced exactly (see SEED_FACTS
// in ./data), later history up to "now", upcoming sessions relative to "now", Safer members and the policy
// library. Deterministic (mulberry32 streams) apart from dates relative to opts.now. Runs in one transaction.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import * as s from "../schema";
import { DEFAULT_POLICY } from "../../lib/partnership/policy";
import {
  ALL_OPPORTUNITIES,
  AUDIENCE,
  CONTEXTUAL_COURSE,
  DOMESTIC_ABUSE_COURSE,
  FOUNDATION_COURSE,
  NEGLECT_COURSE,
  SAFER_AUDIENCE,
  THINK_FAMILY_COURSE,
  TOPICS,
  TRAINER_AUDIENCE,
  TYPE_SENTENCE,
  slugify,
  type Duration,
  type OppType,
  type OpportunitySeed,
} from "./catalogue";
import {
  AGENCIES,
  CONFERENCE_VENUE,
  CONTACT_TITLES,
  DEMO_USERS,
  EXTRA_TRAINERS,
  FIRST_NAMES,
  GENERIC_LEARNED,
  IMPACT_THEMES,
  PARTIAL_NOTES,
  PARTNERSHIP,
  RESOURCES,
  REVIEW_NOTES,
  SECTOR_TITLES,
  SEED_FACTS,
  SURNAMES,
  VENUES,
  WAIVER_REASONS,
  type Sector,
  type Venue,
} from "./data";
import { policyPdf } from "./pdf";
import { Rng } from "./random";
import { planSafer, type OrgPlan } from "./safer";
import {
  DAY,
  HOUR,
  MINUTE,
  addDays,
  addMs,
  at,
  daysBetween,
  isWeekday,
  london,
  maxDate,
  minDate,
  nextWeekday,
  parseYmd,
  ymdOf,
  ymdStr,
  type Ymd,
} from "./time";

export { DEMO_USERS, SEED_FACTS } from "./data";

type Role = "learner" | "trainer" | "admin" | "safer_contact";

type Person = {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  agencyIdx: number | null;
  lineManagerEmail: string | null;
  roles: Role[];
  createdAt: Date;
  /** Likelihood of booking. */
  weight: number;
};

type Phase = "year" | "later" | "upcoming";

type SessionPlan = {
  opp: number;
  phase: Phase;
  startsAt: Date;
  endsAt: Date;
  mode: "venue" | "online";
  venue: Venue | null;
  capacity: number;
  sectorCapPercent: number | null;
  balanceUntilDays: number | null;
  checkInCode: string | null;
  trainers: string[];
  createdAt: Date;
  bookings: BookingPlan[];
  id?: number;
};

type EvaluationPlan = {
  kind: "pre" | "post" | "impact";
  confidence: number | null;
  learned: string | null;
  changes: string | null;
  examples: string | null;
  theme: string | null;
  managerEmail: string | null;
  managerCoSignedAt: Date | null;
  submittedAt: Date;
};

type ChargePlan = {
  reason: "no_show" | "late_cancellation";
  amountPence: number;
  createdAt: Date;
  waivedAt: Date | null;
  waiverReason: string | null;
};

type BookingPlan = {
  ref: string;
  session: SessionPlan;
  person: Person;
  status: "confirmed" | "cancelled" | "late_cancelled";
  attendance: "attended" | "partial" | "no_show" | null;
  createdAt: Date;
  confirmedAt: Date;
  cancelledAt: Date | null;
  attendanceConfirmedAt: Date | null;
  checkedInAt: Date | null;
  registerNote: string | null;
  approvalReason: string | null;
  evaluations: EvaluationPlan[];
  certificateAt: Date | null;
  charge: ChargePlan | null;
  id?: number;
};

const REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const YEAR_START: Ymd = { y: 2021, m: 7, d: 5 };
const YEAR_END: Ymd = { y: 2022, m: 6, d: 24 };
const BATCH = 500;

const SLOT: Record<Duration, [number, number, number, number]> = {
  full_day: [9, 30, 16, 30],
  half_day: [9, 30, 12, 30],
  short: [12, 30, 13, 30],
  self_paced: [10, 0, 11, 0],
};

function times(day: Ymd, duration: Duration): [Date, Date] {
  const [h1, m1, h2, m2] = SLOT[duration];
  return [at(day, h1, m1), at(day, h2, m2)];
}

function capacityFor(type: OppType, mode: "venue" | "online"): number {
  switch (type) {
    case "course":
      return 20;
    case "e_learning":
      return 500;
    case "webinar":
      return 100;
    case "briefing":
      return 80;
    case "best_practice_event":
      return 40;
    case "conference":
      return 200;
    case "safer_workshop":
      return mode === "venue" ? 25 : 40;
  }
}

function chargeAmount(duration: Duration): number {
  if (duration === "full_day") return DEFAULT_POLICY.chargeFullDayPence;
  if (duration === "half_day") return DEFAULT_POLICY.chargeHalfDayPence;
  return DEFAULT_POLICY.chargeShortPence;
}

/** A random weekday in [from, to], avoiding the Christmas break. */
function pickDay(rng: Rng, from: Ymd, to: Ymd): Ymd | null {
  const span = daysBetween(from, to);
  if (span < 0) return null;
  for (let i = 0; i < 50; i++) {
    const day = nextWeekday(addDays(from, rng.int(0, span)));
    if (daysBetween(day, to) < 0) continue;
    if ((day.m === 12 && day.d >= 20) || (day.m === 1 && day.d <= 3)) continue;
    return day;
  }
  for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, 1)) if (isWeekday(d)) return d;
  return null;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function emailPart(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, "");
}

async function insertAll<T>(rows: T[], fn: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await fn(rows.slice(i, i + BATCH));
}

async function insertReturning<T, R>(rows: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(...(await fn(rows.slice(i, i + BATCH))));
  if (out.length !== rows.length) throw new Error(`insert returned ${out.length} rows for ${rows.length}`);
  return out;
}

/** Weighted choice of people with rejection of those already excluded. */
class Picker {
  private readonly cum: number[] = [];
  private readonly total: number;

  constructor(private readonly people: Person[]) {
    let t = 0;
    for (const p of people) {
      t += p.weight;
      this.cum.push(t);
    }
    this.total = t;
  }

  pick(rng: Rng, excluded: (p: Person) => boolean): Person {
    for (let tries = 0; tries < 500; tries++) {
      const x = rng.next() * this.total;
      let lo = 0;
      let hi = this.cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cum[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      const p = this.people[lo];
      if (!excluded(p)) return p;
    }
    const rest = this.people.filter((p) => !excluded(p));
    if (rest.length === 0) throw new Error("no one left to book");
    return rng.pick(rest);
  }
}

export async function seed(db: Db, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  const today = ymdOf(now);

  // ================= people =================
  const rngP = new Rng("people");
  const agencyIdxBySlug = new Map(AGENCIES.map((a, i) => [a.slug, i]));
  const agencyIdxByName = new Map(AGENCIES.map((a, i) => [a.name, i]));
  // Demo accounts are recent so the retention job (which anonymises long-inactive people) leaves them alone.
  const demoCreated = new Date(now.getTime() - 60 * DAY);

  const demo = new Map<string, Person>();
  for (const u of DEMO_USERS) {
    demo.set(u.email, {
      id: rngP.uuid(),
      name: u.name,
      email: u.email,
      jobTitle: u.jobTitle,
      agencyIdx: u.agency ? agencyIdxByName.get(u.agency)! : null,
      lineManagerEmail: u.lineManagerEmail,
      roles: [...u.roles],
      createdAt: demoCreated,
      weight: 0,
    });
  }
  const admin = demo.get("admin@example.org")!;
  const sam = demo.get("trainer@example.org")!;
  const learner = demo.get("learner@example.org")!;
  const morgan = demo.get("safer@example.org")!;

  const extraTrainers: Person[] = EXTRA_TRAINERS.map((t) => {
    const [first, last] = t.name.split(" ");
    return {
      id: rngP.uuid(),
      name: t.name,
      email: `${emailPart(first)}.${emailPart(last)}@${t.agencySlug}.example.org`,
      jobTitle: t.jobTitle,
      agencyIdx: agencyIdxBySlug.get(t.agencySlug)!,
      lineManagerEmail: "admin@example.org",
      roles: ["trainer", "learner"],
      createdAt: demoCreated,
      weight: 0,
    };
  });

  const historic: Person[] = [];
  let n = 0;
  AGENCIES.forEach((a, ai) => {
    const titles = a.titles ?? SECTOR_TITLES[a.sector].titles;
    const managerTitles = a.managerTitles ?? SECTOR_TITLES[a.sector].managerTitles;
    const managers = Math.max(1, Math.round(a.people / 8));
    const local: Person[] = [];
    for (let i = 0; i < a.people; i++) {
      n++;
      const first = rngP.pick(FIRST_NAMES);
      const last = rngP.pick(SURNAMES);
      const isManager = i < managers;
      const created = at(addDays({ y: 2019, m: 1, d: 7 }, rngP.int(0, 840)), rngP.int(8, 17), rngP.int(0, 59));
      local.push({
        id: rngP.uuid(),
        name: `${first} ${last}`,
        email: `${emailPart(first)}.${emailPart(last)}.${n}@${a.slug}.example.org`,
        jobTitle: isManager ? rngP.pick(managerTitles) : rngP.pick(titles),
        agencyIdx: ai,
        lineManagerEmail: null,
        roles: ["learner"],
        createdAt: created,
        weight: (a.activity ?? 1) * (0.4 + rngP.next() * 1.2),
      });
    }
    for (let i = 0; i < local.length; i++) {
      local[i].lineManagerEmail =
        i === 0
          ? `safeguarding.lead@${a.slug}.example.org`
          : i < managers
            ? local[0].email
            : local[rngP.int(0, managers - 1)].email;
    }
    historic.push(...local);
  });
  const picker = new Picker(historic);
  const bySector = new Map<Sector, Picker>();
  for (const sector of new Set(AGENCIES.map((a) => a.sector))) {
    bySector.set(sector, new Picker(historic.filter((p) => AGENCIES[p.agencyIdx!].sector === sector)));
  }

  // ================= catalogue =================
  const rngC = new Rng("catalogue");
  const opps = ALL_OPPORTUNITIES;
  const oppIdx = (title: string) => {
    const i = opps.findIndex((o) => o.title === title);
    if (i < 0) throw new Error(`unknown opportunity ${title}`);
    return i;
  };
  const courseIdxs = opps.map((o, i) => (o.type === "course" ? i : -1)).filter((i) => i >= 0);
  const audienceFor = (o: OpportunitySeed) =>
    o.type === "safer_workshop" ? SAFER_AUDIENCE : o.topic === "Training and development" ? TRAINER_AUDIENCE : AUDIENCE[o.level];
  const descriptionFor = (o: OpportunitySeed) => {
    const parts = [TOPICS[o.topic].context, TYPE_SENTENCE[o.type](o.duration)];
    if (o.level === "Specialist")
      parts.push("It builds on universal and targeted learning and suits practitioners who already hold case responsibility.");
    return parts.join(" ");
  };
  const oppCreated = london(2021, 4, 12, 10, 0);

  // ================= sessions: reporting year =================
  const rngY = new Rng("reporting-year");
  const sessions: SessionPlan[] = [];
  const trainersFor = (rng: Rng, o: OpportunitySeed, pSam: number): string[] => {
    if (o.type === "e_learning") return [];
    if (o.type !== "course") return [rng.chance(0.05) ? sam.id : rng.pick(extraTrainers).id];
    const out: string[] = [];
    if (rng.chance(pSam)) out.push(sam.id);
    const want = rng.chance(0.45) ? 2 : 1;
    for (const t of rng.shuffle(extraTrainers)) {
      if (out.length >= want) break;
      out.push(t.id);
    }
    return out;
  };
  const placeFor = (rng: Rng, o: OpportunitySeed): { mode: "venue" | "online"; venue: Venue | null } => {
    switch (o.type) {
      case "course":
        return rng.chance(0.65) ? { mode: "venue", venue: rng.pick(VENUES) } : { mode: "online", venue: null };
      case "conference":
        return { mode: "venue", venue: CONFERENCE_VENUE };
      case "best_practice_event":
        return { mode: "venue", venue: rng.pick(VENUES) };
      case "safer_workshop":
        return o.duration === "half_day" ? { mode: "venue", venue: rng.pick(VENUES) } : { mode: "online", venue: null };
      default:
        return { mode: "online", venue: null };
    }
  };
  const newSession = (
    opp: number,
    phase: Phase,
    startsAt: Date,
    endsAt: Date,
    place: { mode: "venue" | "online"; venue: Venue | null },
    trainers: string[],
    createdAt: Date,
    extra: Partial<SessionPlan> = {},
  ): SessionPlan => {
    const sp: SessionPlan = {
      opp,
      phase,
      startsAt,
      endsAt,
      mode: place.mode,
      venue: place.venue,
      capacity: capacityFor(opps[opp].type, place.mode),
      sectorCapPercent: null,
      balanceUntilDays: null,
      checkInCode: null,
      trainers,
      createdAt,
      bookings: [],
      ...extra,
    };
    sessions.push(sp);
    return sp;
  };

  const twoSessionCourses = new Set(rngY.sample(courseIdxs, 10));
  opps.forEach((o, i) => {
    let count = 1;
    if (o.type === "course") count = twoSessionCourses.has(i) ? 2 : 1;
    else if (o.type === "webinar" || o.type === "briefing") count = rngY.chance(0.3) ? 2 : 1;
    else if (o.type === "safer_workshop") count = rngY.chance(0.4) ? 2 : 1;
    const from = o.topic === "Inclusive Fathers" ? { y: 2022, m: 4, d: 4 } : YEAR_START;
    for (let k = 0; k < count; k++) {
      const day = pickDay(rngY, from, YEAR_END)!;
      const [startsAt, endsAt] = times(day, o.duration);
      newSession(
        i,
        "year",
        startsAt,
        endsAt,
        placeFor(rngY, o),
        trainersFor(rngY, o, 0.15),
        addMs(startsAt, -rngY.int(45, 90) * DAY),
      );
    }
  });

  // ================= bookings =================
  const rngRef = new Rng("references");
  const refs = new Set<string>();
  const nextRef = () => {
    for (;;) {
      let r = "NSCP-";
      for (let i = 0; i < 6; i++) r += REF_ALPHABET[rngRef.int(0, REF_ALPHABET.length - 1)];
      if (!refs.has(r)) {
        refs.add(r);
        return r;
      }
    }
  };
  const bookedOnCourse = new Map<number, Set<string>>();
  const alreadyOn = (sp: SessionPlan) => {
    let set = bookedOnCourse.get(sp.opp);
    if (!set) bookedOnCourse.set(sp.opp, (set = new Set()));
    return set;
  };

  const addBooking = (rng: Rng, sp: SessionPlan, person: Person, createdAt: Date): BookingPlan => {
    const o = opps[sp.opp];
    const approval = Boolean(o.requiresManagerApproval);
    const confirmedAt = approval
      ? minDate(
          at(addDays(ymdOf(createdAt), rng.int(1, 3)), rng.int(9, 17), rng.int(0, 59)),
          maxDate(addMs(now, -HOUR), createdAt),
        )
      : createdAt;
    const reminder = addMs(sp.startsAt, -7 * DAY + rng.int(1, 10) * HOUR);
    const b: BookingPlan = {
      ref: nextRef(),
      session: sp,
      person,
      status: "confirmed",
      attendance: null,
      createdAt,
      confirmedAt,
      cancelledAt: null,
      attendanceConfirmedAt: rng.chance(0.5) && reminder > confirmedAt && reminder < now ? reminder : null,
      checkedInAt: null,
      registerNote: null,
      approvalReason: approval ? "course" : null,
      evaluations: [],
      certificateAt: null,
      charge: null,
    };
    sp.bookings.push(b);
    alreadyOn(sp).add(person.id);
    return b;
  };
  const pastCreatedAt = (rng: Rng, sp: SessionPlan) =>
    at(addDays(ymdOf(sp.startsAt), -rng.int(14, 56)), rng.int(8, 17), rng.int(0, 59));
  const recentCreatedAt = (rng: Rng) => at(addDays(today, -rng.int(1, 25)), rng.int(8, 17), rng.int(0, 59));
  const bookPeople = (rng: Rng, sp: SessionPlan, count: number, createdAt: (rng: Rng) => Date, from = picker) => {
    const course = alreadyOn(sp);
    const out: BookingPlan[] = [];
    for (let i = 0; i < count; i++) {
      const person = from.pick(rng, (p) => course.has(p.id) || sp.bookings.some((b) => b.person.id === p.id));
      out.push(addBooking(rng, sp, person, createdAt(rng)));
    }
    return out;
  };

  const setAttendance = (rng: Rng, b: BookingPlan, attendance: "attended" | "partial" | "no_show") => {
    b.attendance = attendance;
    const start = b.session.startsAt;
    if (attendance === "attended") b.checkedInAt = addMs(start, -rng.int(0, 20) * MINUTE);
    if (attendance === "partial") {
      if (rng.chance(0.5)) b.checkedInAt = addMs(start, rng.int(40, 100) * MINUTE);
      else b.checkedInAt = addMs(start, -rng.int(0, 15) * MINUTE);
      b.registerNote = rng.pick(PARTIAL_NOTES);
    }
  };

  const evaluate = (rng: Rng, b: BookingPlan, pPost: number, pImpact: number) => {
    const o = opps[b.session.opp];
    const start = b.session.startsAt;
    const end = b.session.endsAt;
    const pre = (): EvaluationPlan => ({
      kind: "pre",
      confidence: rng.table([
        [1, 8],
        [2, 42],
        [3, 40],
        [4, 10],
      ] as const),
      learned: null,
      changes: null,
      examples: null,
      theme: null,
      managerEmail: null,
      managerCoSignedAt: null,
      submittedAt: maxDate(at(addDays(ymdOf(start), -rng.int(1, 6)), rng.int(8, 20), rng.int(0, 59)), addMs(b.confirmedAt, HOUR)),
    });
    if (b.attendance === "attended" && rng.chance(pPost)) {
      b.evaluations.push(pre());
      const postAt = addMs(end, rng.int(1, 140) * HOUR);
      b.evaluations.push({
        kind: "post",
        confidence: rng.table([
          [3, 10],
          [4, 50],
          [5, 40],
        ] as const),
        learned: rng.chance(0.6)
          ? `The course helped me to ${lowerFirst(rng.pick(TOPICS[o.topic].outcomes))}.`
          : rng.pick(GENERIC_LEARNED),
        changes: null,
        examples: null,
        theme: null,
        managerEmail: null,
        managerCoSignedAt: null,
        submittedAt: postAt,
      });
      b.certificateAt = postAt;
      const impactAt = at(
        addDays(ymdOf(end), DEFAULT_POLICY.impactFollowUpDays + rng.int(0, 21)),
        rng.int(9, 17),
        rng.int(0, 59),
      );
      if (rng.chance(pImpact) && impactAt < now) {
        const themed =
          o.topic === "Graded Care Profile 2" || (o.topic === "Neglect" && rng.chance(0.5))
            ? IMPACT_THEMES.find((t) => t.theme === "Use of Graded Care Profile 2")!
            : o.topic === "Inclusive Fathers"
              ? IMPACT_THEMES.find((t) => t.theme === "Working with fathers")!
              : rng.pick(IMPACT_THEMES);
        const coSigned = rng.chance(0.4) ? addMs(impactAt, rng.int(1, 10) * DAY) : null;
        b.evaluations.push({
          kind: "impact",
          confidence: rng.table([
            [3, 15],
            [4, 50],
            [5, 35],
          ] as const),
          learned: null,
          changes: rng.pick(themed.changes),
          examples: rng.pick(themed.examples),
          theme: themed.theme,
          managerEmail: coSigned && coSigned < now ? b.person.lineManagerEmail : null,
          managerCoSignedAt: coSigned && coSigned < now ? coSigned : null,
          submittedAt: impactAt,
        });
      }
    } else if (b.attendance !== null && rng.chance(0.35)) {
      b.evaluations.push(pre());
    }
  };

  const chargeFor = (rng: Rng, b: BookingPlan, reason: "no_show" | "late_cancellation", waive: boolean): void => {
    const createdAt = reason === "no_show" ? addMs(b.session.endsAt, HOUR) : addMs(b.cancelledAt!, 5 * MINUTE);
    const waivedAt = waive ? minDate(addMs(createdAt, rng.int(2, 20) * DAY + rng.int(0, 6) * HOUR), addMs(now, -HOUR)) : null;
    b.charge = {
      reason,
      amountPence: chargeAmount(opps[b.session.opp].duration),
      createdAt,
      waivedAt,
      waiverReason: waive ? rng.pick(WAIVER_REASONS) : null,
    };
  };

  // ---- reporting year: exactly 559 confirmed bookings on the 35 courses, 114 no-shows ----
  const yearCourseSessions = sessions.filter((sp) => sp.phase === "year" && opps[sp.opp].type === "course");
  {
    const min = 6;
    const counts = yearCourseSessions.map(() => min);
    let left = SEED_FACTS.signUps - min * counts.length;
    const levelWeight = { Universal: 1.7, Targeted: 1.0, Specialist: 0.6 } as const;
    const idx = yearCourseSessions.map((_, i) => i);
    while (left > 0) {
      const i = rngY.weighted(
        idx.filter((j) => counts[j] < yearCourseSessions[j].capacity),
        (j) => levelWeight[opps[yearCourseSessions[j].opp].level],
      );
      counts[i]++;
      left--;
    }
    yearCourseSessions.forEach((sp, i) => bookPeople(rngY, sp, counts[i], (r) => pastCreatedAt(r, sp)));
    const all = yearCourseSessions.flatMap((sp) => sp.bookings);
    const noShows = new Set(rngY.weightedSample(all, SEED_FACTS.noShows, (b) => AGENCIES[b.person.agencyIdx!].noShow ?? 1));
    const partial = new Set(
      rngY.sample(
        all.filter((b) => !noShows.has(b)),
        15,
      ),
    );
    for (const b of all) setAttendance(rngY, b, noShows.has(b) ? "no_show" : partial.has(b) ? "partial" : "attended");
    const waived = new Set(rngY.sample([...noShows], 10));
    for (const b of all) {
      if (b.attendance === "no_show") chargeFor(rngY, b, "no_show", waived.has(b));
      evaluate(rngY, b, 0.7, 0.5);
    }
  }

  // ---- later history: July 2022 to a week before now ----
  const rngL = new Rng("later-history");
  const cutoff = addDays(today, -7);
  {
    const chosen = rngL.sample(courseIdxs, 20);
    for (const must of [oppIdx(FOUNDATION_COURSE), oppIdx(DOMESTIC_ABUSE_COURSE)]) {
      if (!chosen.includes(must)) chosen[chosen.length - 1 - (must === oppIdx(FOUNDATION_COURSE) ? 0 : 1)] = must;
    }
    const laterSessions: SessionPlan[] = [];
    for (let k = 0; ; k++) {
      const wStart: Ymd = { y: 2022 + k, m: 7, d: 1 };
      if (daysBetween(wStart, cutoff) < 0) break;
      const wEnd: Ymd = daysBetween({ y: 2023 + k, m: 6, d: 30 }, cutoff) < 0 ? cutoff : { y: 2023 + k, m: 6, d: 30 };
      for (const ci of chosen) {
        const count = rngL.int(1, 3);
        for (let j = 0; j < count; j++) {
          const day = pickDay(rngL, wStart, wEnd);
          if (!day) continue;
          const o = opps[ci];
          const [startsAt, endsAt] = times(day, o.duration);
          laterSessions.push(
            newSession(
              ci,
              "later",
              startsAt,
              endsAt,
              placeFor(rngL, o),
              trainersFor(rngL, o, 0.06),
              addMs(startsAt, -rngL.int(45, 90) * DAY),
            ),
          );
        }
      }
    }
    // learner@example.org: one attended course (with evaluation and certificate) and one recent no-show.
    const attendedDay = nextWeekday(addDays(today, -150));
    const noShowDay = nextWeekday(addDays(today, -60));
    const mk = (title: string, day: Ymd, trainers: string[]) => {
      const i = oppIdx(title);
      const [startsAt, endsAt] = times(day, opps[i].duration);
      const sp = newSession(
        i,
        "later",
        startsAt,
        endsAt,
        { mode: "venue", venue: VENUES[0] },
        trainers,
        addMs(startsAt, -70 * DAY),
      );
      laterSessions.push(sp);
      return sp;
    };
    // (Only when "now" is far enough past the reporting year, which it always is outside odd tests.)
    if (daysBetween({ y: 2022, m: 7, d: 4 }, attendedDay) >= 0) {
      const learnerAttended = mk(FOUNDATION_COURSE, attendedDay, [sam.id, extraTrainers[0].id]);
      const learnerMissed = mk(DOMESTIC_ABUSE_COURSE, noShowDay, [extraTrainers[3].id]);
      const b = addBooking(rngL, learnerAttended, learner, at(addDays(attendedDay, -30), 11, 12));
      setAttendance(rngL, b, "attended");
      const preAt = at(addDays(attendedDay, -3), 19, 40);
      const postAt = addMs(learnerAttended.endsAt, 20 * HOUR);
      b.evaluations.push(
        {
          kind: "pre",
          confidence: 2,
          learned: null,
          changes: null,
          examples: null,
          theme: null,
          managerEmail: null,
          managerCoSignedAt: null,
          submittedAt: preAt,
        },
        {
          kind: "post",
          confidence: 4,
          learned:
            "How the child protection process works from a CADS referral to conference, and what other agencies need from me.",
          changes: null,
          examples: null,
          theme: null,
          managerEmail: null,
          managerCoSignedAt: null,
          submittedAt: postAt,
        },
      );
      b.certificateAt = postAt;
      const m = addBooking(rngL, learnerMissed, learner, at(addDays(noShowDay, -21), 14, 5));
      setAttendance(rngL, m, "no_show");
      chargeFor(rngL, m, "no_show", false);
    }
    for (const sp of laterSessions) {
      const target = rngL.int(8, 18) - sp.bookings.length;
      const booked = bookPeople(rngL, sp, target, (r) => pastCreatedAt(r, sp));
      for (const b of booked) {
        const r = rngL.next();
        if (r < 0.05) {
          b.status = "cancelled";
          b.cancelledAt = maxDate(
            at(addDays(ymdOf(sp.startsAt), -rngL.int(5, 25)), rngL.int(9, 17), rngL.int(0, 59)),
            addMs(b.confirmedAt, HOUR),
          );
          b.attendanceConfirmedAt = null;
        } else if (r < 0.09) {
          b.status = "late_cancelled";
          b.cancelledAt = rngL.chance(0.3)
            ? at(ymdOf(sp.startsAt), 7, rngL.int(0, 50))
            : at(addDays(ymdOf(sp.startsAt), -rngL.int(1, 2)), rngL.int(9, 17), rngL.int(0, 59));
          chargeFor(rngL, b, "late_cancellation", rngL.chance(0.1));
        } else {
          const a = rngL.next();
          setAttendance(rngL, b, a < 0.15 ? "no_show" : a < 0.18 ? "partial" : "attended");
          if (b.attendance === "no_show") chargeFor(rngL, b, "no_show", rngL.chance(0.08));
          evaluate(rngL, b, 0.6, 0.4);
        }
      }
    }
  }

  // ---- upcoming: relative to now ----
  const rngU = new Rng("upcoming");
  {
    const upcomingCreated = () => at(addDays(today, -rngU.int(40, 90)), rngU.int(9, 16), rngU.int(0, 59));
    const futureDay = () => nextWeekday(addDays(today, rngU.int(10, 148)));
    const regular = (i: number, pSam: number) => {
      const o = opps[i];
      const [startsAt, endsAt] = times(futureDay(), o.duration);
      return newSession(i, "upcoming", startsAt, endsAt, placeFor(rngU, o), trainersFor(rngU, o, pSam), upcomingCreated());
    };
    for (const ci of courseIdxs) {
      const count = rngU.int(1, 2);
      for (let k = 0; k < count; k++) {
        const sp = regular(ci, 0.12);
        if (rngU.chance(0.45)) bookPeople(rngU, sp, rngU.int(2, 12), recentCreatedAt);
      }
    }
    const ofType = (t: OppType) => opps.map((o, i) => (o.type === t ? i : -1)).filter((i) => i >= 0);
    const others = [
      ...rngU.sample(ofType("webinar"), 8),
      ...rngU.sample(ofType("briefing"), 5),
      ...rngU.sample(ofType("best_practice_event"), 3),
      ...rngU.sample(ofType("safer_workshop"), 8),
      ...rngU.sample(ofType("e_learning"), 3),
    ];
    for (const i of others) {
      const count = rngU.int(1, 2);
      for (let k = 0; k < count; k++) {
        const sp = regular(i, 0);
        const t = opps[i].type;
        if (t === "webinar" && rngU.chance(0.6)) bookPeople(rngU, sp, rngU.int(5, 40), recentCreatedAt);
        if (t === "briefing" && rngU.chance(0.5)) bookPeople(rngU, sp, rngU.int(5, 25), recentCreatedAt);
        if (t === "best_practice_event" && rngU.chance(0.5)) bookPeople(rngU, sp, rngU.int(4, 15), recentCreatedAt);
      }
    }

    // A full Neglect course about three weeks away, for the waiting list.
    const neglect = oppIdx(NEGLECT_COURSE);
    {
      const [startsAt, endsAt] = times(nextWeekday(addDays(today, 21)), "full_day");
      const sp = newSession(
        neglect,
        "upcoming",
        startsAt,
        endsAt,
        { mode: "venue", venue: VENUES[2] },
        [extraTrainers[0].id, extraTrainers[3].id],
        upcomingCreated(),
        { capacity: 12 },
      );
      bookPeople(rngU, sp, 12, recentCreatedAt);
    }
    // A session with multi-agency balance: 40% cap per sector until 14 days before; health at the cap.
    {
      const ci = oppIdx(CONTEXTUAL_COURSE);
      const [startsAt, endsAt] = times(nextWeekday(addDays(today, 35)), "full_day");
      const sp = newSession(
        ci,
        "upcoming",
        startsAt,
        endsAt,
        { mode: "venue", venue: VENUES[6] },
        [extraTrainers[2].id],
        upcomingCreated(),
        {
          sectorCapPercent: 40,
          balanceUntilDays: 14,
        },
      );
      bookPeople(rngU, sp, 8, recentCreatedAt, bySector.get("health"));
      bookPeople(rngU, sp, 1, recentCreatedAt, bySector.get("childrens_services"));
      bookPeople(rngU, sp, 1, recentCreatedAt, bySector.get("police"));
      bookPeople(rngU, sp, 1, recentCreatedAt, bySector.get("education"));
    }
    // In two days, trained by trainer@example.org: 8 confirmed.
    {
      const ci = oppIdx(FOUNDATION_COURSE);
      const [startsAt, endsAt] = times(addDays(today, 2), "full_day");
      const sp = newSession(
        ci,
        "upcoming",
        startsAt,
        endsAt,
        { mode: "venue", venue: VENUES[0] },
        [sam.id, extraTrainers[0].id],
        upcomingCreated(),
      );
      bookPeople(rngU, sp, 8, recentCreatedAt);
    }
    // Today, under way: started 2 hours ago, ends in 4 hours; check-in code 482913.
    {
      const ci = oppIdx(THINK_FAMILY_COURSE);
      const sp = newSession(
        ci,
        "upcoming",
        addMs(now, -2 * HOUR),
        addMs(now, 4 * HOUR),
        { mode: "venue", venue: VENUES[1] },
        [sam.id],
        upcomingCreated(),
        { checkInCode: "482913" },
      );
      bookPeople(rngU, sp, 10, recentCreatedAt);
    }
  }

  // ================= Safer organisations and the policy library =================
  const orgs = planSafer(now);
  const rngR = new Rng("resources");
  const versions = RESOURCES.flatMap((r, ri) =>
    r.versions.map((v) => ({ ri, ...v, at: at(parseYmd(v.publishedAt), 9, 0) })).filter((v, k) => k === 0 || v.at <= now),
  );
  const firstStart = (o: OrgPlan) => o.rows.find((r) => r.startsOn)?.startsOn ?? null;
  const downloadOrgs = rngR.sample(
    orgs.filter((o) => o.current && !o.demo && (firstStart(o) ?? "9999") <= "2024-06-30"),
    110,
  );
  const contactOf = new Map<OrgPlan, Person>();
  const demoOrg = orgs.find((o) => o.demo)!;
  contactOf.set(demoOrg, morgan);
  for (const o of downloadOrgs) {
    const created = at(parseYmd(firstStart(o)!), 10, rngR.int(0, 59));
    contactOf.set(o, {
      id: rngR.uuid(),
      name: o.leadName,
      email: o.leadEmail,
      jobTitle: rngR.pick(CONTACT_TITLES),
      agencyIdx: null,
      lineManagerEmail: null,
      roles: ["safer_contact", "learner"],
      createdAt: created,
      weight: 0,
    });
  }
  type DownloadPlan = { org: OrgPlan; version: (typeof versions)[number]; at: Date };
  const downloads: DownloadPlan[] = [];
  const versionsOf = (ri: number) => versions.filter((v) => v.ri === ri);
  const demoDownload = (slug: string, version: number, afterDays: number) => {
    const ri = RESOURCES.findIndex((r) => r.slug === slug);
    const v = versionsOf(ri).find((x) => x.version === version);
    const when = v && addMs(v.at, afterDays * DAY + 5 * HOUR);
    if (v && when && when < now) downloads.push({ org: demoOrg, version: v, at: when });
  };
  demoDownload("child-protection-policy", 2, 60); // v3 published since
  demoDownload("safer-recruitment", 1, 90); // v2 published since
  demoDownload("code-of-conduct", 2, 84); // latest
  const demoDownloads = downloads.length;
  for (let tries = 0, target = downloads.length + 300; downloads.length < target && tries < 5000; tries++) {
    const o = rngR.pick(downloadOrgs);
    const ri = rngR.int(0, RESOURCES.length - 1);
    const vs = versionsOf(ri);
    const vi = rngR.weighted(
      vs.map((_, k) => k),
      (k) => (k === vs.length - 1 ? 3 : 1),
    );
    const from = maxDate(vs[vi].at, at(parseYmd(firstStart(o)!), 9, 0));
    const to = vi + 1 < vs.length ? vs[vi + 1].at : now;
    if (to.getTime() - from.getTime() < 2 * DAY) continue;
    const day = addDays(ymdOf(from), rngR.int(1, Math.max(1, Math.floor((to.getTime() - from.getTime()) / DAY) - 1)));
    const when = at(day, rngR.int(9, 17), rngR.int(0, 59));
    if (when >= to || when <= from) continue;
    downloads.push({ org: o, version: vs[vi], at: when });
  }
  type ReviewPlan = { org: OrgPlan; version: (typeof versions)[number]; on: string; notes: string };
  const reviews: ReviewPlan[] = [];
  const demoReviewOn = demoDownloads > 0 ? addDays(ymdOf(downloads[0].at), 21) : null;
  if (demoReviewOn && daysBetween(demoReviewOn, today) > 0) {
    reviews.push({ org: demoOrg, version: downloads[0].version, on: ymdStr(demoReviewOn), notes: REVIEW_NOTES[0] });
  }
  for (const d of rngR.sample(downloads.slice(demoDownloads), Math.min(60, downloads.length - demoDownloads))) {
    const on = addDays(ymdOf(d.at), rngR.int(7, 60));
    if (daysBetween(on, today) <= 0) continue;
    reviews.push({ org: d.org, version: d.version, on: ymdStr(on), notes: rngR.pick(REVIEW_NOTES) });
  }
  const pdfs = await Promise.all(
    versions.map((v) =>
      policyPdf({
        title: RESOURCES[v.ri].title,
        version: v.version,
        publishedOn: v.publishedAt,
        partnership: PARTNERSHIP.name,
        lines: RESOURCES[v.ri].lines,
        publishedAt: v.at,
      }),
    ),
  );

  // ================= write =================
  await db.transaction(async (tx) => {
    const [p] = await tx
      .insert(s.partnership)
      .values({
        name: PARTNERSHIP.name,
        shortName: PARTNERSHIP.shortName,
        helpContacts: PARTNERSHIP.helpContacts,
        districts: PARTNERSHIP.districts,
        reportingYearStartMonth: PARTNERSHIP.reportingYearStartMonth,
        policy: {},
      })
      .returning({ id: s.partnership.id });

    const agencyRows = await insertReturning(
      AGENCIES.map((a) => ({ name: a.name, sector: a.sector, district: a.district, createdAt: london(2019, 4, 1, 9, 0) })),
      (c) => tx.insert(s.agency).values(c).returning({ id: s.agency.id, name: s.agency.name }),
    );
    const agencyIdByName = new Map(agencyRows.map((r) => [r.name, r.id]));
    const agencyId = (idx: number | null) => (idx === null ? null : agencyIdByName.get(AGENCIES[idx].name)!);

    const everyone: Person[] = [
      ...demo.values(),
      ...extraTrainers,
      ...historic,
      ...[...contactOf.values()].filter((x) => x !== morgan),
    ];
    await insertAll(
      everyone.map((x) => ({
        id: x.id,
        name: x.name,
        email: x.email.toLowerCase(),
        emailVerified: x.createdAt,
        jobTitle: x.jobTitle,
        agencyId: agencyId(x.agencyIdx),
        lineManagerEmail: x.lineManagerEmail,
        roles: x.roles,
        profileCompletedAt: x.createdAt,
        createdAt: x.createdAt,
      })),
      (c) => tx.insert(s.person).values(c),
    );

    await writeCatalogueAndSessions(tx, sessions, agencyId, admin.id, now, rngC, audienceFor, descriptionFor, oppCreated);

    // Safer
    const orgRows = await insertReturning(
      orgs.map((o) => ({
        name: o.name,
        charityNumber: o.charityNumber,
        companyNumber: o.companyNumber,
        orgType: o.orgType,
        district: o.district,
        sizeBand: o.sizeBand,
        leadName: o.leadName,
        leadEmail: o.leadEmail,
        leadPhone: o.leadPhone,
        createdAt: o.rows[0].appliedAt,
      })),
      (c) => tx.insert(s.organisation).values(c).returning({ id: s.organisation.id, name: s.organisation.name }),
    );
    const orgIdByName = new Map(orgRows.map((r) => [r.name, r.id]));
    const orgId = (o: OrgPlan) => orgIdByName.get(o.name)!;
    await insertAll(
      orgs.flatMap((o) =>
        o.rows.map((r) => ({
          organisationId: orgId(o),
          status: r.status,
          tier: o.sizeBand,
          feePence: DEFAULT_POLICY.membershipFeesPence[o.sizeBand] ?? 0,
          appliedAt: r.appliedAt,
          decidedAt: r.decidedAt,
          decidedBy: r.decidedAt ? admin.id : null,
          declineReason: r.declineReason,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
        })),
      ),
      (c) => tx.insert(s.membership).values(c),
    );
    await insertAll(
      [...contactOf.entries()].map(([o, person]) => ({
        organisationId: orgId(o),
        personId: person.id,
        isLead: true,
        createdAt: person.createdAt,
      })),
      (c) => tx.insert(s.organisationContact).values(c),
    );

    // Policy library
    const resourceRows = await insertReturning(
      RESOURCES.map((r) => ({
        slug: r.slug,
        title: r.title,
        category: r.category,
        description: r.description,
        createdAt: at(parseYmd(r.versions[0].publishedAt), 9, 0),
      })),
      (c) => tx.insert(s.resource).values(c).returning({ id: s.resource.id, slug: s.resource.slug }),
    );
    const resourceId = (ri: number) => resourceRows.find((r) => r.slug === RESOURCES[ri].slug)!.id;
    const versionRows = await insertReturning(
      versions.map((v, k) => ({
        resourceId: resourceId(v.ri),
        version: v.version,
        changeSummary: v.changeSummary,
        publishedAt: v.at,
        fileName: `${RESOURCES[v.ri].fileStem}-v${v.version}.pdf`,
        contentType: "application/pdf",
        content: pdfs[k],
        organisationId: null,
      })),
      (c) =>
        tx.insert(s.resourceVersion).values(c).returning({
          id: s.resourceVersion.id,
          resourceId: s.resourceVersion.resourceId,
          version: s.resourceVersion.version,
        }),
    );
    const versionId = (v: (typeof versions)[number]) =>
      versionRows.find((r) => r.resourceId === resourceId(v.ri) && r.version === v.version)!.id;
    await insertAll(
      downloads
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((d) => ({
          resourceVersionId: versionId(d.version),
          organisationId: orgId(d.org),
          personId: contactOf.get(d.org)!.id,
          downloadedAt: d.at,
        })),
      (c) => tx.insert(s.download).values(c),
    );
    await insertAll(
      reviews.map((r) => ({
        organisationId: orgId(r.org),
        resourceId: resourceId(r.version.ri),
        resourceVersionId: versionId(r.version),
        reviewedOn: r.on,
        recordedBy: contactOf.get(r.org)!.id,
        notes: r.notes,
        createdAt: at(parseYmd(r.on), 16, 0),
      })),
      (c) => tx.insert(s.reviewRecord).values(c),
    );

    // Audit trail
    const allBookings = sessions.flatMap((sp) => sp.bookings);
    const audits: (typeof s.auditEvent.$inferInsert)[] = [
      {
        at: now,
        actorId: null,
        action: "seed",
        entity: "partnership",
        entityId: String(p.id),
        details: {
          facts: SEED_FACTS,
          opportunities: opps.length,
          sessions: sessions.length,
          bookings: allBookings.length,
          organisations: orgs.length,
        },
      },
    ];
    for (const b of allBookings) {
      if (b.charge?.waivedAt && b.session.phase === "year") {
        audits.push({
          at: b.charge.waivedAt,
          actorId: admin.id,
          action: "charge.waive",
          entity: "booking",
          entityId: String(b.id),
          details: { reference: b.ref, reason: b.charge.waiverReason },
        });
      }
    }
    const declined = orgs.find((o) => o.category === "declined")!;
    audits.push({
      at: declined.rows[0].decidedAt!,
      actorId: admin.id,
      action: "membership.decline",
      entity: "organisation",
      entityId: String(orgId(declined)),
      details: { reason: declined.rows[0].declineReason },
    });
    await insertAll(audits, (c) => tx.insert(s.auditEvent).values(c));
  });
}

async function writeCatalogueAndSessions(
  tx: Tx,
  sessions: SessionPlan[],
  agencyId: (idx: number | null) => number | null,
  adminId: string,
  now: Date,
  rngC: Rng,
  audienceFor: (o: OpportunitySeed) => string,
  descriptionFor: (o: OpportunitySeed) => string,
  oppCreated: Date,
): Promise<void> {
  const opps = ALL_OPPORTUNITIES;
  const oppRows = await insertReturning(
    opps.map((o) => {
      const pool = TOPICS[o.topic].outcomes;
      return {
        slug: slugify(o.title),
        title: o.title,
        type: o.type,
        topic: o.topic,
        level: o.level,
        audience: audienceFor(o),
        summary: o.summary,
        description: descriptionFor(o),
        outcomes: rngC.sample(pool, Math.min(pool.length, rngC.int(3, 4))).sort((a, b) => pool.indexOf(a) - pool.indexOf(b)),
        prerequisites: o.prerequisites ?? null,
        duration: o.duration,
        multiAgency: Boolean(o.multiAgency),
        requiresManagerApproval: Boolean(o.requiresManagerApproval),
        membersOnly: Boolean(o.membersOnly),
        published: true,
        createdAt: oppCreated,
        updatedAt: oppCreated,
      };
    }),
    (c) => tx.insert(s.opportunity).values(c).returning({ id: s.opportunity.id, slug: s.opportunity.slug }),
  );
  const oppIdBySlug = new Map(oppRows.map((r) => [r.slug, r.id]));
  const oppId = (i: number) => oppIdBySlug.get(slugify(opps[i].title))!;
  for (let i = 0; i < opps.length; i++) {
    const pre = opps[i].prerequisiteTitle;
    if (!pre) continue;
    const preIdx = opps.findIndex((o) => o.title === pre);
    await tx
      .update(s.opportunity)
      .set({ prerequisiteOpportunityIds: [oppId(preIdx)] })
      .where(eq(s.opportunity.id, oppId(i)));
  }

  // sessions
  const sessionRows = await insertReturning(
    sessions.map((sp) => {
      const closed = addMs(sp.endsAt, HOUR);
      const isClosed = closed < now;
      return {
        opportunityId: oppId(sp.opp),
        startsAt: sp.startsAt,
        endsAt: sp.endsAt,
        mode: sp.mode,
        venueName: sp.venue?.name ?? null,
        venueAddress: sp.venue?.address ?? null,
        district: sp.venue?.district ?? null,
        onlineUrl: null,
        capacity: sp.capacity,
        placesTaken: sp.bookings.filter((b) => b.status === "confirmed").length,
        sectorCapPercent: sp.sectorCapPercent,
        balanceUntilDays: sp.balanceUntilDays,
        status: "scheduled" as const,
        checkInCode: sp.checkInCode,
        registerClosedAt: isClosed ? closed : null,
        registerClosedBy: isClosed ? (sp.trainers[0] ?? adminId) : null,
        createdAt: minDate(sp.createdAt, addMs(now, -DAY)),
      };
    }),
    (c) =>
      tx
        .insert(s.session)
        .values(c)
        .returning({ id: s.session.id, opportunityId: s.session.opportunityId, startsAt: s.session.startsAt }),
  );
  sessionRows.forEach((r, k) => {
    const sp = sessions[k];
    if (r.opportunityId !== oppId(sp.opp) || r.startsAt.getTime() !== sp.startsAt.getTime()) {
      throw new Error("session insert order mismatch");
    }
    sp.id = r.id;
  });
  await tx
    .update(s.session)
    .set({ onlineUrl: sql`'https://meet.example.org/nscp-' || ${s.session.id}` })
    .where(eq(s.session.mode, "online"));
  await insertAll(
    sessions.flatMap((sp) => sp.trainers.map((personId) => ({ sessionId: sp.id!, personId }))),
    (c) => tx.insert(s.sessionTrainer).values(c),
  );

  // bookings
  const bookings = sessions.flatMap((sp) => sp.bookings);
  const bookingRows = await insertReturning(
    bookings.map((b) => {
      const closed = addMs(b.session.endsAt, HOUR);
      return {
        reference: b.ref,
        sessionId: b.session.id!,
        personId: b.person.id,
        agencyId: agencyId(b.person.agencyIdx),
        status: b.status,
        attendance: b.attendance,
        lineManagerEmail: b.person.lineManagerEmail,
        approvalReason: b.approvalReason,
        confirmedAt: b.confirmedAt,
        cancelledAt: b.cancelledAt,
        attendanceConfirmedAt: b.attendanceConfirmedAt,
        checkedInAt: b.checkedInAt,
        registerNote: b.registerNote,
        createdAt: b.createdAt,
        updatedAt: b.attendance ? closed : (b.cancelledAt ?? b.confirmedAt),
      };
    }),
    (c) => tx.insert(s.booking).values(c).returning({ id: s.booking.id, reference: s.booking.reference }),
  );
  const idByRef = new Map(bookingRows.map((r) => [r.reference, r.id]));
  for (const b of bookings) b.id = idByRef.get(b.ref)!;

  await insertAll(
    bookings
      .filter((b) => b.approvalReason && b.person.lineManagerEmail)
      .map((b) => ({
        bookingId: b.id!,
        managerEmail: b.person.lineManagerEmail!,
        reason: "course",
        status: "approved" as const,
        decidedAt: b.confirmedAt,
        createdAt: b.createdAt,
      })),
    (c) => tx.insert(s.approval).values(c),
  );
  await insertAll(
    bookings
      .filter((b) => b.charge)
      .map((b) => ({
        bookingId: b.id!,
        personId: b.person.id,
        agencyId: agencyId(b.person.agencyIdx),
        reason: b.charge!.reason,
        amountPence: b.charge!.amountPence,
        waivedAt: b.charge!.waivedAt,
        waivedBy: b.charge!.waivedAt ? adminId : null,
        waiverReason: b.charge!.waiverReason,
        createdAt: b.charge!.createdAt,
      })),
    (c) => tx.insert(s.charge).values(c),
  );
  await insertAll(
    bookings.flatMap((b) => b.evaluations.map((e) => ({ bookingId: b.id!, ...e }))),
    (c) => tx.insert(s.evaluation).values(c),
  );

  // certificates, numbered per London year in order of issue
  const certs = bookings
    .filter((b) => b.certificateAt && b.attendance === "attended")
    .sort((a, b) => a.certificateAt!.getTime() - b.certificateAt!.getTime() || a.id! - b.id!);
  const perYear = new Map<number, number>();
  await insertAll(
    certs.map((b) => {
      const year = ymdOf(b.certificateAt!).y;
      const k = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, k);
      return { bookingId: b.id!, number: `NSCP-CERT-${year}-${k}`, issuedAt: b.certificateAt! };
    }),
    (c) => tx.insert(s.certificate).values(c),
  );
}
