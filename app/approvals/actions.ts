"use server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth";
import { decideApprovalByToken } from "@/lib/booking";

// Authorised by the signed link in the manager's email: the token names the approval and expires.
export async function decideApprovalAction(fd: FormData): Promise<void> {
  const token = String(fd.get("token") ?? "");
  const decision = fd.get("decision") === "approve" ? "approve" : "decline";
  const r = await decideApprovalByToken(token, decision, new Date(), (await currentActor())?.id ?? null);
  redirect(`/approvals/${encodeURIComponent(token)}?done=${r.ok ? r.decision : "failed"}`);
}
