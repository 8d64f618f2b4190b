import { AuthorizationError, currentActor } from "@/lib/auth";
import { csvResponse } from "@/lib/ui/csv-response";
import { getSessionForAdmin, parseId, sessionBookingsCsv } from "@/lib/catalogue-admin";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const id = parseId((await params).sessionId);
  if (!id) return new Response("Not found", { status: 404 });
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to continue", { status: 401 });
  try {
    // An unknown session is "not found", not an empty spreadsheet.
    if (!(await getSessionForAdmin(actor, id))) return new Response("Not found", { status: 404 });
    const csv = await sessionBookingsCsv(actor, id);
    return csvResponse(csv, `session-${id}-bookings.csv`, "no-store");
  } catch (e) {
    if (e instanceof AuthorizationError) return new Response(e.message, { status: e.status });
    throw e;
  }
}
