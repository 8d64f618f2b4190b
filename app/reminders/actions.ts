"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmPlaceByLink, releasePlaceFromReminder } from "@/lib/reminders";

// No sign-in: the signed token in the form authorises the action (the person opened it from their email).
const tokenSchema = z.object({ token: z.string().min(10).max(2000) });

function tokenFrom(fd: FormData): string | null {
  const parsed = tokenSchema.safeParse({ token: fd.get("token") });
  return parsed.success ? parsed.data.token : null;
}

export async function confirmPlaceAction(fd: FormData): Promise<void> {
  const token = tokenFrom(fd);
  if (!token) redirect("/reminders/confirm");
  const result = await confirmPlaceByLink(token);
  const q = `token=${encodeURIComponent(token)}`;
  redirect(result.ok ? `/reminders/confirmed?${q}` : `/reminders/confirm?${q}`);
}

export async function releasePlaceAction(fd: FormData): Promise<void> {
  const token = tokenFrom(fd);
  if (!token) redirect("/reminders/release");
  const result = await releasePlaceFromReminder(token);
  const q = `token=${encodeURIComponent(token)}`;
  redirect(result.ok ? `/reminders/released?${q}` : `/reminders/release?${q}&error=1`);
}
