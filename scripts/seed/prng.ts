/**
 * Small deterministic PRNG for the seeder. Math.random cannot be seeded, and the
 * seeder must produce byte-identical mail for the same (seed, folder, index), so
 * every random choice flows from here.
 */

/** FNV-1a over the UTF-16 code units of a string, finished with a murmur3 avalanche so near keys diverge. */
export function hash32(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: 32-bit state, good enough statistical quality for picking words, and very fast. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator derived from a string key, e.g. `${seed}|${folder}|${index}|body`. */
  static from(key: string): Rng {
    return new Rng(hash32(key));
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Fills a buffer with pseudo-random bytes (used for incompressible attachment payloads). */
  fill(buf: Buffer): Buffer {
    let i = 0;
    for (; i + 4 <= buf.length; i += 4) buf.writeUInt32LE(Math.floor(this.next() * 4294967296), i);
    for (; i < buf.length; i++) buf[i] = this.int(256);
    return buf;
  }

  /** Short lowercase hex string, for tokens such as Message-ID local parts. */
  hex(chars: number): string {
    let out = '';
    while (out.length < chars)
      out += Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, chars);
  }
}
