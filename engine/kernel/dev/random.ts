// The random driver: /dev/random (minor 0) and /dev/urandom (minor 1), character devices that
// read as an endless stream of pseudo-random bytes, like /dev/zero streams zeros.
//
// A real kernel mixes entropy from interrupts; the lab must give the same bytes for the same
// machine, so the stream comes from a seeded generator (xoshiro128**, seeded through splitmix32
// from a hash of the seed string): the same machine reads the same bytes in the same order, two
// machines with other host names read other bytes. Both minors draw from the one stream, as both
// devices draw from the one pool. Writes (adding entropy) are taken and change nothing.
import type { CharDriver } from "./devsw.js";

/** FNV-1a over the string's UTF-16 code units: a 32-bit seed */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** xoshiro128**: four words of state, 32 bits out per step */
export class Xoshiro128 {
  private s = new Uint32Array(4);

  constructor(seed: string) {
    // splitmix32 spreads the one seed word over the state (never all zero)
    let x = hash(seed);
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1;
  }

  next(): number {
    const s = this.s;
    let s0 = s[0]!;
    let s1 = s[1]!;
    let s2 = s[2]!;
    let s3 = s[3]!;
    const r = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3 >>> 0, 11);
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    return r;
  }

  /** `n` bytes of the stream (each word little-endian first) */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const w = this.next();
      out[i] = w & 0xff;
      out[i + 1] = (w >>> 8) & 0xff;
      out[i + 2] = (w >>> 16) & 0xff;
      out[i + 3] = w >>> 24;
    }
    if (i < n) {
      // a read that ends inside a word takes its first bytes; the next read starts a new word
      let w = this.next();
      for (; i < n; i++, w >>>= 8) out[i] = w & 0xff;
    }
    return out;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** the random driver of a machine, its stream seeded from `seed` (the machine's host name) */
export function randomDriver(seed: string): CharDriver {
  const gen = new Xoshiro128(`random:${seed}`);
  return {
    name: "random",
    // making 256 bytes costs about what a step of a command costs (bench: ~1 µs)
    bytesPerStep: 256,
    read: (_minor, _offset, length) => gen.bytes(Math.max(0, length)),
    write: (_minor, data) => data.length,
  };
}
