import { AuthorizationError, requireActor } from "@/lib/auth";
import { agencyStatementCsv } from "@/lib/charges";
import { csvResponse } from "@/lib/ui/csv-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const actor = await requireActor("admin");
    const out = await agencyStatementCsv(actor, Number(url.searchParams.get("agency")), url.searchParams.get("period") ?? "");
    if (!out) return new Response("Choose an organisation and a month (2026-11) or quarter (2026-Q4)", { status: 400 });
    return csvResponse(out.csv, out.filename, "no-store");
  } catch (e) {
    if (e instanceof AuthorizationError) return new Response(e.message, { status: e.status });
    throw e;
  }
}
