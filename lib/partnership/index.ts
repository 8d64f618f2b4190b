import { cache } from "react";
import { getDb, type DbOrTx } from "@/db/client";
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
  if (!row) throw new Error("No partnership configured: run npm run db:seed");
  return { ...row, policy: parsePolicy(row.policy) };
}

/** The partnership's policy alone (a booking reads it in its transaction on every request). */
export async function getPolicy(db?: DbOrTx): Promise<Policy> {
  const d = db ?? (await getDb());
  const [row] = await d.select({ policy: partnership.policy }).from(partnership).limit(1);
  if (!row) throw new Error("No partnership configured: run npm run db:seed");
  return parsePolicy(row.policy);
}

/** The partnership, read once per page render (the layout, its metadata and the page all need it). */
export const getPartnershipForRender = cache(() => getPartnership());

export { parsePolicy, DEFAULT_POLICY, policySchema, SIZE_BANDS, type Policy } from "./policy";
