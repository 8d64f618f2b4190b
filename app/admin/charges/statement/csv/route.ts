import { AuthorizationError, requireActor } from "@/lib/auth";
import { agencyStatementCsv } from "@/lib/charges";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const actor = await requireActor("admin");
    const out = await agencyStatementCsv(actor, Number(url.searchParams.get("agency")), url.searchParams.get("period") ?? "");
    if (!out) return new Response("Choose an organisation and a month (2026-11) or quarter (2026-Q4)", { status: 400 });
    return new Response(out.csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${out.filename}"`, "cache-control": "no-store" },
    });
  } catch (e) {
    if (e instanceof AuthorizationError) return new Response(e.message, { status: e.status });
    throw e;
  }
}
