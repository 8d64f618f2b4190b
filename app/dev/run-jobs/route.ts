// Development and demo only (like /dev/outbox): run every recurring scan now, then every due job, so a
// reminder can be seen without waiting for the worker's next poll. 404 wherever mail is really sent.
import { NextResponse } from "next/server";
import { devOutboxEnabled } from "@/lib/mail/outbox";
import { runRecurringScansNow } from "@/lib/jobs/worker";
import { runAllDueJobs, waitForJobsInFlight } from "@/lib/jobs";

export async function POST() {
  if (!devOutboxEnabled()) return new NextResponse("Not found", { status: 404 });
  await runRecurringScansNow();
  const ran = await runAllDueJobs();
  // Another instance's worker may be sending some of them: answer once they are all done.
  const settled = await waitForJobsInFlight();
  return NextResponse.json({ ran, settled });
}
