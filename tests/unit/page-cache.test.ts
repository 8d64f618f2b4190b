// The public-page micro-cache in front of Next (lib/page-cache), driven over real HTTP with a stand-in for
// Next's handler that renders a page with a CSP nonce, the way lib/security/headers and the layout do.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKeyFor, createPageCache, nonceOf, restamp, type PageCache } from "@/lib/page-cache";

type Render = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

let renders = 0;
const page: Render = async (req, res) => {
  renders++;
  const nonce = Buffer.from(`n-${renders}-${Math.random()}`).toString("base64");
  res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("x-frame-options", "DENY");
  await new Promise((r) => setTimeout(r, 20));
  res.write(`<html><head><script nonce="${nonce}">1</script></head>`);
  res.end(`<body><p>render ${renders} of ${req.url}</p><script nonce="${nonce}">2</script></body></html>`);
};

async function start(cache: PageCache, render: Render = page): Promise<string> {
  renders = 0;
  server = createServer((req, res) => void cache.handle(req, res, () => render(req, res)));
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { res, body: await res.text() };
}

function noncesIn(body: string): string[] {
  return [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
}

describe("which requests the cache may answer", () => {
  const h = (headers: Record<string, string> = {}) => headers;
  it("takes anonymous GETs of the catalogue, opportunity pages and home", () => {
    expect(cacheKeyFor({ method: "GET", url: "/catalogue?q=neglect", headers: h() })).toBe("/catalogue?q=neglect");
    expect(cacheKeyFor({ method: "GET", url: "/catalogue/neglect-basics", headers: h({ cookie: "other=1" }) })).toBe("/catalogue/neglect-basics");
    expect(cacheKeyFor({ method: "GET", url: "/", headers: h() })).toBe("/");
  });
  it("never takes signed-in people, other methods, other pages, RSC or prefetch requests, or huge addresses", () => {
    expect(cacheKeyFor({ method: "GET", url: "/catalogue", headers: h({ cookie: "a=1; next-auth.session-token=abc" }) })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/catalogue", headers: h({ cookie: "__Secure-next-auth.session-token=abc" }) })).toBeNull();
    expect(cacheKeyFor({ method: "POST", url: "/catalogue", headers: h() })).toBeNull();
    expect(cacheKeyFor({ method: "HEAD", url: "/catalogue", headers: h() })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/my-learning", headers: h() })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/admin/reports", headers: h() })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/catalogue/a/b", headers: h() })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/catalogue", headers: h({ rsc: "1" }) })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/catalogue", headers: h({ "next-router-prefetch": "1" }) })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: "/catalogue?_rsc=x1", headers: h() })).toBeNull();
    expect(cacheKeyFor({ method: "GET", url: `/catalogue?q=${"a".repeat(2000)}`, headers: h() })).toBeNull();
  });
  it("re-stamps a nonce everywhere it appears", () => {
    const p = { headers: [["content-security-policy", "script-src 'nonce-OLD'"]] as [string, string][], body: '<script nonce="OLD"></script>', nonce: "OLD", storedAt: 0 };
    const r = restamp(p, "NEW");
    expect(r.body).toBe('<script nonce="NEW"></script>');
    expect(nonceOf(String(r.headers[0][1]))).toBe("NEW");
  });
});

describe("serving from the cache", () => {
  it("renders once, then answers from memory with a fresh nonce in the header and every script", async () => {
    const base = await start(createPageCache({ ttlMs: 60_000 }));
    const first = await get(`${base}/catalogue`);
    const second = await get(`${base}/catalogue`);
    expect(renders).toBe(1);
    expect(first.res.headers.get("x-page-cache")).toBeNull();
    expect(second.res.headers.get("x-page-cache")).toBe("hit");
    expect(second.body.replace(/nonce="[^"]+"/g, "")).toBe(first.body.replace(/nonce="[^"]+"/g, ""));
    const n1 = nonceOf(first.res.headers.get("content-security-policy")!);
    const n2 = nonceOf(second.res.headers.get("content-security-policy")!);
    expect(n2).not.toBe(n1);
    expect(new Set(noncesIn(second.body))).toEqual(new Set([n2]));
    expect(second.res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("stamps a hit with the nonce the server gave the request, so the page and the header the server set agree", async () => {
    const base = await start(createPageCache({ ttlMs: 60_000 }));
    await get(`${base}/catalogue`);
    const hit = await get(`${base}/catalogue`, { "content-security-policy": "script-src 'nonce-FROMSERVER'" });
    expect(hit.res.headers.get("x-page-cache")).toBe("hit");
    expect(nonceOf(hit.res.headers.get("content-security-policy")!)).toBe("FROMSERVER");
    expect(new Set(noncesIn(hit.body))).toEqual(new Set(["FROMSERVER"]));
  });

  it("keeps one page per address and renders each address once when many ask at the same moment", async () => {
    const base = await start(createPageCache({ ttlMs: 60_000 }));
    const bodies = await Promise.all(Array.from({ length: 12 }, () => get(`${base}/catalogue?q=neglect`).then((r) => r.body)));
    expect(renders).toBe(1);
    expect(bodies.every((b) => b.includes("render 1 of /catalogue?q=neglect"))).toBe(true);
    await get(`${base}/catalogue?q=other`);
    expect(renders).toBe(2);
  });

  it("renders again once the page is older than the time to live", async () => {
    let now = 1_000_000;
    const base = await start(createPageCache({ ttlMs: 5000, now: () => now }));
    await get(`${base}/catalogue`);
    now += 4000;
    expect((await get(`${base}/catalogue`)).res.headers.get("x-page-cache")).toBe("hit");
    now += 1500;
    const after = await get(`${base}/catalogue`);
    expect(after.res.headers.get("x-page-cache")).toBeNull();
    expect(renders).toBe(2);
  });

  it("never serves a signed-in person from the cache", async () => {
    const base = await start(createPageCache({ ttlMs: 60_000 }));
    await get(`${base}/catalogue`);
    const signedIn = await get(`${base}/catalogue`, { cookie: "next-auth.session-token=abc" });
    expect(signedIn.res.headers.get("x-page-cache")).toBeNull();
    expect(renders).toBe(2);
  });

  it("does not keep errors, redirects or answers that set a cookie", async () => {
    let kind = "error";
    const base = await start(createPageCache({ ttlMs: 60_000 }), (_req, res) => {
      renders++;
      res.setHeader("content-type", "text/html");
      if (kind === "error") res.statusCode = 500;
      if (kind === "cookie") res.setHeader("set-cookie", "a=1");
      res.end("<p>x</p>");
    });
    await get(`${base}/catalogue`);
    await get(`${base}/catalogue`);
    kind = "cookie";
    await get(`${base}/catalogue`);
    await get(`${base}/catalogue`);
    expect(renders).toBe(4);
  });

  it("compresses hits for browsers that accept gzip", async () => {
    const base = await start(createPageCache({ ttlMs: 60_000 }));
    await get(`${base}/catalogue`);
    const res = await new Promise<IncomingMessage>((resolve) => {
      const { hostname, port } = new URL(base);
      import("node:http").then(({ get: httpGet }) => httpGet({ hostname, port, path: "/catalogue", headers: { "accept-encoding": "gzip" } }, resolve));
    });
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toContain("render 1 of /catalogue");
  });

  it("holds at most maxEntries pages, dropping the oldest", async () => {
    const cache = createPageCache({ ttlMs: 60_000, maxEntries: 3 });
    const base = await start(cache);
    for (const q of ["a", "b", "c", "d"]) await get(`${base}/catalogue?q=${q}`);
    expect(cache.size()).toBe(3);
    await get(`${base}/catalogue?q=a`);
    expect(renders).toBe(5);
  });

  it("is off when the time to live is 0", async () => {
    const base = await start(createPageCache({ ttlMs: 0 }));
    await get(`${base}/catalogue`);
    await get(`${base}/catalogue`);
    expect(renders).toBe(2);
  });
});
