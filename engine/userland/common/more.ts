// more: shows files a screen at a time. When standard output is not a terminal it copies them
// (with a header before each of several files), like cat. On the terminal it puts the terminal
// in non-canonical mode without echo (its keys come one by one, and nothing typed shows), writes
// a screen (LINES less two lines, or -n Number) and waits at --More--(NN%) (the part of the file
// shown so far; --More-- for a pipe) for a key: Space a screen more, Enter a line, d half a
// screen, b back a screen, /pattern, n, =, h, q … (morecmd.ts). A command is its key: nothing
// waits for Enter, and what is typed after q goes to the shell. The prompt is taken away before
// what follows (a carriage return and clear to the end of the line). At the end of the last
// file more ends. Long lines are folded at the terminal's width. Ctrl-C quits and Ctrl-Z stops
// it, with the terminal set back first.
import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { decode, PromptLine, readCommand, type MoreAction } from "./morecmd.js";
import { MoreFile, type MoreOpts } from "./morefile.js";
import { moreHelp, moreMan } from "./moreman.js";
import { err, errnoOf, msg } from "./msg.js";
import { BELL, editLine, fileHeader, Keyboard, screenRows, takeSignal } from "./pager.js";
import { compileRegex, RegexError, type Regex } from "./re.js";
import { openReader, type Reader } from "./stream.js";

/** open a file for more, or its message (a directory is not shown) */
function open(ctx: CommandContext, name: string | null): Reader | null {
  try {
    if (name !== null && ctx.sys.stat(name).type === "VDIR") {
      err(ctx, "more.isdir", name);
      return null;
    }
    return openReader(ctx, name);
  } catch (e) {
    err(ctx, "more.cantopen", name ?? "-", ctx.os.strerror(errnoOf(e)));
    return null;
  }
}

/** not a terminal: copy each file */
function* copy(ctx: CommandContext, names: (string | null)[]): Co<number> {
  let status = 0;
  for (const name of names) {
    const r = open(ctx, name);
    if (r === null) {
      status = 1;
      continue;
    }
    try {
      if (names.length > 1) yield* ctx.stdout.put(fileHeader(name!));
      for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) yield* ctx.stdout.put(b);
    } finally {
      r.close();
    }
  }
  return status;
}

/** what paging is about: the terminal, the options, the last search, where in the file list */
interface Pager {
  ctx: CommandContext;
  kb: Keyboard;
  line: PromptLine;
  o: MoreOpts;
  search: { re: Regex; forward: boolean; want: boolean } | null;
  names: (string | null)[];
}

type Leave = "next" | "prev" | "quit";

/** a message on the prompt's line until a key is pressed; a key other than Enter is the next
 *  command (output.c error()) */
function* say(p: Pager, text: string): Co<void> {
  yield* p.line.show(text + "  " + msg(p.ctx, "more.pressreturn"));
  const k = yield* p.kb.key();
  if (k !== null && k !== "\n" && k !== "\r") p.kb.unread(k);
}

/** = : the file's name, its place in the list, the line and byte after the screen */
function statLine(p: Pager, f: MoreFile, index: number): string {
  const ctx = p.ctx;
  const name = p.names[index] ?? msg(ctx, "more.stdin");
  const pipe = f.reader.size === null;
  const at = f.position();
  let s = name + ":";
  if (!pipe) s += msg(ctx, "more.statfile", index + 1, p.names.length);
  s += msg(ctx, "more.statline", at.line) + msg(ctx, "more.statbyte", at.byte);
  if (!pipe && f.reader.size) s += msg(ctx, "more.statpercent", f.reader.size, Math.floor((100 * at.byte) / f.reader.size));
  return s;
}

/** the prompt after a screen */
function promptText(p: Pager, f: MoreFile): string {
  const pct = f.percent();
  return `--More--${pct === null ? "" : `(${pct}%)`}` + (p.o.verbose ? msg(p.ctx, "more.help") : "");
}

/** /pattern or ?pattern typed on the prompt's line (more echoes it), and the search */
function* searchFor(p: Pager, f: MoreFile, forward: boolean, count: number): Co<Leave | null> {
  const mark = forward ? "/" : "?";
  yield* p.line.show(mark);
  // /!pattern: the lines that do not match
  let want = true;
  const k = yield* p.kb.key();
  if (k === "!") {
    want = false;
    yield* p.line.show("!" + mark);
  } else if (k !== null) p.kb.unread(k);
  const typed = yield* editLine(p.ctx, p.kb);
  if (typed.end === "eof") return "quit";
  if (typed.end !== "enter") return null;
  if (typed.text !== "") {
    try {
      p.search = { re: compileRegex(typed.text, { ere: true, icase: p.o.caseless }), forward, want };
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      yield* say(p, msg(p.ctx, "more.badpattern"));
      return null;
    }
  } else if (p.search === null) {
    yield* say(p, msg(p.ctx, "more.noprevre"));
    return null;
  } else p.search = { ...p.search, forward, want };
  return yield* found(p, f, forward, count);
}

/** the n-th match of the last search shown at the screen's third line, or Pattern not found */
function* found(p: Pager, f: MoreFile, forward: boolean, count: number): Co<null> {
  const at = yield* f.search(p.search!.re, forward, count || 1, p.search!.want);
  if (at === null) {
    yield* say(p, msg(p.ctx, "more.notfound"));
    return null;
  }
  yield* p.line.erase();
  yield* f.jump(at - 2);
  return null;
}

/** h: the help, paged by more itself, then the screen again */
function* help(p: Pager, f: MoreFile): Co<null> {
  yield* p.line.show(msg(p.ctx, "more.helpword"));
  yield* p.line.erase();
  const text = new TextEncoder().encode(moreHelp);
  let done = false;
  const reader: Reader = {
    *read() {
      if (done) return new Uint8Array(0);
      done = true;
      return text;
    },
    close() {},
    size: text.length,
    seek: () => false,
  };
  const inner: Pager = { ...p, names: [null] };
  yield* pageFile(inner, new MoreFile(p.ctx, reader, p.o), 0);
  yield* say(p, msg(p.ctx, "more.endhelp"));
  yield* p.line.erase();
  yield* f.repaint();
  return null;
}

/** do what a command asks; where to go when it leaves the file, or "stat" for the = prompt */
function* act(p: Pager, f: MoreFile, a: MoreAction, count: number, index: number): Co<Leave | "stat" | null> {
  const { line, o } = p;
  switch (a.kind) {
    case "forward":
      yield* line.erase();
      yield* f.forward(a.lines);
      return null;
    case "back":
      yield* line.erase();
      if (f.top > 0) yield* f.jump(f.top - a.lines);
      return null;
    case "goto": {
      yield* line.erase();
      if (a.line === "end") yield* f.jump((yield* f.count()) - o.window);
      else if ((yield* f.line(a.line - 1)) === null) yield* say(p, msg(p.ctx, "more.onlyn", yield* f.count()));
      else yield* f.jump(a.line - 3);
      return null;
    }
    case "percent":
      return yield* toPercent(p, f, a.percent);
    case "search":
      return yield* searchFor(p, f, a.forward, count);
    case "again":
      if (p.search === null) {
        yield* say(p, msg(p.ctx, "more.noprevre"));
        return null;
      }
      yield* line.show(p.search.forward !== a.reverse ? "/" : "?");
      return yield* found(p, f, p.search.forward !== a.reverse, count);
    case "repaint":
      yield* line.erase();
      yield* f.repaint();
      return null;
    case "stat":
      return "stat";
    case "help":
      return yield* help(p, f);
    case "quit":
      return "quit";
    case "next":
      return "next";
    case "prev":
      if (index > 0) return "prev";
      yield* say(p, msg(p.ctx, "more.noprevfile"));
      return null;
    case "invalid":
      if (o.verbose) yield* say(p, msg(p.ctx, "more.presshelp"));
      else yield* p.ctx.stdout.put(BELL);
      return null;
  }
}

/** p and %: the screen from N percent into the file */
function* toPercent(p: Pager, f: MoreFile, percent: number): Co<null> {
  yield* p.line.erase();
  const size = f.reader.size;
  if (!size) {
    yield* say(p, msg(p.ctx, "more.nolength"));
    return null;
  }
  const pos = Math.floor((percent * size) / 100);
  let i = 0;
  for (let l = yield* f.line(0); l !== null && l.end <= pos; l = yield* f.line(++i));
  yield* f.jump(i - 2);
  return null;
}

/** page one file from its first screen: where to go next */
function* pageFile(p: Pager, f: MoreFile, index: number): Co<Leave> {
  const next = p.names[index + 1];
  let first = true;
  let stat = false;
  for (;;) {
    try {
      if (first) {
        first = false;
        yield* f.forward(p.o.window);
      }
      if (yield* f.atEnd()) {
        if (next === undefined) return "next";
        const c = yield* readCommand(p.kb, p.line, msg(p.ctx, "more.nextfile", next ?? "-"));
        const a = c === null ? "quit" : decode(c, p.o).kind;
        yield* p.line.erase();
        return a === "quit" ? "quit" : a === "prev" && index > 0 ? "prev" : "next";
      }
      const c = yield* readCommand(p.kb, p.line, stat ? statLine(p, f, index) : promptText(p, f));
      stat = false;
      if (c === null) return "quit";
      if (c.key === "") continue;
      const r = yield* act(p, f, decode(c, p.o), c.count, index);
      if (r === "stat") stat = true;
      else if (r !== null) return r;
    } catch (e) {
      if (!isKernelError(e, "EINTR")) throw e;
      // Ctrl-C quits; Ctrl-Z stops more with the terminal as it was, and the screen comes back
      if (takeSignal(p.ctx) !== "SIGTSTP") return "quit";
      yield* p.line.erase();
      yield* p.kb.suspend();
      yield* f.repaint();
    }
  }
}

/** page the files in turn */
function* pageAll(p: Pager): Co<number> {
  const ctx = p.ctx;
  let status = 0;
  for (let i = 0; i >= 0 && i < p.names.length; ) {
    const name = p.names[i]!;
    const rd = open(ctx, name);
    if (rd === null) {
      status = 1;
      i++;
      continue;
    }
    let leave: Leave;
    try {
      if (p.names.length > 1) yield* ctx.stdout.put(fileHeader(name ?? "-"));
      leave = yield* pageFile(p, new MoreFile(ctx, rd, p.o), i);
    } catch (e) {
      if (!isKernelError(e, "EINTR")) throw e;
      takeSignal(ctx);
      leave = "quit";
    } finally {
      rd.close();
    }
    if (leave === "quit") break;
    i += leave === "prev" ? -1 : 1;
  }
  yield* p.line.erase();
  return status;
}

/**
 * The Berkeley more's main() and argscan() (Solaris's /usr/bin/more): every leading word that
 * starts with - is options and every one with + a starting line or /pattern (taken, not
 * simulated); in an option word a number is the window, d s f are the lab's, c l p r u w are
 * taken and not simulated, and any other letter is ignored. The files follow.
 */
function argscan(argv: readonly string[], o: MoreOpts): string[] {
  let i = 0;
  for (; i < argv.length && (argv[i]![0] === "-" || argv[i]![0] === "+"); i++) {
    const w = argv[i]!;
    if (w[0] === "+") continue;
    let lines = 0;
    for (const c of w.slice(1)) {
      if (c >= "0" && c <= "9") lines = lines * 10 + Number(c);
      else if (c === "d") o.verbose = true;
      else if (c === "s") o.squeeze = true;
      else if (c === "f") o.fold = false;
    }
    if (lines > 0) {
      o.window = Math.min(lines, 100 * 1024);
      o.scroll = Math.floor(o.window / 2);
    }
  }
  return argv.slice(i);
}

function* run(ctx: CommandContext): Co<number> {
  const window = screenRows(ctx) - 2;
  const o: MoreOpts = { window, scroll: Math.floor(window / 2), squeeze: false, fold: true, verbose: false, caseless: false };
  if (ctx.os.formats.tools?.moreArgscan) return yield* page(ctx, o, argscan(ctx.argv.slice(1), o));
  const r = getopt(ctx.argv.slice(1), "cdeHilNsuvzn:p:t:W:x:");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "more.usage", ctx.argv[0]!.replace(/.*\//, ""));
      return 1;
    }
    if (it.flag === "n") {
      const n = Number(it.value);
      if (Number.isInteger(n) && n > 0) {
        o.window = Math.min(n, 100 * 1024);
        o.scroll = Math.floor(o.window / 2);
      } else err(ctx, "more.badscreen");
    } else if (it.flag === "s") o.squeeze = true;
    else if (it.flag === "d") o.verbose = true;
    else if (it.flag === "i") o.caseless = true;
  }
  return yield* page(ctx, o, r.operands);
}

/** page the operands (none: standard input) */
function* page(ctx: CommandContext, o: MoreOpts, operands: string[]): Co<number> {
  const names: (string | null)[] = operands.length ? operands.map((f) => (f === "-" ? null : f)) : [null];
  const kb = ctx.sys.isatty(1) ? Keyboard.open(ctx) : null;
  if (kb === null) return yield* copy(ctx, names);
  try {
    if (operands.length === 0 && ctx.sys.isatty(0)) {
      err(ctx, "more.noterm");
      err(ctx, "more.usage", ctx.argv[0]!.replace(/.*\//, ""));
      return 1;
    }
    yield* kb.keys(["SIGINT", "SIGTSTP"]);
    try {
      return yield* pageAll({ ctx, kb, line: new PromptLine(ctx), o, search: null, names });
    } finally {
      yield* kb.restore();
    }
  } finally {
    kb.close();
  }
}

export const more: CommandDef = {
  name: "more",
  path: "/usr/bin/more",
  summary: "Displays file contents one screen at a time.",
  flags: ["-c", "-d", "-e", "-H", "-i", "-l", "-N", "-n", "-p", "-s", "-t", "-u", "-v", "-W", "-x", "-z"],
  run,
  man: moreMan,
};
