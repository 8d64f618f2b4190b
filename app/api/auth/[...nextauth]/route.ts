import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, ctx: Ctx) {
  return NextAuth(req as never, ctx as never, await getAuthOptions());
}

export async function GET(req: NextRequest, ctx: Ctx) {
  // Never sign in on a bare GET: mail scanners open links before people do. Send them to the button page.
  if (req.nextUrl.pathname.endsWith("/callback/email")) {
    return NextResponse.redirect(new URL(`/sign-in/confirm${req.nextUrl.search}`, req.nextUrl.origin), 303);
  }
  // Our pages replace next-auth's built-in sign-in/sign-out pages.
  if (/\/(signin|signout)(\/|$)/.test(req.nextUrl.pathname)) {
    return NextResponse.redirect(new URL("/sign-in", req.nextUrl.origin), 303);
  }
  return handler(req, ctx);
}

export async function POST(req: NextRequest, ctx: Ctx) {
  const path = req.nextUrl.pathname;
  // Only the magic-link callback is used; the rest of next-auth's POST surface stays closed.
  if (!path.endsWith("/callback/email")) return new NextResponse("Not found", { status: 404 });
  return handler(req, ctx);
}
