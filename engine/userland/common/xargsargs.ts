// xargs's options and its reading of arguments (AIX 4.1.3 xargs.c: xargs_getopt, getarg,
// checklen, the batching of main). Options -e, -i and -l take their value only when it is
// attached to the letter.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { err } from "./msg.js";

export interface XargsOptions {
  /** the logical end-of-file string (null: none) */
  eof: string | null;
  /** -I/-i: the replace string */
  replace: string | null;
  /** -L/-l: input lines per command (0: not by lines) */
  perLine: number;
  /** -n: arguments per command (0: not by count) */
  perCommand: number;
  /** stop with an error when a command line is too long (-x, -I, -l, -n 1) */
  legal: boolean;
  limit: number;
  trace: boolean;
  prompt: boolean;
  command: string[];
}

/** MAXBUFLIM of xargs.c: ARG_MAX (24576) less 4096 for the environment */
export const MAX_LINE = 20480;
/** MAXARGS - 1: the arguments a command takes when nothing else limits them */
const DEFAULT_ARGS = 1023;
/** the most arguments of the command that may hold the replace string (MAXINSERTS) */
const MAX_INSERTS = 5;

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s).length;

/** the option letters in turn, xargs.c's switch */
class OptionSetter {
  readonly o: XargsOptions = { eof: "_", replace: null, perLine: 0, perCommand: DEFAULT_ARGS, legal: false, limit: MAX_LINE, trace: false, prompt: false, command: [] };
  ok = true;
  private dashx = false;

  constructor(private ctx: CommandContext) {}

  private positive(v: string, f: string): number {
    const n = parseInt(v, 10);
    if (n > 0) return n;
    err(this.ctx, "xargs.count", f, v);
    this.ok = false;
    return 0;
  }

  private byLines(n: number, legal: boolean): void {
    Object.assign(this.o, { perLine: n, perCommand: 0, replace: null, legal });
  }

  private insert(r: string): void {
    Object.assign(this.o, { replace: r, perLine: 1, perCommand: 0, legal: true });
  }

  /** E I L n s with their value; e i l with one attached (null: none) */
  value(c: string, v: string | null): void {
    const o = this.o;
    if (c === "E" || c === "e") o.eof = v;
    else if (c === "I" || c === "i") this.insert(v ?? "{}");
    else if (c === "L") this.byLines(this.positive(v!, "L"), false);
    else if (c === "l") this.byLines(v === null ? 1 : this.positive(v, "l"), true);
    else if (c === "n") {
      const n = this.positive(v!, "n");
      if (n > 0) Object.assign(o, { perCommand: n, legal: this.dashx || n === 1, replace: null, perLine: 0 });
    } else {
      const n = parseInt(v!, 10);
      if (n > 0 && n <= MAX_LINE) o.limit = n;
      else {
        err(this.ctx, "xargs.size", v!);
        this.ok = false;
      }
    }
  }

  /** p t x, or a letter that is not an option */
  bare(c: string): void {
    if (c === "p") this.o.prompt = true;
    else if (c === "t") this.o.trace = true;
    else if (c === "x") {
      this.dashx = true;
      this.o.legal = true;
    } else {
      err(this.ctx, "xargs.badflag", c);
      this.ok = false;
    }
  }
}

/** the options, or after their message what went wrong: an option ("options": AIX exits 1,
 *  Solaris 2 after its usage) or too many replace strings ("inserts": 1) */
export function parseXargs(ctx: CommandContext): XargsOptions | "options" | "inserts" {
  const set = new OptionSetter(ctx);
  const argv = ctx.argv;
  let i = 1;
  outer: for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a[0] !== "-" || a.length === 1) break;
    if (a === "--") {
      i++;
      break;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const rest = a.slice(j + 1);
      if ("EILns".includes(c)) {
        if (rest === "" && i + 1 >= argv.length) {
          err(ctx, "xargs.missarg", c);
          set.ok = false;
          break outer;
        }
        set.value(c, rest === "" ? argv[++i]! : rest);
        continue outer;
      }
      if ("eil".includes(c)) {
        set.value(c, rest === "" ? null : rest);
        if (rest !== "") continue outer;
      } else set.bare(c);
    }
  }
  const o = set.o;
  o.command = argv.slice(i);
  if (!set.ok) return "options";
  if (o.replace !== null && o.command.filter((w) => w.includes(o.replace!)).length > MAX_INSERTS) {
    err(ctx, "xargs.inserts", o.replace);
    return "inserts";
  }
  return o;
}

const BLANK = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** the arguments of standard input, a command's worth at a time */
export class ArgReader {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private atEnd = false;
  /** no more input to take (end of file, the end-of-file string, an error) */
  private more = true;
  /** an argument that did not fit the last command line: it starts the next */
  private carried: string | null = null;
  /** a message was printed (the exit status is 1 unless a command failed) */
  failed = false;

  constructor(
    private ctx: CommandContext,
    private o: XargsOptions,
  ) {}

  /** the next byte of standard input, -1 at its end (a NUL ends it too, as getchar's 0 does) */
  private *getc(): Co<number> {
    if (this.pos >= this.buf.length) {
      if (this.atEnd) return -1;
      this.buf = yield* this.ctx.stdin.read();
      this.pos = 0;
      if (this.buf.length === 0) {
        this.atEnd = true;
        return -1;
      }
      this.ctx.sys.charge(this.buf.length >> 12);
    }
    const c = this.buf[this.pos++]!;
    return c === 0 ? -1 : c;
  }

  /** one argument and what ended it (a newline counts a line), or null at the end */
  private *arg(): Co<{ text: string; newline: boolean } | null> {
    let c: number;
    do c = yield* this.getc();
    while (c !== -1 && BLANK(c));
    if (c === -1) {
      this.more = false;
      return null;
    }
    const out: number[] = [];
    for (;; c = yield* this.getc()) {
      if (c !== -1 && c !== 10 && BLANK(c) && this.o.replace !== null) {
        out.push(c);
        continue;
      }
      if (c === -1 || c === 10 || BLANK(c)) {
        const text = new TextDecoder().decode(Uint8Array.from(out));
        if (this.o.eof !== null && text === this.o.eof) {
          while (c !== 10 && c !== -1) c = yield* this.getc();
          this.more = false;
          return null;
        }
        if (c === -1) this.more = false;
        return { text, newline: c === 10 };
      }
      if (c === 92) {
        const d = yield* this.getc();
        if (d === -1) continue;
        out.push(d);
      } else if (c === 34 || c === 39) {
        for (let q = yield* this.getc(); q !== c; q = yield* this.getc()) {
          if (q === -1 || q === 10) {
            err(this.ctx, "xargs.quote", new TextDecoder().decode(Uint8Array.from(out)));
            this.failed = true;
            this.more = false;
            return null;
          }
          out.push(q);
        }
      } else out.push(c);
    }
  }

  /** the input arguments of the next command, null when there are none left */
  *batch(initial: readonly string[]): Co<string[] | null> {
    if (this.failed) return null;
    const o = this.o;
    let size = initial.reduce((n, a) => n + bytes(a) + 1, 0);
    const args: string[] = [];
    let lines = 0;
    const fits = (a: string): boolean => {
      if (o.replace !== null) return true;
      if (size + bytes(a) + 1 <= o.limit) {
        size += bytes(a) + 1;
        return true;
      }
      if (o.legal || args.length === 0) {
        err(this.ctx, o.legal ? "xargs.toolong" : "xargs.single");
        this.failed = true;
      } else this.carried = a;
      return false;
    };
    if (this.carried !== null) {
      const a = this.carried;
      this.carried = null;
      if (!fits(a)) return null;
      args.push(a);
    }
    while (this.more) {
      const a = yield* this.arg();
      if (a === null) break;
      if (!fits(a.text)) break;
      args.push(a.text);
      if (o.perLine && a.newline && ++lines >= o.perLine) break;
      if (o.perCommand && args.length >= o.perCommand) break;
    }
    if (this.failed || args.length === 0) return null;
    if (o.replace !== null && this.tooLong(initial, args[0]!)) return null;
    return args;
  }

  /** -I: the command line built by replacement must fit the limit */
  private tooLong(initial: readonly string[], line: string): boolean {
    const r = this.o.replace!;
    const size = initial.reduce((n, a) => n + bytes(a.split(r).join(line)) + 1, 0);
    if (size <= this.o.limit) return false;
    err(this.ctx, "xargs.toolong");
    this.failed = true;
    return true;
  }
}
