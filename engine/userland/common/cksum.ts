// cksum: the POSIX CRC and the byte count of each file (AIX 4.1.3 cksum.c): "%u %u %s", or
// "%u %u" for standard input. Only "-?" is an option (the usage); a leading "--" is skipped; any
// other operand is a file, a missing one reported by perror as "cksum: name: text". The exit
// status counts the files that could not be opened. Files are read a piece at a time.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { Cksum } from "./checksum.js";
import { err, errnoOf, exitAfter, msg } from "./msg.js";
import { openReader, type Reader } from "./stream.js";

/** what a sum takes in */
export interface Summer {
  add(b: Uint8Array): void;
  length: number;
}

/**
 * Feed all of a stream to a sum, charging the process a step per 4 KB. A read error ends the
 * data as end of file does (stdio's fread returns short): its errno, or null.
 */
export function* feed(ctx: CommandContext, r: Reader, sum: Summer): Co<string | null> {
  for (;;) {
    let b: Uint8Array;
    try {
      b = yield* r.read(1 << 20);
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === "EINTR" || errno === "EPIPE") throw e;
      return errno;
    }
    if (b.length === 0) return null;
    sum.add(b);
    ctx.sys.charge(b.length >> 12);
  }
}

function* run(ctx: CommandContext): Co<number> {
  let args = ctx.argv.slice(1);
  if (args[0] === "-?") {
    err(ctx, "cksum.usage");
    return exitAfter(ctx, "cksum.usage", 1);
  }
  if (args[0] === "--") args = args.slice(1);
  let errors = 0;
  const files: (string | null)[] = args.length ? args : [null];
  for (const file of files) {
    let r: Reader;
    try {
      r = openReader(ctx, file);
    } catch (e) {
      err(ctx, "cksum.perror", file!, ctx.os.strerror(errnoOf(e)));
      errors++;
      continue;
    }
    const sum = new Cksum();
    try {
      yield* feed(ctx, r, sum);
    } finally {
      r.close();
    }
    // the line's layout is the system's (Solaris: tabs)
    const line = file === null ? msg(ctx, "cksum.stdin", sum.value(), sum.length) : msg(ctx, "cksum.line", sum.value(), sum.length, file);
    yield* ctx.stdout.put(line + "\n");
  }
  return errors;
}

export const cksum: CommandDef = {
  name: "cksum",
  path: "/usr/bin/cksum",
  summary: "Displays the checksum and byte count of a file.",
  run,
  man: `cksum Command

Purpose
       Displays the checksum and byte count of a file.

Syntax
       cksum [ File ... ]

Description
       The cksum command reads the files specified by the File parameter and
       calculates a 32-bit checksum Cyclic Redundancy Check (CRC) and the byte
       count for each file. If no files are specified, the standard input is
       read. The checksum, number of bytes, and file name are written to
       standard output; for standard input the file name is left out.

       The CRC is computed with the polynomial
            G(x) = x^32 + x^26 + x^23 + x^22 + x^16 + x^12 + x^11 + x^10
                   + x^8 + x^7 + x^5 + x^4 + x^2 + x + 1
       over the bytes of the file followed by its length (least significant
       byte first), as POSIX specifies, and then complemented. The cksum
       command is used to check that a file copied or transferred (an image
       written to a CD, a fix downloaded) is an exact copy of the original.

       Files of any size are read a piece at a time.

Exit Status
       0    All files were processed successfully.
       >0   The number of files that could not be opened.

Messages
       cksum: File: A file or directory in the path name does not exist.
       Usage: cksum [File ...]

Example
       To check an ISO image after copying it:
            cksum /backup/cd_image
`,
};
