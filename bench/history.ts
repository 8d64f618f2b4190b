// Years of booking history generated inside PostgreSQL (INSERT ... SELECT generate_series), consistent with the
// schema's rules: past sessions on the seeded opportunities, each booked by distinct people (one live booking per
// person per session), places_taken = the confirmed bookings and never above capacity. Also the people the
// benchmark signs in (auth_session rows with known tokens) and bookable future sessions for the booking run.
import type postgres from "postgres";

export type Scale = { name: string; bookings: number; perSession: number; people: number; years: number };

export const SCALES: Record<string, Scale> = {
  "15k": { name: "15k", bookings: 15_000, perSession: 24, people: 2_500, years: 5 },
  "1m": { name: "1m", bookings: 1_000_000, perSession: 40, people: 25_000, years: 5 },
};

export const BOOKERS = 3_000;
export const BOOKING_SESSIONS = 60;
export const BOOKING_CAPACITY = 200;
export const ADMIN_TOKEN = "bench-admin-session-token";
export const bookerToken = (i: number) => `bench-booker-session-token-${i}`;

type Sql = postgres.Sql;

/** Adds the history; returns what it made. Runs in a handful of set-based statements. */
export async function addHistory(sql: Sql, scale: Scale, log: (s: string) => void) {
  const sessions = Math.ceil(scale.bookings / scale.perSession);
  const [{ agencies }] = await sql<{ agencies: number }[]>`select count(*)::int as agencies from agency`;
  if (!agencies) throw new Error("the seed made no agencies");

  // People who made the history (learners spread over the seeded agencies, profiles complete).
  await sql`
    insert into person (id, name, email, job_title, agency_id, line_manager_email, roles, profile_completed_at, created_at)
    select 'bench-h-' || i, 'History Learner ' || i, 'history.' || i || '@bench.example.org', 'Practitioner',
           a.ids[1 + (i % array_length(a.ids, 1))], 'manager.' || (i % 50) || '@bench.example.org', '{learner}'::role[],
           now() - interval '6 years', now() - interval '6 years'
    from generate_series(0, ${scale.people - 1}) i, (select array_agg(id order by id) ids from agency) a`;
  log(`  ${scale.people} history people`);

  const [{ before }] = await sql<{ before: number }[]>`select coalesce(max(id), 0)::int as before from session`;
  // Past sessions, evenly spread over the years before today, on every published opportunity.
  await sql`
    insert into session (opportunity_id, starts_at, ends_at, mode, venue_name, venue_address, district, capacity, places_taken, status, created_at)
    select o.ids[1 + (i % array_length(o.ids, 1))],
           now() - make_interval(days => ${scale.years * 365}) + (i * make_interval(days => ${scale.years * 365}) / ${sessions}) - interval '2 days',
           now() - make_interval(days => ${scale.years * 365}) + (i * make_interval(days => ${scale.years * 365}) / ${sessions}) - interval '2 days' + interval '6 hours',
           case when i % 3 = 0 then 'online'::session_mode else 'venue'::session_mode end,
           case when i % 3 = 0 then null else 'Bench history hall' end,
           case when i % 3 = 0 then null else '1 History Street, Norwich' end,
           'Norwich', ${scale.perSession + 6}, 0, case when i % 97 = 0 then 'cancelled'::session_status else 'scheduled'::session_status end,
           now() - make_interval(days => ${scale.years * 365 + 30})
    from generate_series(0, ${sessions - 1}) i, (select array_agg(id order by id) ids from opportunity where published) o`;
  log(`  ${sessions} past sessions`);

  // Bookings: person (rn*37 + k) mod people is distinct for k < perSession <= people, so one per person per session.
  // Status mix: 80% confirmed (attended 80% / partial 5% / no-show 15%), 10% cancelled, 4% late cancelled,
  // 3% transferred, 3% declined; some confirmed places came off the waiting list.
  await sql`
    insert into booking (reference, session_id, person_id, agency_id, status, attendance, line_manager_email,
                         waitlisted_at, confirmed_at, cancelled_at, checked_in_at, created_at, updated_at)
    select 'BH-' || s.rn || '-' || k, s.id, 'bench-h-' || p.idx, a.ids[1 + (p.idx % array_length(a.ids, 1))],
           st.status::booking_status,
           case when st.status = 'confirmed' and s.status = 'scheduled' then
             (case when (s.rn * 11 + k * 17) % 100 < 80 then 'attended' when (s.rn * 11 + k * 17) % 100 < 85 then 'partial' else 'no_show' end)::attendance
           end,
           'manager.' || (p.idx % 50) || '@bench.example.org',
           case when st.status = 'confirmed' and k % 15 = 0 then s.starts_at - interval '20 days' end,
           case when st.status = 'confirmed' then s.starts_at - interval '14 days' end,
           case when st.status in ('cancelled', 'late_cancelled') then s.starts_at - interval '3 days' end,
           case when st.status = 'confirmed' and s.status = 'scheduled' and (s.rn * 11 + k * 17) % 100 < 85 then s.starts_at end,
           s.starts_at - interval '30 days', s.starts_at - interval '1 day'
    from (select id, starts_at, status, row_number() over (order by id) rn from session where id > ${before}) s
    cross join generate_series(0, ${scale.perSession - 1}) k
    cross join lateral (select ((s.rn * 37 + k) % ${scale.people}) idx) p
    cross join lateral (select case when (s.rn * 7 + k * 13) % 100 < 80 then 'confirmed'
                                    when (s.rn * 7 + k * 13) % 100 < 90 then 'cancelled'
                                    when (s.rn * 7 + k * 13) % 100 < 94 then 'late_cancelled'
                                    when (s.rn * 7 + k * 13) % 100 < 97 then 'transferred'
                                    else 'declined' end status) st
    cross join (select array_agg(id order by id) ids from agency) a
    order by s.id, k`;
  await sql`
    update session s set places_taken = b.n
    from (select session_id, count(*) filter (where status in ('requested','confirmed','offered'))::int n from booking group by session_id) b
    where b.session_id = s.id and s.places_taken <> b.n and s.starts_at < now()`;
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int n from booking`;
  log(`  ${n} bookings in all (seed + history)`);
  return { sessions, bookings: n };
}

/** People the benchmark signs in, their sessions, the admin's session, and future sessions to book. */
export async function addBenchUsers(sql: Sql) {
  await sql`
    insert into person (id, name, email, job_title, agency_id, roles, profile_completed_at, created_at)
    select 'bench-b-' || i, 'Bench Booker ' || i, 'booker.' || i || '@bench.example.org', 'Practitioner',
           a.ids[1 + (i % array_length(a.ids, 1))], '{learner}'::role[], now(), now()
    from generate_series(0, ${BOOKERS - 1}) i, (select array_agg(id order by id) ids from agency) a`;
  await sql`
    insert into auth_session (session_token, user_id, expires)
    select 'bench-booker-session-token-' || i, 'bench-b-' || i, now() + interval '1 day' from generate_series(0, ${BOOKERS - 1}) i`;
  await sql`
    insert into auth_session (session_token, user_id, expires)
    select ${ADMIN_TOKEN}, id, now() + interval '1 day' from person where lower(email) = 'admin@example.org'`;
  // An ordinary course (no approval, not members-only, nothing to complete first) to book; its future sessions have
  // room for the whole run.
  const [opp] = await sql<{ id: number }[]>`
    select id from opportunity
    where published and not members_only and not requires_manager_approval and type = 'course' and prerequisite_opportunity_ids = '[]'::jsonb
    order by id limit 1`;
  if (!opp) throw new Error("no bookable course in the seed");
  const ids = await sql<{ id: number }[]>`
    insert into session (opportunity_id, starts_at, ends_at, mode, venue_name, venue_address, district, capacity, status)
    select ${opp.id}, now() + make_interval(days => 30 + i), now() + make_interval(days => 30 + i) + interval '6 hours',
           'venue', 'Bench future hall', '2 Future Street, Norwich', 'Norwich', ${BOOKING_CAPACITY}, 'scheduled'
    from generate_series(0, ${BOOKING_SESSIONS - 1}) i
    returning id`;
  return { bookingSessionIds: ids.map((r) => r.id).sort((a, b) => a - b) };
}
