// Standard input and output as a command sees them: descriptors 0, 1 and 2 of its process.
// Output to a descriptor that is closed (>&-) goes nowhere, as ksh's `>&-` makes it; input from a
// closed one is at its end.
import { isKernelError } from "../kernel/errno.js";
import type { Sys } from "../kernel/sys.js";
import type { Co } from "../kernel/proc/wait.js";
import { concat, type In, type InputLine, type Out } from "./types.js";
import { stringMax, StringLimit } from "./limits.js";

const EMPTY = new Uint8Array(0);
const dec = new TextDecoder();

export class FdOut implements Out {
  constructor(
    private sys: Sys,
    readonly fd: number,
  ) {}
  write(data: string | Uint8Array): void {
    try {
      this.sys.writeNow(this.fd, data);
    } catch (e) {
      if (!isKernelError(e, "EBADF")) throw e;
    }
  }
  *put(data: string | Uint8Array): Co<void> {
    try {
      yield* this.sys.write(this.fd, data);
    } catch (e) {
      if (!isKernelError(e, "EBADF")) throw e;
    }
  }
  get isatty(): boolean {
    return this.sys.isatty(this.fd);
  }
}

export class FdIn implements In {
  constructor(
    private sys: Sys,
    readonly fd: number,
  ) {}
  *read(max = 65536): Co<Uint8Array> {
    try {
      return yield* this.sys.read(this.fd, max);
    } catch (e) {
      if (isKernelError(e, "EBADF")) return EMPTY;
      throw e;
    }
  }
  *readLine(): Co<InputLine | null> {
    return yield* readLineFd(this.sys, this.fd, "data");
  }
  get isatty(): boolean {
    return this.sys.isatty(this.fd);
  }
}

/** one line from a descriptor, taking nothing after its newline; null at end of file */
export function* readLineFd(sys: Sys, fd: number, kind: "data" | "command" | "continuation"): Co<InputLine | null> {
  let parts: Uint8Array[] | null = null;
  let first: Uint8Array | null = null;
  let length = 0;
  for (;;) {
    // a line without end (from /dev/zero): steps are charged, and it stops at the lab's limit
    if (first !== null) {
      if (length > stringMax(sys.machine)) throw new StringLimit(stringMax(sys.machine));
      if (sys.tick()) yield undefined;
    }
    let chunk: Uint8Array;
    try {
      chunk = yield* sys.read(fd, 65536, { line: true, kind });
    } catch (e) {
      if (isKernelError(e, "EBADF")) chunk = EMPTY;
      else throw e;
    }
    if (chunk.length === 0) {
      if (first === null) return null;
      return { text: dec.decode(join(first, parts)), newline: false };
    }
    length += chunk.length;
    if (first === null) first = chunk;
    else (parts ??= []).push(chunk);
    if (chunk[chunk.length - 1] === 10) {
      const all = join(first, parts);
      return { text: dec.decode(all.subarray(0, all.length - 1)), newline: true };
    }
  }
}

function join(first: Uint8Array, rest: Uint8Array[] | null): Uint8Array {
  return rest === null ? first : concat([first, ...rest]);
}
