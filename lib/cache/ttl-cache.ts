// A small in-process cache for figures that are costly to compute and fine to show a little out of date.
//
// Why: many people open the same report (the same period and filters) within minutes, and each opening would
// otherwise run the same aggregate over hundreds of thousands of rows; figures a minute old are fine for
// management reporting. Each app instance (process) keeps its own copy: nothing is shared or invalidated
// between instances, so two instances may show figures computed up to one time limit apart, and a change is
// seen everywhere once the time limit has passed.
//
// - Single flight: callers asking for the same key while it is being computed share the one promise.
// - A failed computation (rejected promise) is never kept: the next caller tries again.
// - Bounded: at most `maxEntries` keys; adding one more drops the oldest.
// - A time limit of 0 (or less) turns caching off: every call computes.
// The cache only holds values: whoever calls get() must check the caller's permission first.

type Entry<V> = { promise: Promise<V>; expiresAt: number };

export type TtlCacheOptions = {
  /** How long a computed value is kept, in ms; read on every call so configuration (env) can change it. */
  ttlMs: number | (() => number);
  /** The most keys kept; the oldest is dropped first. Default 200. */
  maxEntries?: number;
  /** The clock (ms since the epoch); tests may inject one. Default Date.now. */
  now?: () => number;
};

export type TtlCache<V> = {
  /** The kept value for `key`, the one being computed, or a new one from `compute`. */
  get(key: string, compute: () => Promise<V>): Promise<V>;
  delete(key: string): void;
  clear(): void;
  /** Keys held now (including ones being computed and ones expired but not yet dropped). */
  readonly size: number;
};

// Kept on globalThis so that every copy of this module in one process (Next bundles route handlers and pages
// separately) shares one store per cache name: the CSV of a report holds the figures shown on its page.
const STORE_KEY = Symbol.for("safeguarding-learning.ttl-caches");
type Store = Map<string, Map<string, Entry<unknown>>>;
const globalStore = globalThis as typeof globalThis & { [STORE_KEY]?: Store };

function store(): Store {
  return (globalStore[STORE_KEY] ??= new Map());
}

/** A named cache; two calls with the same name share their entries. */
export function ttlCache<V>(name: string, options: TtlCacheOptions): TtlCache<V> {
  const maxEntries = Math.max(1, options.maxEntries ?? 200);
  const now = options.now ?? Date.now;
  const ttlMs = () => (typeof options.ttlMs === "function" ? options.ttlMs() : options.ttlMs);
  const entries = (): Map<string, Entry<V>> => {
    const s = store();
    let m = s.get(name);
    if (!m) s.set(name, (m = new Map()));
    return m as Map<string, Entry<V>>;
  };

  return {
    get(key, compute) {
      const ttl = ttlMs();
      if (!(ttl > 0)) return compute();
      const map = entries();
      const hit = map.get(key);
      if (hit && hit.expiresAt > now()) return hit.promise;
      if (hit) map.delete(key);
      // Until it settles an entry never expires: everyone asking meanwhile waits for the same computation.
      const entry: Entry<V> = { promise: Promise.resolve().then(compute), expiresAt: Infinity };
      map.set(key, entry);
      while (map.size > maxEntries) map.delete(map.keys().next().value as string);
      entry.promise.then(
        () => {
          if (map.get(key) === entry) entry.expiresAt = now() + ttl;
        },
        () => {
          if (map.get(key) === entry) map.delete(key);
        },
      );
      return entry.promise;
    },
    delete(key) {
      entries().delete(key);
    },
    clear() {
      entries().clear();
    },
    get size() {
      return entries().size;
    },
  };
}

/** Empties every cache in this process (tests; or after a bulk data change). */
export function clearAllTtlCaches(): void {
  for (const m of store().values()) m.clear();
}
