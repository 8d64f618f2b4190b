"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { myOrganisation, renewMembership } from "@/lib/membership";

export async function renewAction(): Promise<void> {
  const actor = await requireActor();
  const mine = await myOrganisation(actor);
  if (!mine) redirect("/safer");
  const result = await renewMembership(actor, mine.organisation.id);
  redirect(result.ok ? "/safer?renewed=1" : "/safer?renewError=1");
}
