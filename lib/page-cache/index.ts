// A micro-cache for the public pages that people who are not signed in open most (the catalogue and opportunity
// pages): the first request renders through Next as usual and its HTML is kept for a few seconds; requests in
// that window are answered from memory without rendering or querying, each with a fresh CSP nonce.
// Why here and not in Next: every page has a per-request nonce, so Next must render dynamically; the cache
// sits in front of Next's handler (server.ts) where a whole response can be captured and re-stamped.
// Signed-in people always get a fresh render (their header and booking buttons are their own), and a place
// taken is checked under a row lock when booking, so a catalogue figure a few seconds old misleads no one.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { newNonce } from "@/lib/security/headers";

export type CachedPage = { headers: [string, string | string[]][]; body: string; nonce: string | null; storedAt: number };

export type PageCacheOptions = {
  /** How long a page is served from memory; 0 turns the cache off. */
  ttlMs: number;
  /** Most pages kept (oldest dropped first): bounds memory whatever query strings people send. */
  maxEntries?: number;
  /** Paths (without query) that may be cached. */
  paths?: RegExp[];
  now?: () => number;
};

export const DEFAULT_CACHED_PATHS = [/^\/$/, /^\/catalogue$/, /^\/catalogue\/[a-z0-9-]{1,200}$/];

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
/** Headers of React Server Component, prefetch and server-action requests: those answers are not the page. */
const NOT_A_PAGE_VIEW = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];
const MAX_URL_LENGTH = 1024;
// Catalogue pages are ~50 kB; the cap keeps the worst case (maxEntries × this) to a few hundred MB.
const MAX_BODY_BYTES = 512 * 1024;
/** Response headers that belong to one response only. */
const PER_RESPONSE = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding", "etag", "content-encoding"]);

type RequestLike = { method?: string; url?: string; headers: IncomingMessage["headers"] };

/** The cache key for a request that may be answered from the cache, or null when it must go to Next. */
export function cacheKeyFor(req: RequestLike, paths: RegExp[] = DEFAULT_CACHED_PATHS): string | null {
  if (req.method !== "GET" || !req.url || req.url.length > MAX_URL_LENGTH || !req.url.startsWith("/")) return null;
  const q = req.url.indexOf("?");
  const pathname = q < 0 ? req.url : req.url.slice(0, q);
  if (!paths.some((p) => p.test(pathname))) return null;
  if (q >= 0 && /(?:^|&)_rsc=/.test(req.url.slice(q + 1))) return null;
  if (NOT_A_PAGE_VIEW.some((h) => req.headers[h] !== undefined)) return null;
  const cookie = req.headers.cookie;
  if (cookie && SESSION_COOKIE.test(cookie)) return null;
  return req.url;
}

/** The nonce of a Content-Security-Policy header value. */
export function nonceOf(csp: string | undefined): string | null {
  return csp ? (/'nonce-([^']+)'/.exec(csp)?.[1] ?? null) : null;
}

/** The page with its nonce replaced everywhere (CSP header and every tag that carries it). */
export function restamp(page: CachedPage, nonce: string): { headers: [string, string | string[]][]; body: string } {
  if (!page.nonce) return { headers: page.headers, body: page.body };
  const old = page.nonce;
  const swap = (v: string) => v.split(old).join(nonce);
  return {
    headers: page.headers.map(([k, v]) => [k, Array.isArray(v) ? v.map(swap) : swap(v)]),
    body: swap(page.body),
  };
}

export type PageCache = {
  /** Answer from the cache, or let `next` answer (and keep its page when it may be reused). */
  handle: (req: IncomingMessage, res: ServerResponse, next: () => unknown) => Promise<void>;
  clear: () => void;
  size: () => number;
};

export function createPageCache(opts: PageCacheOptions): PageCache {
  const ttl = opts.ttlMs;
  const max = opts.maxEntries ?? 500;
  const paths = opts.paths ?? DEFAULT_CACHED_PATHS;
  const now = opts.now ?? Date.now;
  const pages = new Map<string, CachedPage>();
  /** Renders in progress: requests for the same page wait for the one render instead of starting their own. */
  const filling = new Map<string, Promise<CachedPage | null>>();

  const fresh = (key: string): CachedPage | null => {
    const p = pages.get(key);
    if (!p) return null;
    if (now() - p.storedAt >= ttl) {
      pages.delete(key);
      return null;
    }
    return p;
  };

  const store = (key: string, page: CachedPage) => {
    pages.delete(key);
    pages.set(key, page);
    while (pages.size > max) pages.delete(pages.keys().next().value as string);
  };

  const serve = (req: IncomingMessage, res: ServerResponse, page: CachedPage) => {
    // The nonce server.ts gave this request (lib/security/headers), so the page and its CSP header agree.
    const { headers, body } = restamp(page, nonceOf(req.headers["content-security-policy"] as string | undefined) ?? newNonce());
    for (const [k, v] of headers) res.setHeader(k, v);
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const bytes = gzip ? gzipSync(body, { level: 5 }) : Buffer.from(body);
    if (gzip) res.setHeader("content-encoding", "gzip");
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    res.setHeader("content-length", bytes.length);
    res.setHeader("age", Math.floor((now() - page.storedAt) / 1000));
    res.setHeader("x-page-cache", "hit");
    res.statusCode = 200;
    res.end(bytes);
  };

  /** Let Next render, copying what it writes; resolves with the page when it can be reused. */
  const renderAndKeep = (req: IncomingMessage, res: ServerResponse, next: () => unknown): Promise<CachedPage | null> =>
    new Promise((resolve) => {
      // Uncompressed from Next, so the nonce can be found and replaced later; hits are compressed by serve().
      delete req.headers["accept-encoding"];
      const chunks: Buffer[] = [];
      let bytes = 0;
      let settled = false;
      const done = (page: CachedPage | null) => {
        if (!settled) {
          settled = true;
          resolve(page);
        }
      };
      const keep = (chunk: unknown, encoding?: unknown) => {
        if (chunk == null || typeof chunk === "function" || bytes > MAX_BODY_BYTES) return;
        const b = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
        bytes += b.length;
        chunks.push(b);
      };
      const write = res.write.bind(res) as (...a: unknown[]) => boolean;
      const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        return write(chunk, ...rest);
      }) as ServerResponse["write"];
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        const type = String(res.getHeader("content-type") ?? "");
        const reusable =
          res.statusCode === 200 && type.startsWith("text/html") && !res.getHeader("set-cookie") && !res.getHeader("content-encoding") && bytes <= MAX_BODY_BYTES;
        if (reusable) {
          const headers = Object.entries(res.getHeaders())
            .filter(([k, v]) => v !== undefined && !PER_RESPONSE.has(k.toLowerCase()))
            .map(([k, v]): [string, string | string[]] => [k, Array.isArray(v) ? v.map(String) : String(v)]);
          done({ headers, body: Buffer.concat(chunks).toString("utf8"), nonce: nonceOf(String(res.getHeader("content-security-policy") ?? "")), storedAt: now() });
        } else done(null);
        return end(chunk, ...rest);
      }) as ServerResponse["end"];
      res.once("close", () => done(null));
      try {
        void Promise.resolve(next()).catch(() => done(null));
      } catch {
        done(null);
      }
    });

  return {
    async handle(req, res, next) {
      const key = ttl > 0 ? cacheKeyFor(req, paths) : null;
      if (!key) {
        await next();
        return;
      }
      const hit = fresh(key);
      if (hit) return serve(req, res, hit);
      const inFlight = filling.get(key);
      if (inFlight) {
        const page = await inFlight;
        if (page) return serve(req, res, page);
        await next();
        return;
      }
      const render = renderAndKeep(req, res, next).then((page) => {
        if (page) store(key, page);
        return page;
      });
      filling.set(key, render);
      try {
        await render;
      } finally {
        filling.delete(key);
      }
    },
    clear: () => pages.clear(),
    size: () => pages.size,
  };
}
