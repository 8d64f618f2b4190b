// A certificate of attendance as a PDF, for its own person or an admin; anyone else gets "not found".
import { NextResponse, type NextRequest } from "next/server";
import { AuthorizationError, currentActor } from "@/lib/auth";
import { certificatePdf } from "@/lib/evaluation";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, { params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(`/certificates/${bookingId}`)}`, req.nextUrl.origin));
  if (!/^\d{1,9}$/.test(bookingId)) return new NextResponse("Not found", { status: 404 });
  try {
    const file = await certificatePdf(actor, Number(bookingId));
    return new NextResponse(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AuthorizationError) return new NextResponse(e.status === 404 ? "Not found" : e.message, { status: e.status });
    throw e;
  }
}
