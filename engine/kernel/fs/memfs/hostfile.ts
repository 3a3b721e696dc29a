// A host file made readable inside the lab (looplab --import HOST:LAB): read lazily, never written.
import { openSync, readSync, fstatSync } from "node:fs";

export class HostData {
  private fd: number | null = null;
  readonly size: number;
  constructor(readonly hostPath: string) {
    this.size = fstatSync(this.open()).size;
  }
  private open(): number {
    if (this.fd === null) this.fd = openSync(this.hostPath, "r");
    return this.fd;
  }
  read(offset: number, length: number): Uint8Array {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return new Uint8Array(0);
    const buf = new Uint8Array(end - offset);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(this.open(), buf, got, buf.length - got, offset + got);
      if (n <= 0) break;
      got += n;
    }
    return got === buf.length ? buf : buf.subarray(0, got);
  }
}
