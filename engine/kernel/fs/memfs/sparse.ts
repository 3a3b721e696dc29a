// Sparse file contents: only the 4 KB chunks that were written cost memory, so an 800 MB image
// holding 1 MB of data costs about 1 MB. Unwritten ranges read as zeros.
export const CHUNK = 4096;

export class SparseData {
  private chunks = new Map<number, Uint8Array>();
  size = 0;

  get allocatedBytes(): number {
    return this.chunks.size * CHUNK;
  }

  read(offset: number, length: number): Uint8Array {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return new Uint8Array(0);
    const out = new Uint8Array(end - offset);
    let pos = offset;
    while (pos < end) {
      const idx = Math.floor(pos / CHUNK);
      const within = pos - idx * CHUNK;
      const n = Math.min(CHUNK - within, end - pos);
      const chunk = this.chunks.get(idx);
      if (chunk) out.set(chunk.subarray(within, within + n), pos - offset);
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
      // A write of zeros into a hole keeps the hole (what cp --sparse and dd conv=sparse rely on).
      if (!chunk && piece.every((b) => b === 0)) {
        pos += n;
        continue;
      }
      if (!chunk) {
        chunk = new Uint8Array(CHUNK);
        this.chunks.set(idx, chunk);
      }
      chunk.set(piece, within);
      pos += n;
    }
    this.size = Math.max(this.size, offset + data.length);
    return data.length;
  }

  truncate(size: number): void {
    if (size < this.size) {
      const keep = Math.ceil(size / CHUNK);
      for (const idx of [...this.chunks.keys()]) if (idx >= keep) this.chunks.delete(idx);
      const last = this.chunks.get(Math.floor(size / CHUNK));
      if (last) last.fill(0, size % CHUNK);
    }
    this.size = size;
  }
}
