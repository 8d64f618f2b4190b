// Policy template downloads: only for contacts of active member organisations, checked on every request and
// logged. The file comes from the database (never public/), under a name the server chooses.
import { NextResponse, type NextRequest } from "next/server";
import { AuthorizationError, currentActor } from "@/lib/auth";
import { downloadVersion } from "@/lib/resources";
import { isDbId } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, { params }: { params: Promise<{ resourceId: string }> }) {
  const { resourceId } = await params;
  const id = Number(resourceId);
  const versionParam = req.nextUrl.searchParams.get("version");
  const versionId = versionParam == null ? undefined : Number(versionParam);
  const noStore = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (!isDbId(id) || (versionId !== undefined && !isDbId(versionId))) {
    return new NextResponse("Not found", { status: 404, headers: noStore });
  }
  const actor = await currentActor();
  if (!actor) {
    const back = `${req.nextUrl.pathname}${req.nextUrl.search}`;
    return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, req.nextUrl.origin), { status: 303, headers: noStore });
  }
  try {
    const file = await downloadVersion(actor, id, versionId);
    return new NextResponse(new Uint8Array(file.content), {
      status: 200,
      headers: {
        ...noStore,
        "Content-Type": file.contentType,
        "Content-Length": String(file.content.length),
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
      },
    });
  } catch (e) {
    if (e instanceof AuthorizationError) {
      return new NextResponse(e.status === 404 ? "Not found" : e.message, { status: e.status, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw e;
  }
}
