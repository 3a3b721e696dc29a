// tail: writes a file from a specified point (AIX tail: one file only; -n, -c, -b, -k in lines,
// bytes, 512-byte and 1 KB blocks; +N counts from the start; -r reverses the lines; -f follows
// a file as it grows until interrupted). A file is read from its end; a pipe is kept only as
// far back as the lines asked for need.
import { kerr } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { concat, type CommandContext, type CommandDef } from "../types.js";
import { splitLines } from "./lib.js";
import { err, errnoOf, exitAfter } from "./msg.js";
import { dataLimit, openReader, type Reader } from "./stream.js";

class UsageError extends Error {}

function* run(ctx: CommandContext): Co<number> {
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
  let follow = false;
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
            follow = true;
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
          else if (c === "f") follow = true;
          else if (c === "r") {
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
  let r: Reader;
  try {
    r = openReader(ctx, file);
  } catch (e) {
    err(ctx, "tail.cantopen", file!, ctx.os.strerror(errnoOf(e)));
    return exitAfter(ctx, "tail.cantopen", 1);
  }
  try {
    const canseek = r.size !== null;
    if (reverse) yield* reversed(ctx, r, nTail);
    else {
      if (fromtop) yield* fromStart(ctx, r, nTail, bylines);
      else if (bylines) yield* lastLines(ctx, r, nTail);
      else yield* lastBytes(ctx, r, nTail);
      // -f works on a file that can seek (a pipe on standard input: tail ends, as on AIX)
      if (follow && canseek && r.fd !== undefined) {
        for (;;) {
          const b = yield* r.read(4096);
          if (b.length > 0) yield* ctx.stdout.put(b);
          else yield* ctx.sys.waitWrite(r.fd);
        }
      }
    }
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === "EINTR" || errno === "EPIPE") throw e;
    if (errno === "ENOMEM") err(ctx, "tail.nomem");
    else err(ctx, "tail.perror", file ?? "-", ctx.os.strerror(errno));
    return 1;
  } finally {
    r.close();
  }
  return 0;
}

/** +N: skip N lines (or bytes), then copy the rest */
function* fromStart(ctx: CommandContext, r: Reader, n: number, bylines: boolean): Co<void> {
  let left = n;
  if (!bylines && left > 0 && r.seek(left)) left = 0;
  for (;;) {
    let b = yield* r.read();
    if (b.length === 0) return;
    if (left > 0) {
      if (bylines) {
        let i = -1;
        while (left > 0 && (i = b.indexOf(10, i + 1)) >= 0) left--;
        if (left > 0) continue;
        b = b.subarray(i + 1);
      } else {
        if (b.length <= left) {
          left -= b.length;
          continue;
        }
        b = b.subarray(left);
        left = 0;
      }
    }
    if (b.length) yield* ctx.stdout.put(b);
  }
}

/** the last n newline-ended lines, plus any unended last line (AIX dolines): a file is read
 *  from its end; a stream is kept in chunks, dropping those no longer needed */
function* lastLines(ctx: CommandContext, r: Reader, n: number): Co<void> {
  const chunks: Uint8Array[] = [];
  let held = 0;
  let tlines = 0;
  const limit = dataLimit(ctx);
  if (r.size !== null) {
    // from the end backwards, a chunk at a time, until the lines are there
    let end = r.size;
    while (end > 0 && tlines <= n) {
      const start = Math.max(0, end - 65536);
      r.seek(start);
      const parts: Uint8Array[] = [];
      for (let got = 0; got < end - start; ) {
        const b = yield* r.read(end - start - got);
        if (b.length === 0) break;
        parts.push(b);
        got += b.length;
      }
      const c = concat(parts);
      chunks.unshift(c);
      held += c.length;
      if (held > limit) throw kerr("ENOMEM");
      tlines += countNl(c);
      end = start;
    }
  } else {
    for (;;) {
      const b = yield* r.read();
      if (b.length === 0) break;
      chunks.push(b);
      held += b.length;
      tlines += countNl(b);
      while (chunks.length > 1 && tlines - countNl(chunks[0]!) >= n + 1) {
        const c = chunks.shift()!;
        tlines -= countNl(c);
        held -= c.length;
      }
      if (held > limit) throw kerr("ENOMEM");
    }
  }
  let data = concat(chunks);
  let off = 0;
  while (tlines > n && off < data.length) if (data[off++] === 10) tlines--;
  data = data.subarray(off);
  if (data.length) yield* ctx.stdout.put(data);
}

/** the last n bytes */
function* lastBytes(ctx: CommandContext, r: Reader, n: number): Co<void> {
  if (r.size !== null) {
    r.seek(Math.max(0, r.size - n));
    for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) yield* ctx.stdout.put(b);
    return;
  }
  if (n > dataLimit(ctx)) throw kerr("ENOMEM");
  const chunks: Uint8Array[] = [];
  let held = 0;
  for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) {
    chunks.push(b);
    held += b.length;
    while (chunks.length > 1 && held - chunks[0]!.length >= n) held -= chunks.shift()!.length;
  }
  const data = concat(chunks);
  const out = data.subarray(Math.max(0, data.length - n));
  if (out.length) yield* ctx.stdout.put(out);
}

/** -r: the last n lines (of the last BUFFSIZE bytes, as AIX keeps them), last first */
function* reversed(ctx: CommandContext, r: Reader, n: number): Co<void> {
  if (n <= 0) return;
  const chunks: Uint8Array[] = [];
  let held = 0;
  if (r.size !== null && r.size > BUFFSIZE) r.seek(r.size - BUFFSIZE);
  for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) {
    chunks.push(b);
    held += b.length;
    while (chunks.length > 1 && held - chunks[0]!.length >= BUFFSIZE) held -= chunks.shift()!.length;
  }
  let data = concat(chunks);
  if (data.length > BUFFSIZE) data = data.subarray(data.length - BUFFSIZE);
  const lines = splitLines(data);
  const out: Uint8Array[] = [];
  for (let i = lines.length - 1, k = 0; i >= 0 && k < n; i--, k++) out.push(lines[i]!.text, NL);
  yield* ctx.stdout.put(concat(out.length ? out : [new Uint8Array(0)]));
}

/** what tail -r keeps of its input (LINE_MAX * 10 on AIX) */
const BUFFSIZE = 20480;
const NL = new Uint8Array([10]);

function countNl(b: Uint8Array): number {
  let k = 0;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) k++;
  return k;
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
