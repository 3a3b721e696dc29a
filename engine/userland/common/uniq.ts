// uniq: deletes repeated adjacent lines (AIX 4.1.3 uniq.c). -c puts each line's count before it
// ("%4d "), -d keeps only repeated lines, -u only unrepeated ones; -f skips fields (blank
// separated), -s characters, before comparing; -N and +N are the old forms of -f N and -s N.
// Input and output may be named files. Like AIX, every line must be a text line: ended by a
// newline, without a NUL, at most LINE_MAX (2048) bytes with its newline; an input whose last
// line has no newline is "not a text file". An empty input is an empty text file (POSIX): 4.1.3's
// gline refused it too, which would make every `… | sort | uniq -c` over nothing print 0653-724.
import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { toolStatus, toolUsageAfter } from "../formats.js";
import { concat, type CommandContext, type CommandDef } from "../types.js";
import { err, errnoOf } from "./msg.js";
import { OutBuf } from "./outbuf.js";
import { dataLimit, LineReader, openReader, stdinReader, type Reader } from "./stream.js";

const LINE_MAX = 2048;

/** the usage follows; why, as the status key "uniq.<why>" names it (Solaris's uniq.c exits 2
 *  after getopt's message, 1 after a bad number, 3 after exclusive options) */
class Usage extends Error {
  constructor(readonly why: "badflag" | "badnum" | "exclusive" | "toomany") {
    super(why);
  }
}
class Quit extends Error {
  constructor(readonly status: number) {
    super();
  }
}

interface Opts {
  count: boolean;
  dups: boolean;
  uniques: boolean;
  fields: number;
  chars: number;
  operands: string[];
}

/** strtoul as a 32-bit uniq sees it: the value, or null when more than digits follow */
function numberArg(ctx: CommandContext, s: string, opt: string): number {
  const m = /^\s*[+-]?\d*/.exec(s)!;
  if (m[0].length !== s.length) {
    err(ctx, "uniq.badnum", opt, s);
    throw new Usage("badnum");
  }
  const digits = m[0].trim();
  let v = Number(digits.replace(/^[+-]/, "") || "0");
  if (v > 0xffffffff) v = 0xffffffff;
  if (digits.startsWith("-") && v !== 0) v = 0x100000000 - v;
  const asInt = v | 0;
  if (asInt < 0) {
    err(ctx, "uniq.range", opt.length === 2 ? opt[1]! : opt, s);
    if (toolUsageAfter(ctx.os.formats, "uniq.range", false)) err(ctx, "uniq.usage");
    throw new Quit(1);
  }
  return Math.min(asInt, LINE_MAX);
}

/** uniq's own option loop: getopt "cdf:us:" with +N and -N taken whole where an argument starts */
function parse(ctx: CommandContext): Opts {
  const args = ctx.argv.slice(1);
  const o: Opts = { count: false, dups: false, uniques: false, fields: 0, chars: 0, operands: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a[0] === "+") o.chars = numberArg(ctx, a.slice(1), "+");
    else if (a[0] === "-" && a.length > 1 && /\d/.test(a[1]!)) o.fields = numberArg(ctx, a.slice(1), "-");
    else if (a === "--") {
      i++;
      break;
    } else if (a[0] !== "-" || a === "-") break;
    else {
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!;
        if (f === "c") o.count = true;
        else if (f === "d") o.dups = true;
        else if (f === "u") o.uniques = true;
        else if (f === "f" || f === "s") {
          let v = a.slice(j + 1);
          if (v === "") {
            if (i + 1 >= args.length) {
              err(ctx, "getopt.needarg", ctx.argv[0]!, f);
              throw new Usage("badflag");
            }
            v = args[++i]!;
          }
          const n = numberArg(ctx, v, `-${f}`);
          if (f === "f") o.fields = n;
          else o.chars = n;
          break;
        } else {
          err(ctx, "getopt.badflag", ctx.argv[0]!, f);
          throw new Usage("badflag");
        }
      }
    }
  }
  o.operands = args.slice(i);
  if (Number(o.count) + Number(o.dups) + Number(o.uniques) > 1) {
    err(ctx, "uniq.exclusive");
    throw new Usage("exclusive");
  }
  // a system without the message reads two operands and no further (Solaris's parseargs())
  if (o.operands.length > 2 && ctx.os.catalog["uniq.toomany"] !== "") {
    err(ctx, "uniq.toomany");
    throw new Usage("toomany");
  }
  return o;
}

/** the part of a line compared: after `fields` blank-separated fields and then `chars` bytes */
function key(line: Uint8Array, o: Opts): Uint8Array {
  let p = 0;
  const blank = (c: number | undefined) => c === 32 || c === 9;
  for (let f = 0; f < o.fields; f++) {
    while (p < line.length && blank(line[p])) p++;
    while (p < line.length && !blank(line[p])) p++;
  }
  return line.subarray(Math.min(line.length, p + o.chars));
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** a text line (gline): ends in a newline, holds no NUL, fits LINE_MAX */
function textLine(l: Uint8Array): boolean {
  return l[l.length - 1] === 10 && l.length <= LINE_MAX && l.indexOf(0) < 0;
}

/** a line as System V's gline() and fputs() see it: a C string (up to a NUL) and its newline;
 *  an unended last line is no line (gline meets EOF first) */
function cLine(l: Uint8Array): Uint8Array | null {
  if (l[l.length - 1] !== 10) return null;
  const z = l.indexOf(0);
  return z < 0 ? l : concat([l.subarray(0, z), NL]);
}
const NL = new Uint8Array([10]);

function* filter(ctx: CommandContext, input: Reader, out: OutBuf, o: Opts, inName: string): Co<number> {
  // a system without the "not a text file" message reads any line as gline() does (Solaris)
  const anyLine = ctx.os.catalog["uniq.nontext"] === "";
  const lines = new LineReader(input, anyLine ? dataLimit(ctx) : 1 << 16);
  /** the next line; null at the end; "bad" for a line that is not text */
  const next = function* (): Co<Uint8Array | null | "bad"> {
    try {
      const l = yield* lines.next();
      if (anyLine) return l === null ? null : cLine(l);
      return l === null || textLine(l) ? l : "bad";
    } catch (e) {
      // a line past any memory, or a read that fails (a directory): fgets sees no text line
      if (isKernelError(e, "EINTR") || isKernelError(e, "EPIPE") || !isKernelError(e)) throw e;
      return "bad";
    }
  };
  const notText = (): number => {
    err(ctx, "uniq.nontext", inName);
    return 1;
  };
  const first = yield* next();
  if (first === null) return 0;
  if (first === "bad") return notText();
  let held = first;
  let heldKey = key(held, o);
  let repeats = 0;
  const print = function* (line: Uint8Array): Co<void> {
    if (o.uniques ? repeats > 0 : o.dups && repeats === 0) return;
    if (o.count) yield* out.add(String(repeats + 1).padStart(4) + " ");
    yield* out.add(line);
  };
  for (;;) {
    const l = yield* next();
    if (l === null) break;
    if (l === "bad") {
      yield* out.flush();
      return notText();
    }
    const k = key(l, o);
    if (same(k, heldKey)) repeats++;
    else {
      yield* print(held);
      repeats = 0;
      held = l;
      heldKey = k;
    }
  }
  yield* print(held);
  return 0;
}

function* run(ctx: CommandContext): Co<number> {
  let o: Opts;
  try {
    o = parse(ctx);
  } catch (e) {
    if (e instanceof Quit) return e.status;
    if (!(e instanceof Usage)) throw e;
    err(ctx, "uniq.usage");
    return toolStatus(ctx.os.formats, `uniq.${e.why}`, 1);
  }
  const [inFile = "", outFile = ""] = o.operands;
  let input: Reader = stdinReader(ctx);
  if (inFile !== "-" && inFile !== "") {
    // a system without the message opens both: the output's truncation empties the input
    // (Solaris's freopen("w") of the file just opened for reading)
    if (inFile === outFile && ctx.os.catalog["uniq.same"] !== "") {
      err(ctx, "uniq.same");
      return 1;
    }
    try {
      input = openReader(ctx, inFile);
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      err(ctx, "uniq.cantopen", inFile, why);
      return 1;
    }
  }
  let outFd = -1;
  if (outFile !== "") {
    try {
      outFd = ctx.sys.openFd(outFile, { write: true, create: true, trunc: true });
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      input.close();
      err(ctx, "uniq.cantcreate", outFile, why);
      return 1;
    }
  }
  // the OutFile is written through stdio: a write that fails is not reported
  const toFile = function* (b: Uint8Array): Co<void> {
    try {
      yield* ctx.sys.write(outFd, b);
    } catch (e) {
      if (isKernelError(e, "EINTR") || isKernelError(e, "EPIPE") || !isKernelError(e)) throw e;
    }
  };
  const out = new OutBuf(outFd < 0 ? (b) => ctx.stdout.put(b) : toFile);
  try {
    const status = yield* filter(ctx, input, out, o, inFile);
    yield* out.flush();
    return status;
  } finally {
    input.close();
    if (outFd >= 0) ctx.sys.close(outFd);
  }
}

export const uniq: CommandDef = {
  name: "uniq",
  path: "/usr/bin/uniq",
  summary: "Deletes repeated lines in a file.",
  flags: ["-c", "-d", "-f", "-s", "-u"],
  run,
  man: `uniq Command

Purpose
       Deletes repeated lines in a file.

Syntax
       uniq [ -c | -d | -u ] [ -f Fields ] [ -s Characters ] [ -Fields ]
            [ +Characters ] [ InFile [ OutFile ] ]

Description
       The uniq command deletes repeated lines in a file. The uniq command
       reads either standard input or a file specified by the InFile
       parameter. The command first compares adjacent lines and then removes
       the second and succeeding duplications of a line. Duplicated lines must
       be adjacent. (Before issuing the uniq command, use the sort command to
       make all duplicate lines adjacent.) Finally, the uniq command writes the
       resultant unique lines either to standard output or to the file
       specified by the OutFile parameter. The InFile and OutFile parameters
       must specify different files.

       The input file must be a text file. A text file is a file that contains
       characters organized into one or more lines. The lines can neither
       exceed 2048 bytes in length (including any newline characters) nor
       contain null characters.

Flags
       -c   Precedes each output line with a count of the number of times each
            line appeared in the input file.
       -d   Displays only the repeated lines.
       -f Fields
            Ignores the number of fields specified by the Fields variable. A
            field is a string of non-blank characters separated from adjacent
            fields by blanks.
       -s Characters
            Ignores the number of characters specified by the Characters
            variable. The characters are skipped after the fields.
       -u   Displays only the unrepeated lines.
       -Fields
            Equivalent to the -f Fields flag.
       +Characters
            Equivalent to the -s Characters flag.

Exit Status
       0    The command completed successfully.
       >0   An error occurred.

Messages
       uniq: 0653-720 Specify a numeric value for option Option.
       uniq: 0653-721 Cannot open file File.
       uniq: 0653-722 Cannot create file File.
       uniq: 0653-723 Too many File operands.
       uniq: 0653-724 File is not a text file.
       uniq: 0653-725 Input and output files can not be the same.

Example
       To count the loopback devices of each state:
            lsdev -Cc loopback | awk '{print $2}' | sort | uniq -c
`,
};
