// mkfile(1M) of Solaris 11 (usr/src/cmd/mkfile/mkfile.c): make files of a given size, filled
// with zeros (or, with -n, only their length set: the blocks are given when written). The size
// takes a unit letter k, b (512-byte blocks), m, g or t. Each file is made in turn; a failure is
// reported and the next one tried; the status is the number of files that failed. A file made is
// mode 01600 (-rw------T), as swap files want it.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

const UNITS: Record<string, number> = { k: 1024, b: 512, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** S_ISVTX + S_IRUSR + S_IWUSR */
const FILE_MODE = 0o1600;
/** what one write(2) gives: st_blksize of the file (the lab's files say 4 KB) */
const CHUNK = 4096;
/** (ulong_t)size - 1 for a size of 0: lseek to -1 */
const ULONG_MINUS_ONE = "18446744073709551615";

function usage(ctx: CommandContext): number {
  err(ctx, "mkfile.usage");
  return 1;
}

/** atoll(): blanks, a sign, the digits that follow; 0 when there are none */
function atoll(s: string): number {
  const r = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return r ? Number(r[1]) : 0;
}

/** the size operand: a unit letter at the end (then only digits before it), or a plain number */
function size(ctx: CommandContext, arg: string): number | null {
  const last = arg.at(-1) ?? "";
  if (!/[A-Za-z]/.test(last)) return atoll(arg);
  const mult = UNITS[last.toLowerCase()];
  if (mult === undefined || !/^\d*$/.test(arg.slice(0, -1))) {
    err(ctx, "mkfile.unknown", arg);
    return null;
  }
  return atoll(arg.slice(0, -1)) * mult;
}

const errnoOf = (e: unknown): Errno => {
  if (isKernelError(e)) return e.errno;
  throw e;
};

/** one file: open (O_CREAT|O_TRUNC|O_RDWR), its last byte written, then zeros from the start */
function* make(ctx: CommandContext, name: string, bytes: number, nobytes: boolean): Co<boolean> {
  let f;
  try {
    f = ctx.sys.open(name, { read: true, write: true, create: true, trunc: true }, FILE_MODE);
  } catch (e) {
    err(ctx, "mkfile.open", name, ctx.os.strerror(errnoOf(e)));
    return false;
  }
  if (bytes === 0) {
    err(ctx, "mkfile.seek", ULONG_MINUS_ONE, name, ctx.os.strerror("EINVAL"));
    f.release();
    return false;
  }
  try {
    f.pos = bytes - 1;
    f.write(new Uint8Array(1));
  } catch (e) {
    err(ctx, "mkfile.length", name, ctx.os.strerror(errnoOf(e)));
    f.release();
    return false;
  }
  if (!nobytes) {
    const zeros = new Uint8Array(CHUNK);
    let written = 0;
    f.pos = 0;
    while (written < bytes) {
      const n = Math.min(CHUNK, bytes - written);
      try {
        f.write(n === CHUNK ? zeros : zeros.subarray(0, n));
      } catch (e) {
        err(ctx, "mkfile.short", name, written, bytes, ctx.os.strerror(errnoOf(e)));
        f.release();
        return false;
      }
      written += n;
      // a step of work per block: a big file gives the processor back (and Ctrl-C its chance)
      if (ctx.sys.tick()) yield undefined;
    }
  }
  f.release();
  ctx.sys.chmod(name, FILE_MODE);
  return true;
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return usage(ctx);
  let verbose = false;
  let nobytes = false;
  // every leading word that starts with "-" is options (v, n); anything else in one is the usage
  while (args.length > 0 && args[0]!.startsWith("-")) {
    for (const c of args.shift()!.slice(1)) {
      if (c === "v") verbose = true;
      else if (c === "n") nobytes = true;
      else return usage(ctx);
    }
  }
  if (args.length < 2) return usage(ctx);
  const bytes = size(ctx, args[0]!);
  if (bytes === null) return usage(ctx);
  let errors = 0;
  for (const name of args.slice(1)) {
    if (verbose) ctx.stdout.write(msg(ctx, "mkfile.verbose", name, bytes) + "\n");
    if (!(yield* make(ctx, name, bytes, nobytes))) errors++;
  }
  return errors;
}

export const mkfile: CommandDef = {
  name: "mkfile",
  run,
  path: "/usr/sbin/mkfile",
  summary: "Makes files of a given size, filled with zeros.",
  flags: ["-n", "-v"],
  man: `mkfile Command

Purpose
       Makes files of a given size (swap files, lofi images).

Syntax
       mkfile [-nv] size[t|g|m|k|b] filename ...

Description
       mkfile makes each named file the given size, filled with zeros. The
       size is in bytes, or in terabytes, gigabytes, megabytes, kilobytes
       or 512-byte blocks with the letter t, g, m, k or b after it. A file
       that exists is truncated and made again. The files get the mode
       -rw------T (01600). The usual way to make a lofi image:

            mkfile 20m /export/u.img
            lofiadm -a /export/u.img

Flags
       -n   Sets the size only: the blocks are given when they are written.
       -v   Prints each name and its size: /export/u.img 20971520 bytes

Messages
       Usage: mkfile [-nv] <size>[t|g|k|b|m] <name1> [<name2>] ...
       unknown size 20x
       Could not open /x/y: No such file or directory
       /export/u.img: initialized 1048576 of 20971520 bytes: No space left on device

Exit Status
       The number of files that could not be made (0: all made).
`,
};
