// tail: writes a file from a specified point (AIX tail: one file only; -n, -c, -b, -k in lines,
// bytes, 512-byte and 1 KB blocks; +N counts from the start; -r reverses the lines; -f follows
// a file as it grows until interrupted; Solaris's /usr/bin/tail: one word +/-N[lbc][f|r], see
// tailargs.ts). A file is read from its end; a pipe is kept only as far back as the lines asked
// for need.
import { kerr } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { concat, type CommandContext, type CommandDef } from "../types.js";
import { splitLines } from "./lib.js";
import { err, errnoOf, exitAfter } from "./msg.js";
import { dataLimit, openReader, type Reader } from "./stream.js";
import { aixTailArgs, sysvTailArgs } from "./tailargs.js";

function* run(ctx: CommandContext): Co<number> {
  const argv = ctx.argv.slice(1);
  const plan = ctx.os.formats.tools?.tailSyntax === "sysv" ? sysvTailArgs(argv) : aixTailArgs(ctx, argv);
  if (plan === null) {
    err(ctx, "tail.usage");
    return 2;
  }
  const { file, fromtop, count: nTail, bylines, reverse, follow } = plan;
  const sysv = ctx.os.formats.tools?.tailSyntax === "sysv";
  let r: Reader;
  try {
    // the Sun tail open()s the word after the option: "-" is a file of that name there
    r = openReader(ctx, sysv && file === "-" ? "./-" : file);
  } catch (e) {
    err(ctx, "tail.cantopen", file!, ctx.os.strerror(errnoOf(e)));
    return exitAfter(ctx, "tail.cantopen", 1);
  }
  try {
    const canseek = r.size !== null;
    // the Sun tail maps a regular file it does not follow (readfromend: an unended last line is a
    // line) and reads anything else through its buffer (tailfromend: as AIX counts)
    const mapped = sysv && canseek && !follow;
    if (reverse) yield* sysv ? reversedAll(ctx, r, nTail, !mapped) : reversed(ctx, r, nTail);
    else {
      if (fromtop) yield* fromStart(ctx, r, nTail, bylines);
      else if (sysv && nTail <= 0) r.seek(r.size ?? 0);
      else if (bylines) yield* lastLines(ctx, r, nTail, mapped);
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

/** the last n newline-ended lines, plus any unended last line (AIX dolines; with `unendedCounts`
 *  that line is one of the n, as Solaris's readfromend counts): a file is read from its end; a
 *  stream is kept in chunks, dropping those no longer needed */
function* lastLines(ctx: CommandContext, r: Reader, n: number, unendedCounts = false): Co<void> {
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
  const keep = unendedCounts && data.length > 0 && data[data.length - 1] !== 10 ? n - 1 : n;
  while (tlines > keep && off < data.length) if (data[off++] === 10) tlines--;
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

/** the Sun tail's -r: the last n lines of the whole input, last first, each with its newline;
 *  an unended last line comes first as it is from a mapped file, with a newline from a stream
 *  (tailfromend forces one) */
function* reversedAll(ctx: CommandContext, r: Reader, n: number, addNewline: boolean): Co<void> {
  const chunks: Uint8Array[] = [];
  let held = 0;
  for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) {
    chunks.push(b);
    held += b.length;
    if (held > dataLimit(ctx)) throw kerr("ENOMEM");
  }
  const lines = splitLines(concat(chunks));
  const out: Uint8Array[] = [];
  for (let i = lines.length - 1, k = 0; i >= 0 && k < n; i--, k++) {
    out.push(lines[i]!.text);
    if (lines[i]!.nl || addNewline) out.push(NL);
    ctx.sys.charge(1);
  }
  if (out.length) yield* ctx.stdout.put(concat(out));
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
