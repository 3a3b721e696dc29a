// The sums of cksum and sum, fed a piece at a time so a multi-GB image never sits in memory.
// Pieces of zeros (the holes of a sparse image, /dev/zero) are common and long: each sum takes a
// run of zero bytes in one step (the CRC through a GF(2) matrix power, the way zlib's
// crc32_combine does; BSD sum as a rotation), so `cksum /backup/cd_image` costs what its data
// costs, not what its length costs.

/** the POSIX cksum polynomial 0x04C11DB7, most significant bit first */
const POLY = 0x04c11db7;

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ POLY : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** true when every byte is 0 (a word at a time where the piece is aligned) */
export function allZero(b: Uint8Array): boolean {
  let i = 0;
  if ((b.byteOffset & 3) === 0) {
    const words = new Uint32Array(b.buffer, b.byteOffset, b.length >>> 2);
    for (let k = 0; k < words.length; k++) if (words[k] !== 0) return false;
    i = words.length << 2;
  }
  for (; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

// ---- GF(2) 32x32 matrices: column j is the image of bit j ----

function times(m: Uint32Array, v: number): number {
  let r = 0;
  for (let j = 0; v !== 0; j++, v >>>= 1) if (v & 1) r ^= m[j]!;
  return r >>> 0;
}

function square(m: Uint32Array): Uint32Array {
  const r = new Uint32Array(32);
  for (let j = 0; j < 32; j++) r[j] = times(m, m[j]!);
  return r;
}

/** the CRC register's change over one zero byte */
const ONE_ZERO = (() => {
  const m = new Uint32Array(32);
  for (let j = 0; j < 32; j++) {
    const c = (1 << j) >>> 0;
    m[j] = ((c << 8) ^ TABLE[c >>> 24]!) >>> 0;
  }
  return m;
})();

/** the change over n zero bytes, for the lengths met (a reader's pieces are mostly one size) */
const zeroRuns = new Map<number, Uint32Array>();

function zerosOperator(n: number): Uint32Array {
  let op: Uint32Array | undefined = zeroRuns.get(n);
  if (op) return op;
  // identity, then multiply in ONE_ZERO^(2^k) for each bit k of n
  let acc: Uint32Array | null = null;
  let pow: Uint32Array = ONE_ZERO;
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) {
      if (acc === null) acc = pow;
      else {
        const next = new Uint32Array(32);
        for (let j = 0; j < 32; j++) next[j] = times(pow, acc[j]!);
        acc = next;
      }
    }
    if (k > 1) pow = square(pow);
  }
  op = acc ?? new Uint32Array(32).map((_, j) => (1 << j) >>> 0);
  if (zeroRuns.size > 64) zeroRuns.clear();
  zeroRuns.set(n, op);
  return op;
}

/** POSIX cksum: the CRC of the data, then of its length (low byte first), complemented */
export class Cksum {
  private crc = 0;
  length = 0;

  add(b: Uint8Array): void {
    this.length += b.length;
    if (b.length >= 64 && allZero(b)) {
      this.crc = times(zerosOperator(b.length), this.crc);
      return;
    }
    let crc = this.crc;
    for (let i = 0; i < b.length; i++) crc = ((crc << 8) ^ TABLE[(crc >>> 24) ^ b[i]!]!) >>> 0;
    this.crc = crc;
  }

  value(): number {
    let crc = this.crc;
    for (let n = this.length; n > 0; n = Math.floor(n / 256)) crc = ((crc << 8) ^ TABLE[(crc >>> 24) ^ (n % 256)]!) >>> 0;
    return ~crc >>> 0;
  }
}

/** sum's default (BSD 4.3) checksum: rotate the 16-bit sum right by one, add the byte */
export class BsdSum {
  private sum = 0;
  length = 0;

  add(b: Uint8Array): void {
    this.length += b.length;
    if (b.length >= 64 && allZero(b)) {
      const r = b.length % 16;
      this.sum = ((this.sum >>> r) | (this.sum << (16 - r))) & 0xffff;
      return;
    }
    let s = this.sum;
    for (let i = 0; i < b.length; i++) {
      s = s & 1 ? (s >>> 1) + 0x8000 : s >>> 1;
      s = (s + b[i]!) & 0xffff;
    }
    this.sum = s;
  }

  value(): number {
    return this.sum;
  }
}

/** sum -o (System V): the bytes added in a 32-bit word, folded to 16 bits */
export class SysvSum {
  private sum = 0;
  length = 0;

  add(b: Uint8Array): void {
    this.length += b.length;
    if (b.length >= 64 && allZero(b)) return;
    let s = this.sum;
    for (let i = 0; i < b.length; i++) s += b[i]!;
    this.sum = s >>> 0;
  }

  value(): number {
    const t = (this.sum & 0xffff) + (this.sum >>> 16);
    return (t & 0xffff) + (t >>> 16);
  }
}
