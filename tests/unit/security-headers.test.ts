// The security headers the server sets on every request before Next sees it (lib/security/headers).
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { applySecurityHeaders, OVERSIZED_ID_PATH } from "@/lib/security/headers";

function call(url: string, headers: Record<string, string> = {}, dev = false) {
  const req = { url, headers: { ...headers } } as unknown as IncomingMessage;
  const set = new Map<string, string>();
  const res = { setHeader: (k: string, v: string) => set.set(k.toLowerCase(), v) } as unknown as ServerResponse;
  applySecurityHeaders(req, res, { dev });
  return { req, set };
}

const nonceIn = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("security headers", () => {
  it("gives each page request a fresh nonce, in the request (for Next and the layout) and in the response's CSP", () => {
    const a = call("/catalogue");
    const b = call("/catalogue");
    const nonce = a.req.headers["x-nonce"] as string;
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(nonceIn(a.req.headers["content-security-policy"] as string)).toBe(nonce);
    expect(nonceIn(a.set.get("content-security-policy"))).toBe(nonce);
    expect(b.req.headers["x-nonce"]).not.toBe(nonce);
    const csp = a.set.get("content-security-policy")!;
    for (const d of ["default-src 'self'", "'strict-dynamic'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toContain("unsafe-eval");
    expect(call("/", {}, true).set.get("content-security-policy")).toContain("'unsafe-eval'");
    expect(a.set.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(a.set.get("x-frame-options")).toBe("DENY");
    expect(a.set.get("x-content-type-options")).toBe("nosniff");
    expect(a.set.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("replaces a CSP or nonce the client sent, and drops Next's internal subrequest header", () => {
    const { req } = call("/admin", {
      "content-security-policy": "script-src 'nonce-attacker'",
      "content-security-policy-report-only": "script-src 'nonce-attacker'",
      "x-nonce": "attacker",
      "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
    });
    expect(req.headers["x-nonce"]).not.toBe("attacker");
    expect(req.headers["content-security-policy"]).not.toContain("attacker");
    expect(req.headers["content-security-policy-report-only"]).toBeUndefined();
    expect(req.headers["x-middleware-subrequest"]).toBeUndefined();
  });

  it("sends an address with an id beyond the integer range to the not-found page, keeping its query", () => {
    expect(call("/admin/safer/2147483648?x=1").req.url).toBe(`${OVERSIZED_ID_PATH}?x=1`);
    expect(call("/admin/safer/2147483647?x=1").req.url).toBe("/admin/safer/2147483647?x=1");
  });

  it("gives built files the fixed headers but no nonce", () => {
    const { req, set } = call("/_next/static/chunks/app.js");
    expect(set.get("x-content-type-options")).toBe("nosniff");
    expect(set.has("content-security-policy")).toBe(false);
    expect(req.headers["x-nonce"]).toBeUndefined();
  });
});
