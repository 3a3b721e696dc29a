// cut: writes out selected bytes, characters or fields of each line (AIX 4.1.3 cut.c). The list
// is numbers and ranges (1,3-5,7-, -3) separated by commas or blanks; what is selected is their
// union, written in the order of the line. -f splits at the -d character (a tab by default): a
// kept field keeps its delimiter, the last one kept loses it; a line without the delimiter is
// written whole unless -s. As on AIX, a last line without its newline is not written, and a
// line is written up to its first NUL (puts). The lab's locale (en_US, ISO8859-1) has one byte
// per character, so -c and -b select the same.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { toolStatus } from "../formats.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf } from "./msg.js";
import { OutBuf } from "./outbuf.js";
import { LineReader, openReader, type Reader } from "./stream.js";

/** as many ranges as cut.c keeps (MAX_ARGS) */
const MAX_RANGES = 512;

/** a range of positions, 1-based; high -1 is "to the end of the line" */
interface Range {
  low: number;
  high: number;
}

class ListError extends Error {
  constructor(readonly id: "cut.badlist" | "cut.badorder" | "cut.maxargs") {
    super(id);
  }
}

/** the list as cut.c reads it: digits accumulate; '-' closes a low end; ',', blank or the end
 *  closes a range (an absent or zero number is 1 on the low side, the end on the high side) */
export function parseList(list: string): Range[] {
  const out: Range[] = [];
  let temp = 0;
  let inRange = false;
  let low = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list[i]! : "\0";
    if (c === "-") {
      if (out.length >= MAX_RANGES) throw new ListError("cut.maxargs");
      inRange = true;
      low = temp === 0 ? 1 : temp;
      temp = 0;
    } else if (c === "\0" || c === "\t" || c === " " || c === ",") {
      if (out.length >= MAX_RANGES) throw new ListError("cut.maxargs");
      if (inRange) {
        const high = temp === 0 ? -1 : temp;
        if (high !== -1 && high < low) throw new ListError("cut.badorder");
        out.push({ low, high });
      } else out.push({ low: temp, high: temp });
      inRange = false;
      temp = 0;
    } else if (c >= "0" && c <= "9") temp = temp * 10 + (c.charCodeAt(0) - 48);
    else throw new ListError("cut.badlist");
  }
  return out;
}

function selected(ranges: readonly Range[], n: number): boolean {
  for (const r of ranges) if (n >= r.low && (r.high === -1 || n <= r.high)) return true;
  return false;
}

/** one line (with its newline) cut by position: the bytes kept, or null for none */
function byPosition(line: Uint8Array, ranges: readonly Range[]): Uint8Array {
  const end = line.length - 1;
  const out: number[] = [];
  for (let i = 0; i < end; i++) if (selected(ranges, i + 1)) out.push(line[i]!);
  return Uint8Array.from(out);
}

/**
 * One line cut by fields (null when -s suppresses it). cut.c keeps each selected field with what
 * ends it (its delimiter, or the newline for the last, none for an empty last field after a
 * delimiter), then overwrites the last byte kept with the string's end: so the last delimiter
 * kept goes, and with it the newline.
 */
function byField(line: Uint8Array, ranges: readonly Range[], delim: number, suppress: boolean): Uint8Array | null {
  const body = line.subarray(0, line.length - 1);
  if (body.indexOf(delim) < 0) return suppress ? null : body;
  const kept: number[] = [];
  let field = 1;
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== delim) continue;
    if (selected(ranges, field)) {
      for (let k = start; k < i; k++) kept.push(body[k]!);
      if (i < body.length) kept.push(delim);
      else if (i > start || body[i - 1] !== delim) kept.push(10);
    }
    field++;
    start = i + 1;
  }
  kept.pop();
  return Uint8Array.from(kept);
}

/** the lines of a file, cut; a read that fails (a directory) ends the file, as fgetc's EOF does */
function* cutFile(ctx: CommandContext, r: Reader, out: OutBuf, cut: (line: Uint8Array) => Uint8Array | null): Co<void> {
  const lines = new LineReader(r);
  const next = function* (): Co<Uint8Array | null> {
    try {
      return yield* lines.next();
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === "EINTR" || errno === "EPIPE") throw e;
      return null;
    }
  };
  for (let l = yield* next(); l !== null; l = yield* next()) {
    if (l[l.length - 1] !== 10) break;
    ctx.sys.charge(l.length >> 12);
    const kept = cut(l);
    if (kept === null) continue;
    const nul = kept.indexOf(0);
    yield* out.add(nul < 0 ? kept : kept.subarray(0, nul));
    yield* out.add("\n");
  }
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "c:f:b:nd:s");
  const f = { c: 0, f: 0, b: 0, n: false, d: false, s: false };
  let list = "";
  let option = "";
  let delim = 9;
  const usage = () => {
    err(ctx, "cut.usage");
    return toolStatus(ctx.os.formats, "cut.usage", 1);
  };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage();
    }
    if (it.flag === "c" || it.flag === "f" || it.flag === "b") {
      f[it.flag]++;
      list = it.value!;
      option = it.flag;
    } else if (it.flag === "d") {
      f.d = true;
      delim = it.value!.length ? it.value!.charCodeAt(0) & 0xff : 0;
    } else if (it.flag === "n") f.n = true;
    else f.s = true;
  }
  const modes = (f.c ? 1 : 0) + (f.f ? 1 : 0) + (f.b ? 1 : 0);
  if (modes !== 1 || (f.s && !f.f) || (f.d && !f.f) || (f.n && !f.b)) return usage();
  let ranges: Range[];
  try {
    ranges = parseList(list);
  } catch (e) {
    if (!(e instanceof ListError)) throw e;
    err(ctx, e.id, option);
    return 2;
  }
  const cut = f.f ? (l: Uint8Array) => byField(l, ranges, delim, f.s) : (l: Uint8Array) => byPosition(l, ranges);
  const out = new OutBuf((b) => ctx.stdout.put(b));
  let status = 0;
  const files = r.operands.length ? r.operands : [null];
  for (const file of files) {
    let rd: Reader;
    try {
      rd = openReader(ctx, file);
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      yield* out.flush();
      err(ctx, "cut.cantopen", file!, why);
      status = 1;
      continue;
    }
    try {
      yield* cutFile(ctx, rd, out, cut);
    } finally {
      rd.close();
    }
  }
  yield* out.flush();
  return status;
}

export const cut: CommandDef = {
  name: "cut",
  path: "/usr/bin/cut",
  summary: "Writes out selected bytes, characters, or fields from each line of a file.",
  flags: ["-b", "-c", "-d", "-f", "-n", "-s"],
  run,
  man: `cut Command

Purpose
       Writes out selected bytes, characters, or fields from each line of a
       file.

Syntax
       cut { -b List [ -n ] | -c List | -f List [ -d Character ] [ -s ] }
           [ File ... ]

Description
       The cut command writes to standard output selected bytes, characters,
       or fields from each line of a file. The list is a comma- or
       blank-separated list of numbers and ranges in increasing order: 1,4,7
       selects the first, fourth and seventh; 1-3,8 the first three and the
       eighth; -5,10 the first five and the tenth; 3- the third to the last.
       If no file is named, or a file is -, standard input is read.

Flags
       -b List
            Specifies byte positions.
       -c List
            Specifies character positions. For example, if you specify -c
            1-72, the cut command writes out the first 72 characters in each
            line of the file.
       -d Character
            Uses the character specified by the Character variable as the
            field delimiter when you specify the -f flag. You must put quotation
            marks around characters with special meaning to the shell, such as
            the space character.
       -f List
            Specifies a list of fields assumed to be separated in the file by a
            delimiter character, which is by default the tab character. For
            example, if you specify -f 1,7, the cut command writes out only the
            first and seventh fields of each line. If a line contains no field
            delimiters, the cut command passes them through intact (useful for
            table subheadings), unless you specify the -s flag.
       -n   Suppresses splitting of multibyte characters.
       -s   Suppresses lines that do not contain delimiter characters. Use only
            with the -f flag.

Exit Status
       0    All input files were successfully processed.
       >0   An error occurred.

Messages
       cut: 0653-132 Cannot open File.
       cut: 0653-135 The list arguments following the Option option are not
            correct.
       cut: 0653-136 Too many list arguments for the Option option.

Examples
       To list the names of the loopback devices:
            lsdev -Cc loopback | cut -d' ' -f1
       To display the login names and full user names:
            cut -f1,5 -d: /etc/passwd
`,
};
