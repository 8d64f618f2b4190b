import { ensureDatabase } from "@/db/migrate";

export async function startInstance(): Promise<void> {
  const { seeded } = await ensureDatabase({ seed: process.env.SEED_ON_START !== "0" });
  if (seeded) console.log("[startup] empty database seeded with the demo partnership");
}
