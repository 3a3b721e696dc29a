// Sparse file contents: only the 4 KB chunks that were written cost memory, so an 800 MB image
// holding 1 MB of data costs about 1 MB. Unwritten ranges (holes) read as zeros and take no
// space. Written zeros do take space, as on a real file system, but share one all-zero chunk
// in memory until something else is written there. A chunk that holds only its first bytes (the
// last of a small file: `echo x > f`) is kept as short as they are, and grows as it is written;
// the file system still counts a whole chunk of space for it.
export const CHUNK = 4096;
const ZERO = new Uint8Array(CHUNK);
/** end of file: one empty array for every read past the end (nothing can be written into it) */
const EMPTY = new Uint8Array(0);

/** who pays for the chunks: the file system's free space (throws ENOSPC when it is full) */
export interface ChunkAccount {
  take(bytes: number): void;
  give(bytes: number): void;
}

export class SparseData {
  private chunks = new Map<number, Uint8Array>();
  size = 0;

  constructor(private account: ChunkAccount | null = null) {}

  /** the allocated chunks, in order (for a file system that stores itself in an image) */
  chunkList(): [number, Uint8Array][] {
    return [...this.chunks.entries()].sort((a, b) => a[0] - b[0]).map(([i, c]) => [i, c.length === CHUNK ? c : whole(c)]);
  }

  /** the file is gone: its chunks go back to the file system */
  release(): void {
    this.account?.give(this.chunks.size * CHUNK);
    this.chunks.clear();
  }

  get allocatedBytes(): number {
    return this.chunks.size * CHUNK;
  }

  read(offset: number, length: number): Uint8Array {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return EMPTY;
    const out = new Uint8Array(end - offset);
    let pos = offset;
    while (pos < end) {
      const idx = Math.floor(pos / CHUNK);
      const within = pos - idx * CHUNK;
      const n = Math.min(CHUNK - within, end - pos);
      const chunk = this.chunks.get(idx);
      // past a short chunk's end: zeros (out starts as zeros)
      if (chunk && within < chunk.length) out.set(chunk.subarray(within, Math.min(chunk.length, within + n)), pos - offset);
      pos += n;
    }
    return out;
  }

  write(offset: number, data: Uint8Array): number {
    let pos = 0;
    while (pos < data.length) {
      const abs = offset + pos;
      const idx = Math.floor(abs / CHUNK);
      const within = abs - idx * CHUNK;
      const n = Math.min(CHUNK - within, data.length - pos);
      const piece = data.subarray(pos, pos + n);
      let chunk = this.chunks.get(idx);
      const zeros = allZero(piece);
      if (!chunk) {
        this.account?.take(CHUNK);
        chunk = zeros ? ZERO : new Uint8Array(room(within + n));
        this.chunks.set(idx, chunk);
      } else if (chunk === ZERO && !zeros) {
        chunk = new Uint8Array(CHUNK);
        this.chunks.set(idx, chunk);
      } else if (chunk !== ZERO && chunk.length < within + n) {
        const bigger = new Uint8Array(room(within + n));
        bigger.set(chunk);
        chunk = bigger;
        this.chunks.set(idx, chunk);
      }
      if (chunk !== ZERO) chunk.set(piece, within);
      pos += n;
    }
    this.size = Math.max(this.size, offset + data.length);
    return data.length;
  }

  truncate(size: number): void {
    if (size < this.size) {
      const keep = Math.ceil(size / CHUNK);
      for (const idx of [...this.chunks.keys()])
        if (idx >= keep) {
          this.chunks.delete(idx);
          this.account?.give(CHUNK);
        }
      const last = this.chunks.get(Math.floor(size / CHUNK));
      if (last && last !== ZERO) last.fill(0, size % CHUNK);
    }
    this.size = size;
  }
}

/** the length a chunk is made with to hold `n` bytes: a power of two from 64, a whole chunk
 *  from half of one */
function room(n: number): number {
  if (n > CHUNK / 2) return CHUNK;
  let r = 64;
  while (r < n) r *= 2;
  return r;
}

/** a short chunk as a whole one (its missing end is zeros) */
function whole(c: Uint8Array): Uint8Array {
  const w = new Uint8Array(CHUNK);
  w.set(c);
  return w;
}

/**
 * every byte is 0 (a plain loop: it stops at the first other byte, and costs no call per byte).
 * Aligned pieces are read eight bytes at a time: cp writes every block of a sparse image, so an
 * 800 MB CD image means 800 MB of zeros to look at.
 */
function allZero(b: Uint8Array): boolean {
  if ((b.byteOffset & 7) === 0 && (b.length & 7) === 0) {
    // two 32-bit words at a time, OR'ed: one test per 8 bytes
    const w = new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
    for (let i = 0; i < w.length; i += 2) if ((w[i]! | w[i + 1]!) !== 0) return false;
    return true;
  }
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}
