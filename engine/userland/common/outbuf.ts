// Output gathered into pieces of about 32 KB before each write (stdio's buffer): a command that
// writes a line at a time does not make a write, and a trip through a pipe, per line.
import type { Co } from "../../kernel/proc/wait.js";
import { concat } from "../types.js";

const enc = new TextEncoder();
const FLUSH_AT = 32768;

export class OutBuf {
  private parts: Uint8Array[] = [];
  private size = 0;
  constructor(private write: (data: Uint8Array) => Co<void>) {}

  *add(data: Uint8Array | string): Co<void> {
    const b = typeof data === "string" ? enc.encode(data) : data;
    if (b.length === 0) return;
    this.parts.push(b);
    this.size += b.length;
    if (this.size >= FLUSH_AT) yield* this.flush();
  }

  *flush(): Co<void> {
    if (this.size === 0) return;
    const b = concat(this.parts);
    this.parts = [];
    this.size = 0;
    yield* this.write(b);
  }
}
