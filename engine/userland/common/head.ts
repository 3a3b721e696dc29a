// head: displays the first lines (or bytes, -c) of files. Numbers as strtol reads them (0x.. hex,
// 0.. octal); more than one file gets "==> name <==" headers and a blank line between files.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err, errnoOf, exitAfter, optionsOf } from "./msg.js";
import { openReader, type Reader } from "./stream.js";

/** strtol(s, &end, 0) over the whole string; null when it is not a number or negative */
export function strtolWhole(s: string | undefined): number | null {
  if (s === undefined) return null;
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return null;
  const body = m[2]!;
  let v = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body[0] === "0" ? parseInt(body, 8) : parseInt(body, 10);
  if (m[1] === "-") v = -v;
  return v < 0 ? null : v;
}

class UsageError extends Error {}

/** the first `count` bytes of the stream */
function* firstBytes(ctx: CommandContext, r: Reader, count: number): Co<void> {
  let left = count;
  while (left > 0) {
    const b = yield* r.read(Math.min(left, 65536));
    if (b.length === 0) break;
    const part = b.length > left ? b.subarray(0, left) : b;
    left -= part.length;
    yield* ctx.stdout.put(part);
  }
}

/** the first `count` lines of the stream: whole chunks while they hold fewer newlines */
function* firstLines(ctx: CommandContext, r: Reader, count: number): Co<void> {
  let left = count;
  while (left > 0) {
    const b = yield* r.read();
    if (b.length === 0) return;
    let end = -1;
    for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) {
      if (--left === 0) {
        end = i + 1;
        break;
      }
    }
    yield* ctx.stdout.put(end < 0 ? b : b.subarray(0, end));
  }
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  let count = 10;
  let bytes = false;
  const bad = (): never => {
    throw new UsageError();
  };
  // Solaris head takes -n only (no -c); a bad letter gets getopt's line there (AIX: the usage alone)
  const letters = optionsOf(ctx, "head", "nc");
  const prog = ctx.os.formats.progname(ctx.argv[0] ?? "head");
  try {
    if (args[0]?.[0] === "+") bad();
    let endopt = false;
    while (args.length > 0 && args[0]![0] === "-" && !endopt) {
      const a = args[0]!;
      const c = a[1];
      if (c === "-") {
        if (a.length === 2) {
          args.shift();
          endopt = true;
          break;
        }
        err(ctx, "head.badnum", prog);
        bad();
      }
      // -Count (head.badnum) or -n Count (head.badcount: Solaris names the option and the value)
      const num = (v: string | undefined, id: string) => {
        const n = strtolWhole(v);
        if (n === null) {
          err(ctx, id, prog, c ?? "", v ?? "");
          bad();
        }
        return n!;
      };
      if ((c === "n" || c === "c") && letters.includes(c)) {
        if (c === "c") bytes = true;
        if (a.length === 2) {
          count = num(args[1], "head.badcount");
          args.splice(0, 2);
        } else {
          count = num(a.slice(2), "head.badcount");
          args.shift();
        }
        endopt = true;
      } else if (c !== undefined && /\d/.test(c)) {
        count = num(a.slice(1), "head.badnum");
        args.shift();
        endopt = true;
      } else {
        if (c !== undefined) err(ctx, "head.badflag", prog, c);
        bad();
      }
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(ctx, "head.usage");
    return exitAfter(ctx, "head.usage", 1);
  }
  if (args[0] === "--") args.shift();
  const files = args.length ? args : [null];
  let status = 0;
  let more = false;
  for (const f of files) {
    let r: Reader;
    try {
      r = openReader(ctx, f);
    } catch (e) {
      err(ctx, "head.perror", f!, ctx.os.strerror(errnoOf(e)));
      status = 1;
      continue;
    }
    if (more) yield* ctx.stdout.put("\n");
    more = true;
    if (files.length > 1 && f !== null) yield* ctx.stdout.put(`==> ${f} <==\n`);
    try {
      // -c: the bytes as they are, no newline added (AIX 7; 4.1's head added one)
      if (bytes) yield* firstBytes(ctx, r, count);
      else yield* firstLines(ctx, r, count);
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === "EINTR" || errno === "EPIPE") throw e;
      err(ctx, "head.perror", f ?? "-", ctx.os.strerror(errno));
      status = 1;
    } finally {
      r.close();
    }
  }
  return status;
}

export const head: CommandDef = {
  name: "head",
  path: "/usr/bin/head",
  summary: "Displays the first few lines of a file.",
  flags: ["-c", "-n"],
  run,
  man: `head Command

Purpose
       Displays the first few lines of a file.

Syntax
       head [ -Count | -c Number | -n Number ] [ File ... ]

Description
       The head command writes to standard output a specified number of lines
       or bytes of each of the specified files, or of the standard input. If no
       flag is specified with the head command, the first 10 lines are
       displayed by default. When more than one file is given, each is preceded
       by ==> File <==.

Flags
       -Count
            The number of lines from the beginning of each file to be
            displayed.
       -c Number
            Specifies the number of bytes to display.
       -n Number
            Specifies the number of lines from the beginning of each file to
            be displayed.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
