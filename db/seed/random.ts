// Deterministic randomness for the seed: mulberry32, with one independent stream per part of the data so
// that, for example, the reporting-year history is identical whatever "now" the seed is run with.

export const SEED_BASE = 20_220_630;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly r: () => number;

  constructor(stream: string) {
    this.r = mulberry32((fnv1a(stream) ^ SEED_BASE) >>> 0);
  }

  /** [0, 1) */
  next(): number {
    return this.r();
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.r() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from empty list");
    return items[Math.floor(this.r() * items.length)];
  }

  /** Pick by weight (weights need not sum to 1). */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const it of items) total += Math.max(0, weight(it));
    let x = this.r() * total;
    for (const it of items) {
      x -= Math.max(0, weight(it));
      if (x < 0) return it;
    }
    return items[items.length - 1];
  }

  /** Pick from [value, weight] pairs. */
  table<T>(pairs: readonly (readonly [T, number])[]): T {
    return this.weighted(pairs, (p) => p[1])[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }

  /**
   * Exactly n items without replacement, more likely the heavier they are (Efraimidis–Spirakis keys).
   */
  weightedSample<T>(items: readonly T[], n: number, weight: (item: T) => number): T[] {
    if (n > items.length) throw new Error(`cannot sample ${n} of ${items.length}`);
    return items
      .map((item) => ({ item, key: Math.pow(this.r(), 1 / Math.max(1e-9, weight(item))) }))
      .sort((a, b) => b.key - a.key)
      .slice(0, n)
      .map((x) => x.item);
  }

  /** A version-4-shaped UUID from this stream (deterministic person ids). */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 16; i++) hex.push(this.int(0, 255).toString(16).padStart(2, "0"));
    hex[6] = ((parseInt(hex[6], 16) & 0x0f) | 0x40).toString(16).padStart(2, "0");
    hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16).padStart(2, "0");
    const h = hex.join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}
