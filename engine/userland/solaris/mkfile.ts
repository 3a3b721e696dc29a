// mkfile(1M) of Solaris 11.1 (Solaris 11 source usr/src/cmd/mkfile/mkfile.c, © 2010): makes
// files of a given size, filled with zeros, for swap or — lofiadm(1M)'s third example — for a
// UFS image: `mkfile 35m /export/home/test; lofiadm -a /export/home/test; newfs /dev/rlofi/1`.
//
// What the program does, in order, for each name: open(O_CREAT|O_TRUNC|O_RDWR, 01600), seek to
// size-1 and write one byte (the length), then, unless -n, write zeros from the start in
// st_blksize pieces; close; chmod 01600 (the sticky bit marks a swap file: `-rw------T`). A file
// that fails is reported and the next name is tried; the exit status is the number of failures.
// Its options are read by hand, not getopt: each argument starting with - is a group of v and n,
// and anything else is the usage (exit 1). The size is digits with an optional last letter
// k, b (512), m, g or t in either case, after at least one digit (a letter alone is checked as
// a digit by the loop and refused); without a letter, atoll reads what digits it can.
import type { Co } from "../../kernel/proc/wait.js";
import { err, errnoOf, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

const FILE_MODE = 0o1600;
const MULT: Record<string, number> = { k: 1024, b: 512, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** zfs's st_blksize (recordsize 128K): the piece mkfile writes its zeros in */
const PIECE = 128 * 1024;

/** atoll: optional blanks and sign, then the digits it can read */
function atoll(s: string): number {
  const r = /^\s*([+-]?\d*)/.exec(s)!;
  const n = Number(r[1] === "" || r[1] === "+" || r[1] === "-" ? 0 : r[1]);
  return Number.isFinite(n) ? n : 0;
}

/** the size in bytes, or null after the "unknown size" line (the usage follows) */
function size(ctx: CommandContext, arg: string): number | null {
  const last = arg.slice(-1);
  if (!/[A-Za-z]/.test(last)) return atoll(arg);
  const mult = MULT[last.toLowerCase()];
  if (mult === undefined || !/^\d+$/.test(arg.slice(0, -1))) {
    err(ctx, "mkfile.unknownsize", arg);
    return null;
  }
  return atoll(arg.slice(0, -1)) * mult;
}

function usage(ctx: CommandContext): number {
  err(ctx, "mkfile.usage");
  return 1;
}

/** make one file; false when it failed (the message is out) */
function* make(ctx: CommandContext, name: string, bytes: number, fill: boolean): Co<boolean> {
  const fail = (id: string, e: unknown, ...more: (string | number)[]) => {
    err(ctx, id, ...more, ctx.os.strerror(errnoOf(e)));
    return false;
  };
  let f;
  try {
    f = ctx.sys.open(name, { read: true, write: true, create: true, trunc: true }, FILE_MODE);
  } catch (e) {
    return fail("mkfile.open", e, name);
  }
  try {
    if (bytes > 0) {
      f.pos = bytes - 1;
      try {
        f.write(new Uint8Array(1));
      } catch (e) {
        return fail("mkfile.setlength", e, name);
      }
    }
    if (fill) {
      f.pos = 0;
      const zeros = new Uint8Array(Math.min(PIECE, Math.max(bytes, 1)));
      for (let done = 0; done < bytes; ) {
        const n = Math.min(PIECE, bytes - done);
        try {
          f.write(n === zeros.length ? zeros : zeros.subarray(0, n));
        } catch (e) {
          return fail("mkfile.initialized", e, name, done, bytes);
        }
        done += n;
        if (ctx.sys.charge(n >> 12)) yield undefined;
      }
    }
  } finally {
    f.release();
  }
  try {
    ctx.sys.chmod(name, FILE_MODE);
  } catch {
    err(ctx, "mkfile.chmod", `0${FILE_MODE.toString(8)}`);
  }
  return true;
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return usage(ctx);
  let verbose = false;
  let fill = true;
  while (args.length && args[0]!.startsWith("-")) {
    for (const c of args.shift()!.slice(1)) {
      if (c === "v") verbose = true;
      else if (c === "n") fill = false;
      else return usage(ctx);
    }
  }
  if (args.length < 2) return usage(ctx);
  const bytes = size(ctx, args.shift()!);
  if (bytes === null) return usage(ctx);
  let errors = 0;
  for (const name of args) {
    if (verbose) yield* ctx.stdout.put(msg(ctx, "mkfile.verbose", name, bytes) + "\n");
    if (!(yield* make(ctx, name, bytes, fill))) errors++;
  }
  return errors;
}

export const mkfile: CommandDef = {
  name: "mkfile",
  path: "/usr/sbin/mkfile",
  summary: "Creates a file of a given size, filled with zeros.",
  flags: ["-n", "-v"],
  run,
  man: `mkfile Command

Purpose
       Creates a file.

Syntax
       mkfile [-nv] size[t|g|m|k|b] filename...

Description
       mkfile creates one or more files that are suitable for use as NFS-mounted
       swap areas, or as local swap areas, or as the file behind a lofi device.
       The sticky bit is set, and the file is padded with zeros by default. The
       default size is in bytes, but it can be flagged as exabytes, terabytes,
       gigabytes, megabytes, kilobytes, or blocks with t, g, m, k, or b,
       respectively.

Flags
       -n   Creates an empty filename. The size is noted, but disk blocks are
            not allocated until data is written to them.
       -v   Verbose. Reports the names and sizes of created files.

Messages
       Usage: mkfile [-nv] <size>[t|g|k|b|m] <name1> [<name2>] ...
       unknown size 10x
       Could not open /nodir/img: No such file or directory
       /export/img: initialized 1048576 of 67108864 bytes: No space left on device

Exit Status
       The number of files that could not be made; 1 after the usage.

Examples
       A UFS file system in a file, through lofi:
            mkfile 35m /export/home/test
            lofiadm -a /export/home/test
            newfs /dev/rlofi/1
            mount /dev/lofi/1 /mnt
`,
};
