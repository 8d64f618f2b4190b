import { AuthorizationError, requireActor } from "@/lib/auth";
import { exportPersonalData } from "@/lib/privacy/export";

export async function GET() {
  try {
    const actor = await requireActor();
    const data = await exportPersonalData(actor, actor.id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="my-safeguarding-learning-data.json"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AuthorizationError) return new Response(e.message, { status: e.status });
    throw e;
  }
}
