// Every job kind the platform runs. Domains add theirs here.
import { registerJobHandler } from "./registry";

let registered = false;

export function registerAllJobHandlers(): void {
  if (registered) return;
  registered = true;
  registerJobHandler("noop", async () => {});
}
