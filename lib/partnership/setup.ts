// Set up a new, empty partnership (`npm run setup`, db/setup-cli.ts): the one partnership row with the default
// policy, the organisations people choose from when they first sign in (at least the business unit's own), and the
// first business unit admin. Everything else the app needs is code (sectors, organisation types, library
// categories) or is added on its pages (opportunities, sessions, library resources, Safer members).
// Refuses, changing nothing, when the database already has a partnership (the demo seed's or an earlier set-up).
import { count, eq, sql } from "drizzle-orm";
import { getDb, withDatabaseLock, type Db } from "@/db/client";
import { agency, auditEvent, partnership, person } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Role } from "@/lib/auth/roles";
import { DEFAULT_POLICY } from "./policy";
import type { SetupInput } from "./setup-schema";

export { checkSetupInput, parseSetupArgs, SETUP_USAGE, type SetupInput } from "./setup-schema";

/** The lock migrations and the first-start demo seed take (db/migrate.ts, db/seed/cli.ts): set-up and seed never interleave. */
const SETUP_LOCK = 727_001;

/** The audit action that marks a partnership made by set-up (the demo seed never records it). */
export const SET_UP_ACTION = "partnership.set-up";

export type SetupResult =
  | {
      ok: true;
      partnershipId: number;
      admin: { id: string; email: string; existed: boolean };
      businessUnitId: number;
      organisations: number;
    }
  | { ok: false; message: string };

/** The partnership this database already has, if any (none, too, before the first migration). */
export async function existingPartnership(db?: Db): Promise<{ name: string } | null> {
  const d = db ?? (await getDb());
  const res = await d.execute(sql`select to_regclass('public.partnership') is not null as "exists"`);
  const rows = (Array.isArray(res) ? res : (res as unknown as { rows: unknown[] }).rows) as { exists: boolean }[];
  if (!rows[0]?.exists) return null;
  const [row] = await d.select({ name: partnership.name }).from(partnership).limit(1);
  return row ?? null;
}

/**
 * Create the partnership from checked input (setup-schema's checkSetupInput) in one transaction, under the lock the
 * first-start seed takes, so an app instance starting at the same moment cannot seed the demo over it.
 */
export async function setUpPartnership(input: SetupInput): Promise<SetupResult> {
  const db = await getDb();
  return withDatabaseLock(SETUP_LOCK, () =>
    db.transaction(async (tx): Promise<SetupResult> => {
      // Checked inside the transaction with the table locked against writes: two set-ups at once (or one beside
      // code that does not take the advisory lock) cannot both find it empty. On PGlite the lock above is a no-op
      // and its transactions run one at a time.
      await tx.execute(sql`lock table ${partnership} in share row exclusive mode`);
      const [existing] = await tx.select({ name: partnership.name }).from(partnership).limit(1);
      if (existing) {
        return {
          ok: false,
          message: `This database already has a partnership (${existing.name}): nothing was changed. Set-up is for a new, empty database; change an existing partnership at /admin/settings and /admin/settings/partnership.`,
        };
      }
      const [p] = await tx
        .insert(partnership)
        .values({
          name: input.name,
          shortName: input.shortName,
          helpContacts: input.helpContacts,
          districts: input.districts,
          reportingYearStartMonth: input.reportingYearStartMonth,
          // Stored in full, so the values the business unit sees on /admin/settings are the ones in the row.
          policy: { ...DEFAULT_POLICY },
        })
        .returning({ id: partnership.id });

      // The organisations people choose from at first sign-in; the business unit's own is always one of them.
      const listed = input.organisations.some((o) => o.name.toLowerCase() === input.businessUnit.toLowerCase());
      const orgs = listed ? input.organisations : [{ name: input.businessUnit, sector: "other" as const, district: null }, ...input.organisations];
      // An organisation already in the table (a database someone started by hand) is kept as it is.
      for (let i = 0; i < orgs.length; i += 500) {
        await tx.insert(agency).values(orgs.slice(i, i + 500)).onConflictDoNothing();
      }
      const [bu] = await tx
        .select({ id: agency.id })
        .from(agency)
        .where(sql`lower(${agency.name}) = ${input.businessUnit.toLowerCase()}`)
        .limit(1);
      const [{ n: organisations }] = await tx.select({ n: count() }).from(agency);

      // The admin: asked for their details (job title, organisation, line manager) at first sign-in, like anyone.
      const email = input.admin.email.toLowerCase();
      const [found] = await tx
        .select({ id: person.id, roles: person.roles })
        .from(person)
        .where(sql`lower(${person.email}) = ${email}`)
        .limit(1);
      let adminId: string;
      if (found) {
        const roles = [...new Set<Role>([...(found.roles as Role[]), "admin", "learner"])];
        await tx.update(person).set({ roles }).where(eq(person.id, found.id));
        adminId = found.id;
      } else {
        const [created] = await tx
          .insert(person)
          .values({ email, name: input.admin.name, roles: ["admin", "learner"], agencyId: bu.id })
          .returning({ id: person.id });
        adminId = created.id;
      }

      await recordAudit(
        {
          actorId: null,
          action: SET_UP_ACTION,
          entity: "partnership",
          entityId: p.id,
          details: {
            name: input.name,
            shortName: input.shortName,
            districts: input.districts,
            reportingYearStartMonth: input.reportingYearStartMonth,
            helpContacts: input.helpContacts,
            admin: email,
            organisations,
          },
        },
        tx,
      );
      return { ok: true, partnershipId: p.id, admin: { id: adminId, email, existed: Boolean(found) }, businessUnitId: bu.id, organisations };
    }),
  );
}

/** Whether this database's partnership was made by set-up (a real partnership: the demo seed must never replace it). */
export async function madeBySetUp(db?: Db): Promise<boolean> {
  const d = db ?? (await getDb());
  const [{ n }] = await d.select({ n: count() }).from(auditEvent).where(eq(auditEvent.action, SET_UP_ACTION));
  return n > 0;
}
