"use server";
import { redirect } from "next/navigation";
import { claimOfferByToken, declineOfferByToken } from "@/lib/booking";

// Authorised by the signed link in the offer email: the token names the offer and expires with it.
export async function decideOfferAction(fd: FormData): Promise<void> {
  const token = String(fd.get("token") ?? "");
  let done: string;
  if (fd.get("decision") === "claim") {
    const r = await claimOfferByToken(token);
    done = r.ok ? `claimed-${r.status}` : r.reason;
  } else {
    const r = await declineOfferByToken(token);
    done = r.ok ? "declined" : "failed";
  }
  redirect(`/offers/${encodeURIComponent(token)}?done=${done}`);
}
