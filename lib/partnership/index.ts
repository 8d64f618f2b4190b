import { cache } from "react";
import { getDb, type DbOrTx, type Tx } from "@/db/client";
import { partnership } from "@/db/schema";
import { parsePolicy, type Policy } from "./policy";

export type Partnership = {
  id: number;
  name: string;
  shortName: string;
  helpContacts: { label: string; number: string }[];
  districts: string[];
  reportingYearStartMonth: number;
  policy: Policy;
};

/** The partnership this deployment serves (one row, created by the seed or by set-up). */
export async function getPartnership(db?: DbOrTx): Promise<Partnership> {
  const d = db ?? (await getDb());
  const [row] = await d.select().from(partnership).limit(1);
  if (!row) throw new Error("No partnership configured: run npm run setup (a new partnership) or npm run db:seed (the demo)");
  return { ...row, policy: parsePolicy(row.policy) };
}

/**
 * The partnership, read FOR SHARE: for a save that checks a district against the partnership's list (a session,
 * a Safer organisation), inside the transaction that writes it. Removing a district takes the row FOR UPDATE and
 * counts what is in it in that transaction (updatePartnershipDetails), so a removal and such a save never overlap:
 * the removal waits for the save to commit and then counts it (and refuses), or the save waits for the removal and
 * reads the new list (and refuses). Saves do not wait for each other, and plain reads wait for nobody.
 */
export async function getPartnershipForSave(tx: Tx): Promise<Partnership> {
  const [row] = await tx.select().from(partnership).limit(1).for("share");
  if (!row) throw new Error("No partnership configured: run npm run setup (a new partnership) or npm run db:seed (the demo)");
  return { ...row, policy: parsePolicy(row.policy) };
}

/** The partnership's policy alone (a booking reads it in its transaction on every request). */
export async function getPolicy(db?: DbOrTx): Promise<Policy> {
  const d = db ?? (await getDb());
  const [row] = await d.select({ policy: partnership.policy }).from(partnership).limit(1);
  if (!row) throw new Error("No partnership configured: run npm run setup (a new partnership) or npm run db:seed (the demo)");
  return parsePolicy(row.policy);
}

/** The partnership, read once per page render (the layout, its metadata and the page all need it). */
export const getPartnershipForRender = cache(() => getPartnership());

export { parsePolicy, DEFAULT_POLICY, policySchema, SIZE_BANDS, type Policy } from "./policy";
