// The business unit changes the partnership's policy (reminder timings, claim window, cut-off, charges, repeat
// no-show rule, Safer fees and renewal notices, impact follow-up, retention). Validated by the same policySchema
// that reads it; every change is audited.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnership } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { changedFields, fromTo } from "./changes";
import { policySchema, type Policy } from "./policy";
import { POLICY_SETTINGS_FIELDS, type PolicySettingsInput } from "./settings-schema";

export { policySettingsSchema, policySettingsValues, type PolicySettingsInput } from "./settings-schema";

export async function getPolicySettings(actor: Actor): Promise<PolicySettingsInput> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  const [row] = await db.select({ policy: partnership.policy }).from(partnership).limit(1);
  const policy = policySchema.parse(row?.policy ?? {});
  return Object.fromEntries(POLICY_SETTINGS_FIELDS.map((k) => [k, policy[k]])) as PolicySettingsInput;
}

/** Save the settings; returns the names of the fields that changed. Policy keys not given are kept as they are. */
export async function updatePolicySettings(actor: Actor, input: Partial<PolicySettingsInput>): Promise<{ changed: string[] }> {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(partnership).limit(1).for("update");
    if (!row) throw new Error("No partnership configured");
    const before: Policy = policySchema.parse(row.policy);
    // Fees are merged by band, so a fee kept for a band the form does not show is not lost.
    const fees = input.membershipFeesPence ? { membershipFeesPence: { ...before.membershipFeesPence, ...input.membershipFeesPence } } : {};
    const after: Policy = policySchema.parse({ ...row.policy, ...input, ...fees });
    const changed = changedFields(POLICY_SETTINGS_FIELDS, before, after);
    if (!changed.length) return { changed };
    await tx.update(partnership).set({ policy: after }).where(eq(partnership.id, row.id));
    await recordAudit(
      {
        actorId: actor.id,
        action: "partnership.policy-updated",
        entity: "partnership",
        entityId: row.id,
        details: fromTo(changed, before, after),
      },
      tx,
    );
    return { changed };
  });
}
