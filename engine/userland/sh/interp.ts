// The interpreter (ksh88 as AIX has it): expands words, wires pipes and redirections, runs simple
// and compound commands (for, while, until, if, case, { }, ( )), command and arithmetic
// substitution, and the built-ins that steer the shell itself (break, continue, :, eval, shift,
// let). Other built-ins (cd, read, set, test, print …) are ordinary commands of the system.
//
// Processes: a subshell — `( … )`, `$( … )`, a backquoted command and every pipeline stage but
// the last (ksh88 runs the last one in the shell, so `… | while read x` keeps its variables) —
// runs in a copy of the shell on a fork of the process: its cd, variables and exit stay inside.
import { parse, parseComplete } from "../../../grammar/parse.js";
import {
  isSimple,
  type AndOr,
  type Command,
  type CompoundCommand,
  type List,
  type Pipeline,
  type Redirect,
  type SimpleCommand,
  type Word,
} from "../../../grammar/ast.js";
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import { Buffer, In, type CommandContext, type OsPersonality, type Out } from "../types.js";
import { ArithError, evalArith } from "./arith.js";
import type { InputLine, KshState, ShellContext } from "./context.js";
import { ShellEnv } from "./env.js";
import { expandGlob, hasGlob, type Piece } from "./glob.js";
import { patternRegex } from "./pattern.js";

/** redirect target that failed to open: reported by the shell, the command does not run */
class RedirectFailure extends Error {
  constructor(readonly path: string, readonly errno: Errno, readonly input: boolean) {
    super(path);
  }
}

/** an expansion that failed (bad arithmetic …): the message is printed, the command fails */
class ExpansionError extends Error {}

/** Loop iterations one command line may run (all loops together, subshells included). */
export const LOOP_LIMIT = 100_000;

/** eval and backquotes nested in each other, at most */
const MAX_EVAL_DEPTH = 100;

/** Text that can leave a line open (a quote, a trailing | && || \, an open compound command). */
const MAY_CONTINUE = /['"\\|&(`{]|\b(?:for|while|until|if|case)\b/;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** the variables ksh88 sets at start when the environment does not */
const KSH_DEFAULTS: Record<string, string> = { IFS: " \t\n", PS2: "> ", PS3: "#? ", PS4: "+ " };

const utf8 = new TextDecoder();

/** standard input as the commands of a list share it: each takes what it reads */
class ShellInput {
  constructor(
    private data: Uint8Array = new Uint8Array(0),
    /** the terminal (nothing to read in the lab) rather than a pipe or a file */
    readonly tty = false,
    private pos = 0,
  ) {}
  /** what a command gets as its stdin: the rest */
  forCommand(): In {
    return new In(this.data.subarray(this.pos));
  }
  /** after the command: everything it read through `given` is gone */
  settle(given: In, before: number): void {
    const left = given.readAll().length;
    if (left < this.data.length - before) this.pos = this.data.length - left;
  }
  get offset(): number {
    return this.pos;
  }
  line(): InputLine | null {
    if (this.pos >= this.data.length) return null;
    const end = this.data.indexOf(0x0a, this.pos);
    if (end < 0) {
      const text = utf8.decode(this.data.subarray(this.pos));
      this.pos = this.data.length;
      return { text, newline: false };
    }
    const text = utf8.decode(this.data.subarray(this.pos, end));
    this.pos = end + 1;
    return { text, newline: true };
  }
}

interface Io {
  stdin: ShellInput;
  stdout: Out;
  stderr: Out;
}

/** shared by a shell and its subshells for one command line */
interface Limits {
  budget: number;
  stopped: boolean;
}

export interface ShellOptions {
  columns?: number;
  /** seconds the machine clock advances for each command run */
  secondsPerCommand?: number;
}

/** the built-ins the interpreter runs itself (they steer the shell) */
const SHELL_BUILTINS = new Set([":", "break", "continue", "eval", "shift", "let"]);

export class Shell {
  readonly state: KshState;
  readonly columns: number;
  private secondsPerCommand: number;
  private lineNo = 0;
  private limits: Limits = { budget: LOOP_LIMIT, stopped: false };
  /** a pending break / continue: how many enclosing loops it still leaves */
  private ctl: { kind: "break" | "continue"; n: number } | null = null;
  private loopDepth = 0;
  /** $$: a subshell keeps its parent's */
  private rootPid: number;
  /** the streams of the command being expanded (a command substitution writes errors there) */
  private io: Io;
  /** status of the last command substitution of the command being expanded */
  private subStatus: number | null = null;
  /** an expansion failed: the rest of the line (of this subshell) does not run, as in ksh */
  private aborted = false;
  /** eval and backquotes nested in each other (each parses and runs a new list) */
  private evalDepth = 0;

  constructor(
    readonly machine: Machine,
    readonly sys: Sys,
    readonly os: OsPersonality,
    env: Record<string, string>,
    opts: ShellOptions = {},
  ) {
    const vars = new ShellEnv(env);
    // what ksh sets itself (not exported) unless the environment has it
    for (const [n, v] of Object.entries(KSH_DEFAULTS)) if (vars.get(n) === undefined) vars.set(n, v);
    this.state = { env: vars, lastStatus: 0, exitRequested: null, history: [], positional: [], options: new Set() };
    this.columns = opts.columns ?? 80;
    this.secondsPerCommand = opts.secondsPerCommand ?? 1;
    this.rootPid = sys.proc.pid;
    const term: Out = { write: () => {} };
    this.io = { stdin: new ShellInput(undefined, true), stdout: term, stderr: term };
    machine.procs.add(sys.proc);
  }

  /** a subshell: a copy of this shell on a fork of its process (call dispose() after) */
  private fork(): Shell {
    const child = Object.create(Shell.prototype) as Shell;
    const p = this.state;
    const env = (p.env as ShellEnv).clone();
    Object.assign(child, {
      machine: this.machine,
      sys: this.sys.fork(),
      os: this.os,
      state: {
        env,
        lastStatus: p.lastStatus,
        exitRequested: null,
        history: p.history,
        positional: [...p.positional],
        options: new Set(p.options),
      } satisfies KshState,
      columns: this.columns,
      secondsPerCommand: this.secondsPerCommand,
      lineNo: this.lineNo,
      limits: this.limits,
      ctl: null,
      loopDepth: this.loopDepth,
      rootPid: this.rootPid,
      io: this.io,
      subStatus: null,
      aborted: false,
      evalDepth: this.evalDepth,
    });
    this.machine.procs.add(child.sys.proc);
    return child;
  }

  private dispose(): void {
    this.machine.procs.delete(this.sys.proc);
  }

  /** run `body` in a subshell; its status (the status of exit if it called exit) */
  private subshell(body: (sh: Shell) => void): number {
    const child = this.fork();
    try {
      body(child);
    } finally {
      child.dispose();
    }
    return child.state.exitRequested ?? child.state.lastStatus;
  }

  prompt(): string {
    return this.os.prompt(this.state);
  }

  /** does this text need more lines (an open quote, a trailing pipe, an open for/if/( …)? */
  needsMore(src: string): boolean {
    if (!MAY_CONTINUE.test(src)) return false;
    const r = parse(src);
    return !r.ok && r.incomplete;
  }

  private startLine(src: string): void {
    this.lineNo++;
    if (src.trim() !== "") this.state.history.push(src);
    this.limits = { budget: LOOP_LIMIT, stopped: false };
    this.ctl = null;
    this.aborted = false;
  }

  /**
   * Run one line (or several, newline-separated) of input. Output goes to `term` in the order
   * the terminal would show it. Returns the exit status of the last command.
   */
  run(src: string, term: Out): number {
    this.startLine(src);
    const r = parseComplete(src);
    if (!r.ok) {
      if (r.incomplete) return this.state.lastStatus;
      term.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      this.state.lastStatus = 2;
      return 2;
    }
    return this.runList(r.list, term);
  }

  /**
   * Like run(), for input that arrives line by line: returns null (and runs nothing) when the
   * text needs more lines, so the caller appends the next line and feeds again. One parse.
   */
  feed(src: string, term: Out): number | null {
    if (!MAY_CONTINUE.test(src)) return this.run(src, term);
    const r = parse(src);
    if (!r.ok && r.incomplete) return null;
    this.startLine(src);
    if (!r.ok) {
      term.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      this.state.lastStatus = 2;
      return 2;
    }
    return this.runList(r.list, term);
  }

  /** run a parsed list with the terminal as standard output and error */
  runList(list: List, term: Out): number {
    const status = this.execList(list, { stdin: new ShellInput(undefined, true), stdout: term, stderr: term });
    this.ctl = null;
    return status;
  }

  // ---- lists, pipelines, compound commands ----

  /** exit, break/continue, a failed expansion or the loop limit stops the rest of a list */
  private halted(): boolean {
    return this.state.exitRequested !== null || this.ctl !== null || this.limits.stopped || this.aborted;
  }

  private execList(list: List, io: Io): number {
    for (const item of list.items) {
      if (this.halted()) break;
      this.runAndOr(item.andor, io);
    }
    return this.state.lastStatus;
  }

  private runAndOr(a: AndOr, io: Io): void {
    let status = this.runPipeline(a.first, io);
    for (const r of a.rest) {
      if (this.halted()) return;
      if ((r.op === "&&" && status === 0) || (r.op === "||" && status !== 0)) status = this.runPipeline(r.pipeline, io);
    }
  }

  private runPipeline(p: Pipeline, io: Io): number {
    let input = io.stdin;
    let status = 0;
    const n = p.commands.length;
    for (let i = 0; i < n; i++) {
      const c = p.commands[i]!;
      if (i === n - 1) {
        status = this.runCommand(c, { stdin: input, stdout: io.stdout, stderr: io.stderr });
      } else {
        const out = new Buffer();
        const stageIn = input;
        status = this.subshell((sh) => {
          sh.state.lastStatus = sh.runCommand(c, { stdin: stageIn, stdout: out, stderr: io.stderr });
        });
        input = new ShellInput(out.bytes());
      }
      if (this.limits.stopped) break;
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    this.state.lastStatus = status;
    return status;
  }

  private runCommand(c: Command, io: Io): number {
    const saved = this.io;
    this.io = io;
    try {
      return isSimple(c) ? this.runSimple(c, io) : this.runCompound(c, io);
    } catch (e) {
      if (e instanceof ExpansionError) {
        io.stderr.write(e.message + "\n");
        this.aborted = true;
        return 1;
      }
      throw e;
    } finally {
      this.io = saved;
    }
  }

  /** one more loop iteration, unless the line has used them all (then say so, once) */
  private tick(io: Io): boolean {
    if (this.limits.stopped) return false;
    if (--this.limits.budget >= 0) return true;
    this.limits.stopped = true;
    io.stderr.write(`looplab: stopped the loop after ${LOOP_LIMIT} iterations (a limit of the lab)\n`);
    this.state.lastStatus = 1;
    return false;
  }

  /** after a loop body: true when the loop must stop (break, continue of an outer loop, exit) */
  private leaveLoop(): boolean {
    const c = this.ctl;
    if (c !== null) {
      if (c.kind === "break") {
        if (--c.n <= 0) this.ctl = null;
        return true;
      }
      if (c.n <= 1) this.ctl = null;
      else {
        c.n--;
        return true;
      }
    }
    return this.state.exitRequested !== null || this.limits.stopped || this.aborted;
  }

  private runCompound(c: CompoundCommand, outer: Io): number {
    let r;
    try {
      r = this.applyRedirects(c.redirects, outer);
    } catch (e) {
      if (e instanceof RedirectFailure) {
        outer.stderr.write(this.os.redirectError(e.path, e.errno, e.input) + "\n");
        return 1;
      }
      throw e;
    }
    const io: Io = { stdin: r.stdin, stdout: r.stdout, stderr: r.stderr };
    this.io = io;
    try {
      return this.compound(c, io);
    } finally {
      r.flush();
    }
  }

  private compound(c: CompoundCommand, io: Io): number {
    switch (c.kind) {
      case "group":
        return this.execList(c.list, io);
      case "subshell":
        return this.subshell((sh) => sh.execList(c.list, io));
      case "for": {
        if (!NAME.test(c.name)) throw new ExpansionError(this.msg("sh.badid", c.name));
        const words = c.words === null ? [...this.state.positional] : c.words.flatMap((w) => this.expandWord(w));
        let status = 0;
        this.loopDepth++;
        try {
          for (const w of words) {
            if (!this.tick(io)) break;
            this.state.env.set(c.name, w);
            status = this.execList(c.body, io);
            if (this.leaveLoop()) break;
          }
        } finally {
          this.loopDepth--;
        }
        return this.limits.stopped ? 1 : status;
      }
      case "while":
      case "until": {
        let status = 0;
        this.loopDepth++;
        try {
          for (;;) {
            if (!this.tick(io)) break;
            const cond = this.execList(c.cond, io);
            if (this.leaveLoop()) break;
            if ((cond === 0) !== (c.kind === "while")) break;
            status = this.execList(c.body, io);
            if (this.leaveLoop()) break;
          }
        } finally {
          this.loopDepth--;
        }
        return this.limits.stopped ? 1 : status;
      }
      case "if": {
        for (const cl of c.clauses) {
          const cond = this.execList(cl.cond, io);
          if (this.halted()) return cond;
          if (cond === 0) return this.execList(cl.body, io);
        }
        return c.otherwise === null ? 0 : this.execList(c.otherwise, io);
      }
      case "case": {
        const subject = this.expandOne(c.word);
        for (const arm of c.arms) {
          for (const p of arm.patterns) {
            if (patternRegex(this.expandPattern(p)).test(subject)) return arm.body === null ? 0 : this.execList(arm.body, io);
          }
        }
        return 0;
      }
    }
  }

  // ---- expansion ----

  private msg(id: string, ...args: (string | number)[]): string {
    const t = this.os.catalog[id];
    if (t === undefined) throw new Error(`no catalog entry ${id} for ${this.os.name}`);
    let i = 0;
    return t.replace(/%(%|s|d)/g, (_m, ch: string) => (ch === "%" ? "%" : String(args[i++] ?? "")));
  }

  private param(name: string): string {
    const s = this.state;
    switch (name) {
      case "?":
        return String(s.lastStatus);
      case "$":
        return String(this.rootPid);
      case "#":
        return String(s.positional.length);
      case "@":
      case "*":
        return s.positional.join(" ");
      case "0":
        return this.os.shellName;
      default:
        if (/^[1-9]$/.test(name)) return s.positional[Number(name) - 1] ?? "";
        return s.env.get(name) ?? "";
    }
  }

  private tilde(user: string): string {
    const env = this.state.env;
    if (user === "") return env.get("HOME") ?? "";
    if (user === "+") return env.get("PWD") ?? "~+";
    if (user === "-") return env.get("OLDPWD") ?? "~-";
    try {
      const passwd = utf8.decode(this.sys.readFile("/etc/passwd"));
      for (const line of passwd.split("\n")) {
        const f = line.split(":");
        if (f[0] === user && f[5] !== undefined) return f[5];
      }
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
    return "~" + user;
  }

  /** run a list in a subshell for $( … ) or `…`: its output without the trailing newlines */
  private commandSubst(list: List): string {
    const out = new Buffer();
    const io = this.io;
    const status = this.subshell((sh) => sh.execList(list, { stdin: io.stdin, stdout: out, stderr: io.stderr }));
    this.state.lastStatus = status;
    this.subStatus = status;
    return out.text().replace(/\n+$/, "");
  }

  /** `…`: the text with \$ \` \\ (and \" inside "…") unescaped, parsed and run */
  private backquote(text: string, quoted: boolean): string {
    const src = text.replace(quoted ? /\\([$`\\"])/g : /\\([$`\\])/g, "$1");
    const r = parseComplete(src);
    if (!r.ok) {
      if (!r.incomplete) this.io.stderr.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      this.state.lastStatus = 2;
      this.subStatus = 2;
      return "";
    }
    return this.nested(this.io, "", () => this.commandSubst(r.list));
  }

  /** run eval'd or backquoted text, at most MAX_EVAL_DEPTH deep (`x='eval $x'; eval $x`) */
  private nested<T>(io: Io, fallback: T, body: () => T): T {
    if (this.evalDepth >= MAX_EVAL_DEPTH) {
      if (!this.aborted) io.stderr.write(`looplab: eval and backquotes nested more than ${MAX_EVAL_DEPTH} deep (a limit of the lab)\n`);
      this.aborted = true;
      this.state.lastStatus = 1;
      return fallback;
    }
    this.evalDepth++;
    try {
      return body();
    } finally {
      this.evalDepth--;
    }
  }

  /** $(( … )): the parameters in the text first ($x, ${x}, $?, $1 …), then the arithmetic */
  private arith(expr: string): string {
    const text = expr.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])\}|([A-Za-z_][A-Za-z0-9_]*|[?$#0-9]))/g, (_m, a?: string, b?: string) =>
      this.param(a ?? b ?? ""),
    );
    return String(this.evalArith(text));
  }

  evalArith(text: string): number {
    const env = this.state.env;
    try {
      return evalArith(text, env);
    } catch (e) {
      if (e instanceof ArithError) throw new ExpansionError(this.msg(e.id, e.text));
      throw e;
    }
  }

  private ifs(): { white: string; hard: string } {
    const ifs = this.state.env.get("IFS") ?? " \t\n";
    let white = "";
    let hard = "";
    for (const ch of ifs) {
      if (ch === " " || ch === "\t" || ch === "\n") white += ch;
      else hard += ch;
    }
    return { white, hard };
  }

  /** a word to fields: tilde, parameter, command and arithmetic expansion, field splitting of
   *  unquoted expansions, pathname expansion */
  expandWord(w: Word, split = true): string[] {
    const fields: { pieces: Piece[]; keep: boolean }[] = [{ pieces: [], keep: false }];
    const cur = () => fields[fields.length - 1]!;
    let sawQuoted = false;
    let ifs: { white: string; hard: string } | null = null;
    const addExpansion = (value: string, quoted: boolean) => {
      if (quoted || !split) {
        sawQuoted = true;
        cur().pieces.push({ text: value, quoted: true });
        return;
      }
      ifs ??= this.ifs();
      const { white, hard } = ifs;
      let text = "";
      let i = 0;
      const flushText = () => {
        if (text !== "") cur().pieces.push({ text, quoted: false });
        text = "";
      };
      while (i < value.length) {
        const ch = value[i]!;
        if (white.includes(ch) || hard.includes(ch)) {
          // one delimiter: blanks, at most one other IFS character, blanks
          let hardSeen = false;
          while (i < value.length) {
            const d = value[i]!;
            if (white.includes(d)) i++;
            else if (hard.includes(d) && !hardSeen) {
              hardSeen = true;
              i++;
            } else break;
          }
          flushText();
          cur().keep ||= hardSeen;
          fields.push({ pieces: [], keep: false });
          continue;
        }
        text += ch;
        i++;
      }
      flushText();
    };
    for (const part of w.parts) {
      switch (part.kind) {
        case "lit":
          if (part.quoted) sawQuoted = true;
          cur().pieces.push({ text: part.text, quoted: part.quoted });
          break;
        case "tilde":
          cur().pieces.push({ text: this.tilde(part.user), quoted: true });
          break;
        case "param":
          if (part.quoted && part.name === "@") {
            // "$@": one field per positional parameter (none when there are none)
            const ps = this.state.positional;
            ps.forEach((p, i) => {
              if (i > 0) fields.push({ pieces: [], keep: true });
              cur().pieces.push({ text: p, quoted: true });
              cur().keep = true;
            });
            break;
          }
          if (part.quoted && part.name === "*") {
            const sep = (this.state.env.get("IFS") ?? " \t\n").slice(0, 1);
            addExpansion(this.state.positional.join(sep), true);
            break;
          }
          addExpansion(this.param(part.name), part.quoted);
          break;
        case "cmdsub":
          addExpansion(this.commandSubst(part.list), part.quoted);
          break;
        case "backquote":
          addExpansion(this.backquote(part.text, part.quoted), part.quoted);
          break;
        case "arith":
          addExpansion(this.arith(part.expr), part.quoted);
          break;
      }
    }
    const out: string[] = [];
    const noglob = this.state.options.has("noglob");
    for (const f of fields) {
      if (f.pieces.length === 0) {
        if (f.keep) out.push("");
        continue;
      }
      const text = f.pieces.map((p) => p.text).join("");
      if (split && !noglob && hasGlob(f.pieces)) {
        const matches = expandGlob(this.sys, f.pieces);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(text);
    }
    if (out.length === 0 && sawQuoted && fields.length === 1) out.push("");
    return out;
  }

  private expandOne(w: Word): string {
    return this.expandWord(w, false).join(" ");
  }

  /** a case pattern: expanded, with its quoted parts marked literal */
  private expandPattern(w: Word): Piece[] {
    const pieces: Piece[] = [];
    for (const part of w.parts) {
      if (part.kind === "lit") pieces.push({ text: part.text, quoted: part.quoted });
      else pieces.push({ text: this.expandOne({ parts: [part] }), quoted: part.kind === "tilde" || part.quoted });
    }
    return pieces;
  }

  // ---- one command ----

  private applyRedirects(redirects: Redirect[], io: Io): Io & { flush: () => void } {
    const files: { path: string; buf: Buffer; append: boolean }[] = [];
    let stdin = io.stdin;
    const fd = { 1: io.stdout, 2: io.stderr } as { 1: Out; 2: Out };
    for (const r of redirects) {
      const target = this.expandOne(r.target);
      if (r.op === ">&") {
        if (target === "1" || target === "2") {
          const src = fd[Number(target) as 1 | 2];
          if (r.fd === 1 || r.fd === 2) fd[r.fd] = src;
        }
        continue;
      }
      try {
        if (r.op === "<") {
          const data = this.sys.readFile(target);
          if (r.fd === 0) stdin = new ShellInput(data);
        } else {
          // open (create/truncate) now, as the shell does before the command runs
          this.sys.open(target, { write: true, create: true, trunc: r.op === ">", append: r.op === ">>" });
          const buf = new Buffer();
          files.push({ path: target, buf, append: true });
          if (r.fd === 1 || r.fd === 2) fd[r.fd] = buf;
        }
      } catch (e) {
        if (isKernelError(e)) throw new RedirectFailure(target, e.errno, r.op === "<");
        throw e;
      }
    }
    const flush = () => {
      for (const f of files) {
        try {
          this.sys.writeFile(f.path, f.buf.bytes(), f.append);
        } catch (e) {
          if (!isKernelError(e)) throw e;
          io.stderr.write(this.os.redirectError(f.path, e.errno, false) + "\n");
        }
      }
    };
    return { stdin, stdout: fd[1], stderr: fd[2], flush };
  }

  private trace(io: Io, words: string[]): void {
    if (!this.state.options.has("xtrace")) return;
    io.stderr.write((this.state.env.get("PS4") ?? "+ ") + words.join(" ") + "\n");
  }

  private runSimple(c: SimpleCommand, io: Io): number {
    this.subStatus = null;
    const argv: string[] = [];
    for (const w of c.words) argv.push(...this.expandWord(w));
    const env = this.state.env;
    if (argv.length === 0) {
      const values = c.assigns.map((a) => [a.name, this.expandOne(a.value)] as const);
      this.trace(io, values.map(([n, v]) => `${n}=${v}`));
      for (const [n, v] of values) env.set(n, v);
      const status = this.subStatus ?? 0;
      if (c.redirects.length) {
        try {
          this.applyRedirects(c.redirects, io).flush();
        } catch (e) {
          if (e instanceof RedirectFailure) {
            io.stderr.write(this.os.redirectError(e.path, e.errno, e.input) + "\n");
            return 1;
          }
          throw e;
        }
      }
      return status;
    }
    const saved = c.assigns.map((a) => [a.name, env.get(a.name)] as const);
    const values = c.assigns.map((a) => [a.name, this.expandOne(a.value)] as const);
    this.trace(io, [...values.map(([n, v]) => `${n}=${v}`), ...argv]);
    for (const [n, v] of values) {
      env.set(n, v);
      env.export(n);
    }
    try {
      return this.exec(argv, c.redirects, io);
    } finally {
      for (const [n, v] of saved) if (v === undefined) env.unset(n);
      else env.set(n, v);
    }
  }

  /** break, continue, :, eval, shift, let */
  private builtin(argv: string[], io: Io): number {
    const name = argv[0]!;
    switch (name) {
      case ":":
        return 0;
      case "break":
      case "continue": {
        const arg = argv[1];
        let n = 1;
        if (arg !== undefined) {
          if (!/^[0-9]+$/.test(arg) || Number(arg) < 1) {
            io.stderr.write(this.msg("sh.badnum", arg) + "\n");
            return 1;
          }
          n = Number(arg);
        }
        // outside a loop ksh88 ignores them
        if (this.loopDepth > 0) this.ctl = { kind: name, n: Math.min(n, this.loopDepth) };
        return 0;
      }
      case "eval": {
        const src = argv.slice(1).join(" ");
        const r = parseComplete(src);
        if (!r.ok) {
          if (!r.incomplete) io.stderr.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
          return 2;
        }
        return this.nested(io, 1, () => this.execList(r.list, io));
      }
      case "shift": {
        const arg = argv[1] ?? "1";
        const n = /^[0-9]+$/.test(arg) ? Number(arg) : NaN;
        if (Number.isNaN(n) || n > this.state.positional.length) {
          io.stderr.write(this.msg("sh.badnum", arg) + "\n");
          return 1;
        }
        this.state.positional.splice(0, n);
        return 0;
      }
      case "let": {
        if (argv.length < 2) {
          io.stderr.write(this.msg("sh.let.noargs") + "\n");
          return 1;
        }
        let v = 0;
        for (const a of argv.slice(1)) v = this.evalArith(a);
        return v === 0 ? 1 : 0;
      }
      default:
        return 0;
    }
  }

  /** what running the file at `path` means */
  private fileToRun(path: string, commandPath: string | undefined): { kind: "command" } | { kind: "script"; text: string } | { kind: "missing" | "denied" } {
    let a;
    try {
      a = this.sys.stat(path);
    } catch {
      return { kind: "missing" };
    }
    if (commandPath) {
      try {
        const c = this.sys.stat(commandPath);
        if (c.fsid === a.fsid && c.fileid === a.fileid) return { kind: "command" };
      } catch {
        // the command's file was removed: the path is just a file
      }
    }
    if (a.type !== "VREG" || (a.mode & 0o111) === 0) return { kind: "denied" };
    try {
      return { kind: "script", text: new TextDecoder().decode(this.sys.readFile(path)) };
    } catch {
      return { kind: "denied" };
    }
  }

  private cannotRun(path: string, why: "missing" | "denied", io: Io): number {
    io.stderr.write((why === "missing" ? this.os.notFound(path) : this.os.cannotExecute(path)) + "\n");
    return why === "missing" ? 127 : 126;
  }

  /** a shell script: its lines run in a subshell with the arguments as $1 … */
  private runScript(path: string, text: string, args: string[], io: Io): number {
    const r = parseComplete(text.replace(/^#!.*\n/, "\n"));
    if (!r.ok && !r.incomplete) {
      io.stderr.write(this.os.syntaxError(r.problem, 1).replace(/^ksh: /, `${path}: `) + "\n");
      return 2;
    }
    if (!r.ok) return 2;
    const list = r.list;
    return this.subshell((sh) => {
      sh.state.positional = [...args];
      sh.execList(list, io);
    });
  }

  private exec(argv: string[], redirects: Redirect[], io: Io): number {
    this.machine.clock.advance(this.secondsPerCommand);
    let rio;
    try {
      rio = this.applyRedirects(redirects, io);
    } catch (e) {
      if (e instanceof RedirectFailure) {
        io.stderr.write(this.os.redirectError(e.path, e.errno, e.input) + "\n");
        return 1;
      }
      throw e;
    }
    const name = argv[0]!;
    const cio: Io = { stdin: rio.stdin, stdout: rio.stdout, stderr: rio.stderr };
    if (SHELL_BUILTINS.has(name)) {
      let status: number;
      try {
        status = this.builtin(argv, cio);
      } catch (e) {
        if (!(e instanceof ExpansionError)) throw e;
        cio.stderr.write(e.message + "\n");
        status = 1;
      }
      rio.flush();
      return status;
    }
    const base = name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name;
    // `[` is test under another name (it wants a closing ])
    let def = this.os.commands.get(base === "[" && !name.includes("/") ? "test" : base);
    if (name.includes("/")) {
      // a path names a file: the command's own file runs the command, any other executable
      // file runs as a ksh script in a subshell
      const file = this.fileToRun(name, def?.path);
      if (file.kind !== "command") {
        const status = file.kind === "script" ? this.runScript(name, file.text, argv.slice(1), cio) : this.cannotRun(name, file.kind, cio);
        rio.flush();
        return status;
      }
    }
    if (!def) {
      rio.stderr.write(this.os.notFound(name) + "\n");
      rio.flush();
      return 127;
    }
    const stdin = rio.stdin.forCommand();
    const before = rio.stdin.offset;
    const ctx: CommandContext & ShellContext = {
      argv,
      stdin,
      stdout: rio.stdout,
      stderr: rio.stderr,
      sys: this.sys,
      machine: this.machine,
      shell: this.state,
      os: this.os,
      columns: this.columns,
      readLine: () => rio.stdin.line(),
      stdinIsTTY: rio.stdin.tty,
    };
    let status: number;
    try {
      status = def.run(ctx);
    } catch (e) {
      // A command that lets a kernel error escape still gets the system's text; anything else is
      // a lab bug: say so, keep the session.
      if (isKernelError(e)) rio.stderr.write(`${name}: ${this.os.strerror(e.errno)}\n`);
      else if (e instanceof ExpansionError) rio.stderr.write(e.message + "\n");
      else rio.stderr.write(`looplab: internal error in ${name}: ${(e as Error)?.message ?? String(e)}\n`);
      status = 1;
    }
    rio.stdin.settle(stdin, before);
    rio.flush();
    return status & 0xff;
  }
}

/** a terminal sink that keeps everything written, in order */
export class Transcript implements Out {
  private buf = new Buffer();
  write(data: string | Uint8Array): void {
    this.buf.write(data);
  }
  text(): string {
    return this.buf.text();
  }
}
