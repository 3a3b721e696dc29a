// An in-memory BlockDevice for tests: from a Uint8Array (shared, not copied) or sparse, from
// chunks and a size (unwritten ranges read as zeros and cost nothing). Counts its I/O.
import type { BlockDevice, IoStats } from "../../engine/kernel/dev/blockdev.js";
import { kerr } from "../../engine/kernel/errno.js";

const PAGE = 65536;

export interface MemBlockDeviceOptions {
  name?: string;
  major?: number;
  minor?: number;
  blockSize?: number;
  readonly?: boolean;
}

export interface SparseImage {
  size: number;
  chunks: readonly { offset: number; data: Uint8Array }[];
}

export class MemBlockDevice implements BlockDevice {
  readonly name: string;
  readonly major: number;
  readonly minor: number;
  readonly blockSize: number;
  readonly readonly: boolean;
  readonly stats: IoStats = { reads: 0, writes: 0, bytesRead: 0, bytesWritten: 0 };
  /** the longest single read so far, in bytes */
  largestRead = 0;
  private readonly pages = new Map<number, Uint8Array>();
  private readonly bytes: number;

  constructor(src: Uint8Array | SparseImage, opts: MemBlockDeviceOptions = {}) {
    this.name = opts.name ?? "memdisk0";
    this.major = opts.major ?? 99;
    this.minor = opts.minor ?? 0;
    this.blockSize = opts.blockSize ?? 512;
    this.readonly = opts.readonly ?? false;
    if (src instanceof Uint8Array) {
      this.bytes = src.length;
      for (let p = 0; p * PAGE < src.length; p++) this.pages.set(p, src.subarray(p * PAGE, (p + 1) * PAGE));
    } else {
      this.bytes = src.size;
      for (const c of src.chunks) this.poke(c.offset, c.data);
    }
  }

  size(): number {
    return this.bytes;
  }

  read(offset: number, length: number): Uint8Array {
    this.stats.reads++;
    if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) throw kerr("EINVAL");
    const end = Math.min(this.bytes, offset + length);
    if (end <= offset) return new Uint8Array(0);
    const out = new Uint8Array(end - offset);
    for (let pos = offset; pos < end; ) {
      const p = Math.floor(pos / PAGE);
      const inPage = pos - p * PAGE;
      const n = Math.min(end - pos, PAGE - inPage);
      const page = this.pages.get(p);
      if (page && inPage < page.length) out.set(page.subarray(inPage, Math.min(page.length, inPage + n)), pos - offset);
      pos += n;
    }
    this.stats.bytesRead += out.length;
    this.largestRead = Math.max(this.largestRead, out.length);
    return out;
  }

  write(offset: number, data: Uint8Array): void {
    if (this.readonly) throw kerr("EROFS");
    if (offset < 0 || !Number.isSafeInteger(offset) || offset + data.length > this.bytes) throw kerr("EIO");
    this.stats.writes++;
    this.stats.bytesWritten += data.length;
    this.poke(offset, data);
  }

  /** the bytes actually stored (pages touched), to show an image stays sparse */
  allocatedBytes(): number {
    let n = 0;
    for (const p of this.pages.values()) n += p.length;
    return n;
  }

  private poke(offset: number, data: Uint8Array): void {
    if (offset < 0 || offset + data.length > this.bytes) throw kerr("EIO");
    for (let i = 0; i < data.length; ) {
      const pos = offset + i;
      const p = Math.floor(pos / PAGE);
      const inPage = pos - p * PAGE;
      const n = Math.min(data.length - i, PAGE - inPage);
      let page = this.pages.get(p);
      const want = Math.min(PAGE, this.bytes - p * PAGE);
      if (!page || page.length < want) {
        const full = new Uint8Array(want);
        if (page) full.set(page);
        page = full;
        this.pages.set(p, page);
      }
      page.set(data.subarray(i, i + n), inPage);
      i += n;
    }
  }
}
