// The in-process TTL cache behind the reports: expiry, single flight, failures not kept, a size bound.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearAllTtlCaches, ttlCache } from "@/lib/cache/ttl-cache";
import { DEFAULT_REPORT_CACHE_SECONDS, figuresAsAtText, reportCacheSeconds } from "@/lib/reports/cache";

let n = 0;
/** A fresh cache name per test: caches with one name share their entries. */
const name = () => `test-${++n}`;

/** A computation the test settles by hand, counting how often it started. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

afterEach(() => {
  clearAllTtlCaches();
  vi.useRealTimers();
});

describe("ttlCache", () => {
  describe("with an injected clock", () => {
    let clock = 0;
    beforeEach(() => {
      clock = 1_000_000;
    });

    it("keeps a value for the time limit, counted from when it was computed, then computes again", async () => {
      const c = ttlCache<number>(name(), { ttlMs: 60_000, now: () => clock });
      let calls = 0;
      const compute = async () => ++calls;
      expect(await c.get("k", compute)).toBe(1);
      clock += 59_999;
      expect(await c.get("k", compute)).toBe(1);
      clock += 1;
      expect(await c.get("k", compute)).toBe(2);
      expect(calls).toBe(2);
    });

    it("keeps keys apart", async () => {
      const c = ttlCache<string>(name(), { ttlMs: 60_000, now: () => clock });
      expect(await c.get("a", async () => "A")).toBe("A");
      expect(await c.get("b", async () => "B")).toBe("B");
      expect(await c.get("a", async () => "changed")).toBe("A");
    });

    it("reads the time limit on every call: 0 turns caching off", async () => {
      let ttl = 0;
      const c = ttlCache<number>(name(), { ttlMs: () => ttl, now: () => clock });
      let calls = 0;
      const compute = async () => ++calls;
      await c.get("k", compute);
      await c.get("k", compute);
      expect(calls).toBe(2);
      expect(c.size).toBe(0);
      ttl = 1000;
      await c.get("k", compute);
      await c.get("k", compute);
      expect(calls).toBe(3);
    });
  });

  it("expires with fake timers (the default clock is Date.now)", async () => {
    vi.useFakeTimers();
    const c = ttlCache<number>(name(), { ttlMs: 60_000 });
    let calls = 0;
    const compute = async () => ++calls;
    await c.get("k", compute);
    vi.advanceTimersByTime(30_000);
    expect(await c.get("k", compute)).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(await c.get("k", compute)).toBe(2);
  });

  it("single flight: callers of the same key while it is being computed share one computation", async () => {
    const c = ttlCache<string>(name(), { ttlMs: 60_000 });
    const d = deferred<string>();
    let calls = 0;
    const compute = () => {
      calls++;
      return d.promise;
    };
    const first = c.get("k", compute);
    const second = c.get("k", compute);
    const other = c.get("other", async () => "other");
    expect(second).toBe(first);
    await expect(other).resolves.toBe("other");
    d.resolve("value");
    expect(await Promise.all([first, second])).toEqual(["value", "value"]);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
  });

  it("never keeps a failed computation: everyone waiting gets the error, the next caller computes again", async () => {
    const c = ttlCache<string>(name(), { ttlMs: 60_000 });
    const d = deferred<string>();
    const first = c.get("k", () => d.promise);
    const second = c.get("k", () => Promise.resolve("not called"));
    d.reject(new Error("database gone"));
    await expect(first).rejects.toThrow("database gone");
    await expect(second).rejects.toThrow("database gone");
    expect(c.size).toBe(0);
    expect(await c.get("k", async () => "recovered")).toBe("recovered");
    expect(await c.get("k", async () => "not again")).toBe("recovered");
  });

  it("turns a computation that throws at once into a rejection, not kept either", async () => {
    const c = ttlCache<string>(name(), { ttlMs: 60_000 });
    await expect(
      c.get("k", () => {
        throw new Error("bad");
      }),
    ).rejects.toThrow("bad");
    expect(c.size).toBe(0);
  });

  it("holds at most maxEntries keys, dropping the oldest", async () => {
    const c = ttlCache<string>(name(), { ttlMs: 60_000, maxEntries: 3 });
    for (const k of ["a", "b", "c", "d"]) await c.get(k, async () => k);
    expect(c.size).toBe(3);
    let calls = 0;
    const again = (k: string) => c.get(k, async () => `${k}${++calls}`);
    expect(await again("d")).toBe("d");
    expect(await again("b")).toBe("b");
    expect(await again("a")).toBe("a1"); // "a" was the oldest: it was dropped and computed again (dropping "b")
    expect(calls).toBe(1);
    expect(await again("b")).toBe("b2");
  });

  it("a key dropped or cleared while computing is not put back when it finishes", async () => {
    const c = ttlCache<string>(name(), { ttlMs: 60_000 });
    const d = deferred<string>();
    const p = c.get("k", () => d.promise);
    c.clear();
    d.resolve("late");
    expect(await p).toBe("late");
    expect(await c.get("k", async () => "fresh")).toBe("fresh");
  });

  it("two caches of one name share their entries; clearAllTtlCaches empties every cache", async () => {
    const shared = name();
    const a = ttlCache<string>(shared, { ttlMs: 60_000 });
    const b = ttlCache<string>(shared, { ttlMs: 60_000 });
    const other = ttlCache<string>(name(), { ttlMs: 60_000 });
    await a.get("k", async () => "from a");
    await other.get("k", async () => "other");
    expect(await b.get("k", async () => "from b")).toBe("from a");
    clearAllTtlCaches();
    expect(a.size + b.size + other.size).toBe(0);
    expect(await b.get("k", async () => "from b")).toBe("from b");
  });
});

describe("report cache settings", () => {
  it("REPORT_CACHE_SECONDS: default 60, 0 turns it off, nonsense means the default", () => {
    expect(DEFAULT_REPORT_CACHE_SECONDS).toBe(60);
    expect(reportCacheSeconds({})).toBe(60);
    expect(reportCacheSeconds({ REPORT_CACHE_SECONDS: "" })).toBe(60);
    expect(reportCacheSeconds({ REPORT_CACHE_SECONDS: "0" })).toBe(0);
    expect(reportCacheSeconds({ REPORT_CACHE_SECONDS: "300" })).toBe(300);
    expect(reportCacheSeconds({ REPORT_CACHE_SECONDS: "-5" })).toBe(0);
    expect(reportCacheSeconds({ REPORT_CACHE_SECONDS: "soon" })).toBe(60);
  });

  it("says when the figures were computed, in London time, and how often they refresh", () => {
    const at = new Date("2026-07-01T13:05:00Z"); // 2:05pm BST
    expect(figuresAsAtText(at, 60)).toBe("Figures as at 2:05pm on 1 Jul 2026, refreshed every minute.");
    expect(figuresAsAtText(at, 300)).toBe("Figures as at 2:05pm on 1 Jul 2026, refreshed every 5 minutes.");
    expect(figuresAsAtText(at, 90)).toBe("Figures as at 2:05pm on 1 Jul 2026, refreshed every 90 seconds.");
    expect(figuresAsAtText(new Date("2026-12-01T14:05:00Z"), 0)).toBe("Figures as at 2:05pm on 1 Dec 2026.");
  });
});
