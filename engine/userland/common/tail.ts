// tail: writes a file from a specified point (AIX tail: one file only; -n, -c, -b, -k in lines,
// bytes, 512-byte and 1 KB blocks; +N counts from the start; -r reverses the lines; -f is
// accepted but the lab has no growing files to follow, so tail ends after the copy).
import type { CommandContext, CommandDef } from "../types.js";
import { readAll, splitLines } from "./lib.js";
import { err, errnoOf } from "./msg.js";

class UsageError extends Error {}

function run(ctx: CommandContext): number {
  const argv = ctx.argv.slice(1);
  let cflag = false;
  let nflag = false;
  let bflag = false;
  let kflag = false;
  let fromtop = false;
  let reverse = false;
  let noReverse = false;
  let explicit = false;
  let nTail = 10;
  let bylines = true;
  let mexclusive = 0;
  let file: string | null = null;
  const usage = (): never => {
    throw new UsageError();
  };
  const setcount = (arg0: string) => {
    let arg = arg0;
    let nopref = false;
    if (cflag || bflag || kflag || nflag) {
      let p = arg;
      if (p[0] === "+" || p[0] === "-") p = p.slice(1);
      else nopref = true;
      if (!/^\d*$/.test(p)) usage();
      bylines = nflag;
    }
    if (!nopref && (arg[0] === "+" || arg[0] === "-")) arg = arg.slice(1);
    const m = /^\d+/.exec(arg);
    if (m) {
      explicit = true;
      nTail = Number(m[0]);
      arg = arg.slice(m[0].length);
    }
    if (!nflag && !cflag && !bflag && !kflag) {
      for (const ch of arg) {
        switch (ch) {
          case "l":
            bylines = true;
            break;
          case "b":
            bylines = false;
            nTail *= 512;
            mexclusive++;
            noReverse = true;
            break;
          case "k":
            bylines = false;
            nTail *= 1024;
            mexclusive++;
            noReverse = true;
            break;
          case "c":
          case "m":
            bylines = false;
            mexclusive++;
            noReverse = true;
            break;
          case "f":
            break;
          case "r":
            reverse = true;
            if (!explicit) nTail = Number.MAX_SAFE_INTEGER;
            break;
          default:
            usage();
        }
      }
    }
    if (bflag) nTail *= 512;
    if (kflag) nTail *= 1024;
    mexclusive += (cflag ? 1 : 0) + (bflag ? 1 : 0) + (kflag ? 1 : 0);
    nflag = cflag = bflag = kflag = false;
    if (explicit && fromtop && nTail > 0) nTail--;
  };
  try {
    for (let i = 0; i < argv.length; i++) {
      let arg = argv[i]!;
      const next = argv[i + 1];
      let isFile = false;
      if (arg[0] === "+") {
        fromtop = true;
        setcount(arg);
      } else if (arg[0] === "-") {
        let handled = false;
        for (;;) {
          const c = arg[1];
          if (c === "?") usage();
          else if (c === "f") {
            /* follow: the lab has no growing files; tail ends after the copy */
          } else if (c === "r") {
            reverse = true;
            if (!explicit) nTail = Number.MAX_SAFE_INTEGER;
          } else if (c === "c" || c === "m") {
            cflag = true;
            noReverse = true;
          } else if (c === "n") nflag = true;
          else if (c === "b") {
            bflag = true;
            noReverse = true;
          } else if (c === "k") {
            kflag = true;
            noReverse = true;
          } else if (c === "-" && arg.length === 2) {
            i++;
            arg = argv[i] ?? "";
            isFile = true;
            handled = true;
            break;
          } else {
            fromtop = false;
            setcount(arg);
            handled = true;
            break;
          }
          if (arg.length > 2) {
            arg = "-" + arg.slice(2);
            continue;
          }
          break;
        }
        if (!handled && !(next !== undefined && (next[0] === "-" || next[0] === "+"))) {
          if ((next === undefined || !/^\d/.test(next)) && (cflag || nflag || bflag || kflag)) {
            if (nflag) usage();
            fromtop = false;
            setcount("10");
          }
        }
      } else isFile = true;
      if (isFile) {
        if (cflag || nflag || bflag || kflag) {
          fromtop = false;
          setcount(arg);
        } else {
          if (i + 1 < argv.length || file !== null) {
            err(ctx, "tail.onefile");
            usage();
          }
          file = arg;
        }
      }
      if (mexclusive > 1) {
        err(ctx, "tail.exclusive");
        usage();
      }
      if (noReverse && reverse) usage();
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(ctx, "tail.usage");
    return 2;
  }
  if (!explicit && fromtop) nTail--;
  let data: Uint8Array;
  if (file === null) data = ctx.stdin.readAll();
  else {
    try {
      data = readAll(ctx, file);
    } catch (e) {
      err(ctx, "tail.perror", file, ctx.os.strerror(errnoOf(e)));
      return 1;
    }
  }
  if (reverse) {
    if (nTail <= 0) return 0;
    const lines = splitLines(data);
    const out: Uint8Array[] = [];
    for (let i = lines.length - 1, n = 0; i >= 0 && n < nTail; i--, n++) {
      out.push(lines[i]!.text, new Uint8Array([10]));
    }
    for (const o of out) ctx.stdout.write(o);
    return 0;
  }
  if (fromtop) {
    if (bylines) {
      const lines = splitLines(data);
      let start = 0;
      let skipped = 0;
      while (skipped < nTail && start < lines.length) {
        skipped++;
        start++;
      }
      let off = 0;
      for (let i = 0; i < start; i++) off += lines[i]!.text.length + (lines[i]!.nl ? 1 : 0);
      if (nTail === 0) off = 0;
      ctx.stdout.write(data.subarray(off));
    } else ctx.stdout.write(data.subarray(Math.min(nTail, data.length)));
    return 0;
  }
  if (bylines) {
    // the last nTail newline-ended lines, plus any unended last line (AIX dolines)
    let tlines = 0;
    for (const b of data) if (b === 10) tlines++;
    let off = 0;
    while (tlines > nTail && off < data.length) if (data[off++] === 10) tlines--;
    ctx.stdout.write(data.subarray(off));
  } else ctx.stdout.write(data.subarray(Math.max(0, data.length - nTail)));
  return 0;
}

export const tail: CommandDef = {
  name: "tail",
  path: "/usr/bin/tail",
  summary: "Writes a file to standard output, beginning at a specified point.",
  flags: ["-b", "-c", "-f", "-k", "-m", "-n", "-r"],
  run,
  man: `tail Command

Purpose
       Writes a file to standard output, beginning at a specified point.

Syntax
       tail [ -f ] [ -c Number | -n Number | -m Number | -b Number | -k Number ]
            [ File ]
       tail [ -r ] [ -n Number ] [ File ]

Description
       The tail command writes the file specified by the File parameter to
       standard output beginning at a specified point. If no file is specified,
       standard input is used. The Number variable specifies how many units to
       write; a + (plus sign) counts from the beginning of the file, a - (minus
       sign) or no sign from the end. The default is the last 10 lines. Only
       one file can be processed at a time.

Flags
       -b Number
            Reads the specified file beginning at the 512-byte block location
            indicated by the Number variable.
       -c Number
            Reads the specified file beginning at the byte location indicated
            by the Number variable.
       -f   If the input file is a regular file, the tail command does not
            terminate after the last specified unit of the input file has been
            copied, but continues to read and copy additional units.
       -k Number
            Reads the specified file beginning at the 1KB block location.
       -m Number
            Reads the specified file beginning at the multibyte character
            location.
       -n Number
            Reads the specified file beginning at the line location.
       -r   Displays the output from the end of the file in reverse order.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
