// pg: formats files to the terminal a page at a time (AIX 4.1.3 pg.c). Off the terminal it copies
// (a header before each of several files). On the terminal it writes a page (LINES less one
// lines, or -Number) and prompts with ":" (or the -p string, %d the page number) for a command
// line: Enter (or +1) the next page, l the next line, d half a page, . the page again, $ the last
// page, n and p the next and previous file, h help, q quits. At the end of a file it says (EOF):
// unless -e. A new page starts with the last line of the one before. Long lines fold at the
// terminal's width unless -f.
import type { Co } from "../../kernel/proc/wait.js";
import { toolOptstring } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err, errnoOf, msg } from "./msg.js";
import { BELL, ERASE_LINE, fileHeader, Keyboard, ScreenLines, screenRows, takeSignal } from "./pager.js";
import { readPgCommand } from "./pgkeys.js";
import { isKernelError } from "../../kernel/errno.js";
import { openReader, type Reader } from "./stream.js";
import { pgHelp, pgMan } from "./pgman.js";

interface PgOpts {
  window: number;
  /** -n: a command letter ends the command (no Enter) */
  nflag: boolean;
  prompt: string;
  eofPause: boolean;
  fold: boolean;
  names: (string | null)[];
}

class PgUsage extends Error {}

/** pg's own option loop: -Number, -p String, -c -e -f -n -s, +Line, +/Pattern/ */
function parse(ctx: CommandContext): PgOpts {
  const o: PgOpts = { window: 0, nflag: false, prompt: ":", eofPause: true, fold: true, names: [] };
  const args = ctx.argv.slice(1);
  // a system whose pg reads its letters with getopt (Solaris's pg.c: "cefnrsp:") says which one
  // it refuses before the usage; AIX's pg prints the usage alone
  const letters = toolOptstring(ctx.os.formats, "pg", "");
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-") break;
    if (a === "--") {
      i++;
      break;
    }
    if (a[0] === "+") {
      if (!/^\+(\/.*|\d*)$/.test(a)) throw new PgUsage();
      continue;
    }
    if (a[0] !== "-") break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (/\d/.test(c)) {
        const m = /^\d+$/.exec(a.slice(j));
        if (!m) throw new PgUsage();
        o.window = Number(m[0]);
        break;
      } else if (c === "e") o.eofPause = false;
      else if (c === "f") o.fold = false;
      else if (c === "n") o.nflag = true;
      else if (c === "c" || c === "s") continue;
      else if (c === "p") {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) throw new PgUsage();
        o.prompt = v;
        break;
      } else if (letters.includes(c)) continue;
      else {
        if (letters !== "") err(ctx, "getopt.badflag", ctx.argv[0]!, c);
        throw new PgUsage();
      }
    }
  }
  o.names = args.slice(i).map((f) => (f === "-" || f === "" ? null : f));
  if (o.names.length === 0) o.names = [null];
  return o;
}

/** a file for pg, or its message */
function open(ctx: CommandContext, name: string | null): Reader | null {
  try {
    if (name !== null && ctx.sys.stat(name).type === "VDIR") {
      err(ctx, "pg.isdir", name);
      return null;
    }
    return openReader(ctx, name);
  } catch (e) {
    err(ctx, "pg.perror", name ?? "-", ctx.os.strerror(errnoOf(e)));
    return null;
  }
}

/** what a command asks for: lines to skip and to show, or another action */
type Action = { skip: number; show: number } | "again" | "end" | "help" | "next" | "prev" | "quit";

/** a command line typed at the prompt; null when it means nothing (pg beeps) */
function command(text: string, window: number): Action | null {
  const m = /^\s*([+-]?)(\d*)\s*(.?)\s*$/.exec(text);
  if (!m || m[1] === "-") return null;
  const n = m[2] ? Number(m[2]) : 0;
  if (m[2] && !m[1] && m[3] !== "l" && m[3] !== "w" && m[3] !== "z") return null;
  switch (m[3]) {
    case "":
      return { skip: (Math.max(n, 1) - 1) * (window - 1), show: window - 1 };
    case "l":
      return { skip: 0, show: Math.max(n, 1) };
    case "d":
    case "\x04":
      return { skip: 0, show: Math.floor(window / 2) };
    case "f":
      return { skip: Math.max(n, 1) * (window - 1) - 1, show: window };
    case ".":
    case "\x0c":
      return "again";
    case "$":
      return "end";
    case "h":
      return "help";
    case "n":
      return "next";
    case "p":
      return "prev";
    case "q":
    case "Q":
      return "quit";
    default:
      return null;
  }
}

/** the prompt: -p's string with %d the page number */
function promptText(o: PgOpts, lastLine: number): string {
  const page = Math.min(Math.floor((lastLine - 2) / (o.window - 1)) + 1, 999999);
  return o.prompt.replace("%d", String(Math.max(page, 1)));
}

type Leave = "next" | "prev" | "quit";

/** one file on the terminal, page by page */
class Pager {
  private src: ScreenLines;
  /** the last page's lines (for . and $) */
  private page: Uint8Array[] = [];
  private last = 0;
  private eof = false;

  constructor(
    private ctx: CommandContext,
    private kb: Keyboard,
    r: Reader,
    private o: PgOpts,
  ) {
    this.src = new ScreenLines(r, ctx.columns, o.fold);
  }

  /** read `skip` lines unseen (saying so), then show `show` lines; false at the end */
  private *advance(skip: number, show: number): Co<void> {
    const ctx = this.ctx;
    let said = false;
    for (let k = 0; k < skip + show; k++) {
      const l = yield* this.src.next();
      if (l === null) {
        this.eof = true;
        return;
      }
      this.last++;
      this.page.push(l.text);
      if (this.page.length > this.o.window) this.page.shift();
      if (k < skip) continue;
      if (skip > 0 && !said) {
        yield* ctx.stdout.put(msg(ctx, "pg.skipfw") + "\n");
        said = true;
      }
      yield* ctx.stdout.put(l.text);
    }
  }

  /** $: read to the end and show the last page */
  private *toEnd(): Co<void> {
    const before = this.last;
    for (let l = yield* this.src.next(); l !== null; l = yield* this.src.next()) {
      this.last++;
      this.page.push(l.text);
      if (this.page.length > this.o.window) this.page.shift();
    }
    this.eof = true;
    if (this.last - this.page.length > before) yield* this.ctx.stdout.put(msg(this.ctx, "pg.skipfw") + "\n");
    const fresh = Math.min(this.page.length, this.last - before);
    for (const l of this.page.slice(this.page.length - fresh)) yield* this.ctx.stdout.put(l);
  }

  /** page the file: what to do next ("next", "prev", "quit") */
  *run(first: boolean, lastFile: boolean): Co<Leave> {
    const ctx = this.ctx;
    const o = this.o;
    let note = "";
    let start = true;
    let reading = false;
    for (;;) {
      try {
        if (start) {
          start = false;
          yield* this.advance(0, o.window);
          if (this.eof && (!o.eofPause || this.last === 0)) return "next";
        }
        reading = true;
        const typed = yield* readPgCommand(ctx, this.kb, note + (this.eof ? msg(ctx, "pg.eof") : "") + promptText(o, this.last), o.nflag);
        reading = false;
        note = "";
        if (typed === null) {
          yield* ctx.stdout.put(ERASE_LINE + "\r");
          return "quit";
        }
        const r = yield* this.act(typed, first, lastFile);
        if (r !== null && "note" in r) note = r.note;
        else if (r !== null) return r.leave;
      } catch (e) {
        if (!isKernelError(e, "EINTR")) throw e;
        // pg.c on_brk: Ctrl-C or Ctrl-\ at the prompt ends pg; while a page is written, the
        // page stops there (with the bell) and the prompt comes. Ctrl-Z: pg stops with the
        // terminal as it was, then shows the page again.
        const sig = takeSignal(ctx);
        if (sig === "SIGTSTP") {
          yield* ctx.stdout.put(ERASE_LINE + "\r");
          yield* this.kb.suspend();
          for (const l of this.page) yield* ctx.stdout.put(l);
        } else if (reading) {
          // end_it: the prompt's line is taken away
          yield* ctx.stdout.put(ERASE_LINE + "\r");
          return "quit";
        } else yield* ctx.stdout.put(BELL);
      }
    }
  }

  /** a command: the file is left, or a note shows before the prompt; null to go on */
  private *act(typed: string, first: boolean, lastFile: boolean): Co<{ leave: Leave } | { note: string } | null> {
    const ctx = this.ctx;
    const a = command(typed, this.o.window);
    if (a === null) {
      yield* ctx.stdout.put(BELL);
      return null;
    }
    if (typeof a === "object") {
      if (this.eof) return { leave: "next" };
      yield* this.advance(a.skip, a.show);
      return this.eof && !this.o.eofPause ? { leave: "next" } : null;
    }
    if (a === "again") for (const l of this.page) yield* ctx.stdout.put(l);
    else if (a === "help") yield* ctx.stdout.put(pgHelp);
    else if (a === "end") {
      if (!this.eof) yield* this.toEnd();
    } else if (a === "next" && lastFile) return { note: msg(ctx, "pg.nonext") };
    else if (a === "prev" && first) return { note: msg(ctx, "pg.noprev") };
    else return { leave: a };
    return null;
  }
}

function* run(ctx: CommandContext): Co<number> {
  let o: PgOpts;
  try {
    o = parse(ctx);
  } catch (e) {
    if (!(e instanceof PgUsage)) throw e;
    err(ctx, "pg.usage");
    return 1;
  }
  if (o.window === 0) o.window = screenRows(ctx) - 1;
  const kb = ctx.sys.isatty(1) ? Keyboard.open(ctx) : null;
  if (kb === null) return yield* copy(ctx, o);
  try {
    // pg.c terminit: ICANON and ECHO off; Ctrl-C, Ctrl-\ and Ctrl-Z are caught
    yield* kb.keys(["SIGINT", "SIGQUIT", "SIGTSTP"]);
    try {
      return yield* pageAll(ctx, kb, o);
    } finally {
      yield* kb.restore();
    }
  } finally {
    kb.close();
  }
}

/** not a terminal: the files one after the other, a header before each of several */
function* copy(ctx: CommandContext, o: PgOpts): Co<number> {
  let status = 0;
  for (const name of o.names) {
    const r = open(ctx, name);
    if (r === null) {
      status = 1;
      continue;
    }
    try {
      if (o.names.length > 1) yield* ctx.stdout.put(fileHeader(name!));
      for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) yield* ctx.stdout.put(b);
    } finally {
      r.close();
    }
  }
  return status;
}

/** the files on the terminal, page by page; each after the first behind (Next file: name) */
function* pageAll(ctx: CommandContext, kb: Keyboard, o: PgOpts): Co<number> {
  let status = 0;
  for (let i = 0; i < o.names.length; ) {
    const name = o.names[i]!;
    const r = open(ctx, name);
    if (r === null) {
      status = 1;
      i++;
      continue;
    }
    let next: Leave = "next";
    try {
      if (i > 0) {
        const typed = yield* readPgCommand(ctx, kb, msg(ctx, "pg.nextfile", name ?? "-"), o.nflag);
        if (typed === null) yield* ctx.stdout.put(ERASE_LINE + "\r");
        if (typed === null || /^\s*[qQ]\s*$/.test(typed)) return status;
      }
      next = yield* new Pager(ctx, kb, r, o).run(i === 0, i === o.names.length - 1);
    } catch (e) {
      if (!isKernelError(e, "EINTR")) throw e;
      takeSignal(ctx);
      yield* ctx.stdout.put(ERASE_LINE + "\r");
      next = "quit";
    } finally {
      r.close();
    }
    if (next === "quit") break;
    i = next === "prev" ? Math.max(0, i - 1) : i + 1;
  }
  return status;
}

export const pg: CommandDef = {
  name: "pg",
  path: "/usr/bin/pg",
  summary: "Formats files to the display.",
  flags: ["-c", "-e", "-f", "-n", "-p", "-s"],
  run,
  man: pgMan,
};

