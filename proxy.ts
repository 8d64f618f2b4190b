// Security headers on every page: a strict CSP with a fresh nonce per request (Next reads it from the
// request's CSP header and puts it on its own scripts), HSTS, no framing, no sniffing, a tight referrer policy.
import { NextResponse, type NextRequest } from "next/server";
import { MAX_DB_ID } from "@/lib/ids";

/** A path segment of digits beyond PostgreSQL's integer range can never name a row; its query would fail (a 500). */
export function hasOversizedId(pathname: string): boolean {
  return pathname.split("/").some((seg) => /^\d{10,}$/.test(seg) && Number(seg) > MAX_DB_ID);
}

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // An internal Next header must never come from outside (CVE-2025-29927 class of bypass).
  requestHeaders.delete("x-middleware-subrequest");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Such an address is answered by the not-found page (404) instead of reaching a page or route handler.
  const response = hasOversizedId(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL("/not-found-oversized-id", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|assets/).*)" }],
};
