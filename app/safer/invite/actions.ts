"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { acceptInvite } from "@/lib/membership";

export async function acceptInviteAction(fd: FormData): Promise<void> {
  const actor = await requireActor();
  const token = String(fd.get("token") ?? "");
  const result = await acceptInvite(actor, token);
  if (!result.ok) redirect(`/safer/invite?token=${encodeURIComponent(token)}&error=1`);
  redirect("/safer");
}
