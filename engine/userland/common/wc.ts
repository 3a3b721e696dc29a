// wc: counts lines, words and bytes (AIX layout: each count as " %7ld", then " name").
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf, msg, optionsOf } from "./msg.js";
import { openReader, type Reader } from "./stream.js";
import { zeros } from "../../kernel/dev/devsw.js";

/** counts over a stream of pieces (a word may span two pieces) */
class Counter {
  lines = 0;
  words = 0;
  bytes = 0;
  private token = false;
  /** `scan`: lines or words are wanted (wc -c only counts bytes) */
  constructor(private scan = true) {}
  add(data: Uint8Array): void {
    this.bytes += data.length;
    if (!this.scan) return;
    if (data.buffer === zeros(0).buffer) {
      // /dev/zero's shared zeros: no line, and any word ends
      this.token = false;
      return;
    }
    let { lines, words, token } = this;
    for (const c of data) {
      const space = c === 32 || (c >= 9 && c <= 13);
      if (!space) {
        if (!token) {
          words++;
          token = true;
        }
        continue;
      }
      token = false;
      if (c === 10) lines++;
    }
    this.lines = lines;
    this.words = words;
    this.token = token;
  }
}

/** count a whole stream */
function* count(ctx: CommandContext, r: Reader, scan: boolean): Co<Counter> {
  const c = new Counter(scan);
  for (let b = yield* r.read(1 << 20); b.length > 0; b = yield* r.read(1 << 20)) {
    c.add(b);
    if (scan) ctx.sys.charge(b.length >> 12);
  }
  return c;
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "wc", "cklmw"));
  const f = { c: false, k: false, l: false, m: false, w: false };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "wc.usage");
      return 2;
    }
    // Solaris -C is -m
    f[(it.flag === "C" ? "m" : it.flag) as keyof typeof f] = true;
  }
  if (f.c && f.m) {
    err(ctx, "wc.usage");
    return 2;
  }
  const fmt = (l: number, w: number, b: number) => {
    const n = (x: number) => " " + String(x).padStart(7);
    if (!f.l && !f.w && !f.c && !f.m) return n(l) + n(w) + n(b);
    return (f.l ? n(l) : "") + (f.w ? n(w) : "") + (f.c || f.m ? n(b) : "");
  };
  let status = 0;
  const total = { lines: 0, words: 0, bytes: 0 };
  let filect = 0;
  const files = r.operands.length ? r.operands : [null];
  for (const file of files) {
    // read in pieces: an image of several GB is counted without holding it in memory
    let c: Counter;
    let r: Reader;
    try {
      r = openReader(ctx, file);
    } catch (e) {
      err(ctx, "wc.cantopen", file!, ctx.os.strerror(errnoOf(e)));
      status = 2;
      continue;
    }
    try {
      c = yield* count(ctx, r, !(f.c && !f.l && !f.w && !f.m));
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === "EINTR") throw e;
      err(ctx, "wc.cantread", file ?? "-", ctx.os.strerror(errno));
      status = 2;
      continue;
    } finally {
      r.close();
    }
    if (file !== null) filect++;
    total.lines += c.lines;
    total.words += c.words;
    total.bytes += c.bytes;
    ctx.stdout.write(fmt(c.lines, c.words, c.bytes) + (file === null ? "\n" : ` ${file}\n`));
  }
  if (filect >= 2) ctx.stdout.write(fmt(total.lines, total.words, total.bytes) + " " + msg(ctx, "wc.total") + "\n");
  return status;
}

export const wc: CommandDef = {
  name: "wc",
  path: "/usr/bin/wc",
  summary: "Counts the number of lines, words, bytes, or characters in a file.",
  flags: ["-c", "-k", "-l", "-m", "-w"],
  run,
  man: `wc Command

Purpose
       Counts the number of lines, words, bytes, or characters in a file.

Syntax
       wc [ -c | -m ] [ -l ] [ -w ] [ File ... ]
       wc -k [ -c ] [ -l ] [ -w ] [ File ... ]

Description
       By default, the wc command counts the number of lines, words, and bytes
       in the files specified by the File parameter. The command writes the
       number of new-line characters, words, and bytes to the standard output
       and keeps a total count for all named files. When the File parameter is
       not specified, standard input is used.

Flags
       -c   Counts bytes unless the -k flag is specified.
       -k   Counts characters.
       -l   Counts lines.
       -m   Counts characters.
       -w   Counts words. A word is defined as a string of characters
            delimited by spaces, tabs, or newline characters.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.
`,
};
