// The interpreter (ksh88 as AIX has it): expands words, wires pipes and redirections, runs simple
// and compound commands (for, select, while, until, if, case, { }, ( ), [[ ]], (( )), function
// definitions), command and arithmetic substitution, ${…} operators, here-documents, functions,
// aliases (the parser expands them), traps on EXIT, and the built-ins that steer the shell itself
// (break, continue, :, eval, shift, let, return, command, ., exec, getopts, fc …). Other
// built-ins (cd, read, set, test, print, typeset, trap, whence …) are commands of the system
// that act on the shell state they are given.
//
// Processes: a subshell — `( … )`, `$( … )`, a backquoted command and every pipeline stage but
// the last (ksh88 runs the last one in the shell, so `… | while read x` keeps its variables) —
// runs in a copy of the shell on a fork of the process: its cd, variables and exit stay inside.
import { parse, parseComplete, parseHereDoc } from "../../../grammar/parse.js";
import {
  isSimple,
  type AndOr,
  type Command,
  type CompoundCommand,
  type CondExpr,
  type List,
  type Pipeline,
  type Redirect,
  type SimpleCommand,
  type Word,
  type WordPart,
} from "../../../grammar/ast.js";
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import { Buffer, In, type CommandContext, type OsPersonality, type Out } from "../types.js";
import { ArithError, evalArith } from "./arith.js";
import { KSH_BUILTINS, KSH_PRESET_ALIASES, type FunctionDef, type InputLine, type KshState, type ShellContext } from "./context.js";
import { ReadonlyError, ShellEnv, type VarSnapshot } from "./env.js";
import { expandGlob, hasGlob, type Piece } from "./glob.js";
import { patternRegex } from "./pattern.js";
import { optionIsOn, optionLetters } from "../common/set.js";
import { TestError, testExpr } from "../common/test.js";
import { lookupCommand, verboseLine } from "../common/whence.js";
/** redirect target that failed to open: reported by the shell, the command does not run */
class RedirectFailure extends Error {
  constructor(
    readonly path: string,
    readonly errno: Errno,
    readonly input: boolean,
    /** the shell's own message (noclobber), else the system's for the errno */
    readonly text?: string,
  ) {
    super(path);
  }
}

/** an expansion that failed (bad arithmetic …): the message is printed, the command fails */
class ExpansionError extends Error {
  constructor(
    message: string,
    /** the status (2 for what the lab does not simulate) */
    readonly status = 1,
  ) {
    super(message);
  }
}

/** Loop iterations one command line may run (all loops together, subshells included). */
export const LOOP_LIMIT = 100_000;

/** eval and backquotes nested in each other, at most */
const MAX_EVAL_DEPTH = 100;

/** functions running inside each other (recursion), at most */
export const MAX_FUNCTION_DEPTH = 200;

/** Text that can leave a line open (a quote, a trailing | && || \, an open compound command,
 *  a here-document, [[ …). */
const MAY_CONTINUE = /['"\\|&(`{<]|\[\[|\b(?:for|select|while|until|if|case|function)\b/;

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
const SHELL_BUILTINS = new Set([
  ":", "break", "continue", "eval", "shift", "let", "return", "command", ".", "exec", "wait", "times", "getopts", "fc",
  "jobs", "fg", "bg", "kill", "newgrp",
]);

/** commands that change the shell's own state (variables, options, cwd, traps, limits, exit) */
const STATEFUL_COMMANDS = new Set([
  "cd", "export", "exit", "set", "read", "alias", "unalias", "trap", "typeset", "readonly", "ulimit", "unset",
  "umask", "whence", "type", "print", "hash", "integer", "functions", "autoload", "r", "history",
]);

const enc = new TextEncoder();

/** a memo of parsed texts ($(( )) expressions, here-document bodies), bounded */
class ParseMemo<T> {
  private map = new Map<string, T>();
  get(key: string, make: () => T): T {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make();
      if (this.map.size >= 500) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}
/** the parts of the $-expansions in a $(( )) expression or a here-document body (null: none parse) */
const expansionParts = new ParseMemo<WordPart[] | null>();

export class Shell {
  readonly state: KshState;
  readonly columns: number;
  private secondsPerCommand: number;
  private lineNo = 0;
  private limits: Limits = { budget: LOOP_LIMIT, stopped: false };
  /** a pending break / continue (how many enclosing loops it still leaves) or return (status) */
  private ctl: { kind: "break" | "continue" | "return"; n: number } | null = null;
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
  /** functions running inside each other, and `.` scripts (return leaves the innermost) */
  private fnDepth = 0;
  private dotDepth = 0;
  /** $0: the shell's name, a script's path, a `function name` function's name */
  private zero: string;
  /** getopts: the option character it is at inside the argument OPTIND points to */
  private optPos = { ind: 1, char: 1 };
  /** inside the condition of an if, while or until (set -e and ERR do not act) */
  private condDepth = 0;
  /** $RANDOM's generator, and the clock time $SECONDS counts from */
  private random = 1;
  private secondsFrom = 0;

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
    this.state = {
      env: vars,
      lastStatus: 0,
      exitRequested: null,
      history: [],
      positional: [],
      options: new Set(),
      functions: new Map(),
      aliases: new Map(KSH_PRESET_ALIASES),
      tracked: new Map(),
      traps: new Map(),
      ulimits: new Map(),
      locals: [],
    };
    this.columns = opts.columns ?? 80;
    this.secondsPerCommand = opts.secondsPerCommand ?? 1;
    this.rootPid = sys.proc.pid;
    this.zero = os.shellName;
    this.random = (sys.proc.pid * 7919) & 0x7fffffff;
    this.secondsFrom = machine.clock.now();
    const term: Out = { write: () => {} };
    this.io = { stdin: new ShellInput(undefined, true), stdout: term, stderr: term };
    machine.procs.add(sys.proc);
  }

  /** a subshell: a copy of this shell on a fork of its process (call dispose() after) */
  private fork(): Shell {
    const child = Object.create(Shell.prototype) as Shell;
    const p = this.state;
    const env = (p.env as ShellEnv).clone();
    // traps are reset in a subshell, but ignored signals stay ignored
    const traps = new Map([...p.traps].filter(([, v]) => v === ""));
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
        functions: new Map(p.functions),
        aliases: new Map(p.aliases),
        tracked: new Map(p.tracked),
        traps,
        ulimits: new Map(p.ulimits),
        locals: p.locals.map((f) => new Map(f)),
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
      fnDepth: this.fnDepth,
      dotDepth: this.dotDepth,
      zero: this.zero,
      optPos: { ...this.optPos },
      random: this.random,
      secondsFrom: this.secondsFrom,
      condDepth: this.condDepth,
    });
    this.machine.procs.add(child.sys.proc);
    return child;
  }

  private dispose(): void {
    this.machine.procs.delete(this.sys.proc);
  }

  /** run `body` in a subshell (its EXIT trap runs at its end); its status (that of exit if it
   *  called exit) */
  private subshell(body: (sh: Shell) => void, io: Io): number {
    const child = this.fork();
    try {
      body(child);
      child.exitTrap(io);
    } finally {
      child.dispose();
    }
    return child.state.exitRequested ?? child.state.lastStatus;
  }

  /** the EXIT trap, when the shell (or a subshell) ends: once, with $? the exit status */
  private exitTrap(io: Io): void {
    const action = this.state.traps.get("EXIT");
    if (action === undefined || action === "") return;
    this.state.traps.delete("EXIT");
    this.runTrap(action, io);
  }

  /** run a trap's command text in this shell; an exit inside it wins */
  private runTrap(action: string, io: Io): void {
    const exit = this.state.exitRequested;
    const status = exit ?? this.state.lastStatus;
    const r = parseComplete(action, { aliases: this.state.aliases });
    if (!r.ok) {
      if (!r.incomplete) io.stderr.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      return;
    }
    const saved = { ctl: this.ctl, aborted: this.aborted };
    this.state.exitRequested = null;
    this.ctl = null;
    this.aborted = false;
    this.state.lastStatus = status;
    this.nested(io, 0, () => this.execList(r.list, io));
    if (this.state.exitRequested === null) {
      this.state.exitRequested = exit;
      this.state.lastStatus = status;
    }
    this.ctl = saved.ctl;
    this.aborted = saved.aborted;
  }

  prompt(): string {
    return this.os.prompt(this.state);
  }

  /** does this text need more lines (an open quote, a trailing pipe, an open for/if/( …, a
   *  here-document without its delimiter line)? */
  needsMore(src: string): boolean {
    if (!MAY_CONTINUE.test(src)) return false;
    const r = parse(src, { aliases: this.state.aliases });
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
    const r = parseComplete(src, { aliases: this.state.aliases });
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
    const r = parse(src, { aliases: this.state.aliases });
    if (!r.ok && r.incomplete) return null;
    this.startLine(src);
    if (!r.ok) {
      term.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      this.state.lastStatus = 2;
      return 2;
    }
    return this.runList(r.list, term);
  }

  /** The shell ends without `exit` (end of input, Ctrl-D, the lab closing): the EXIT trap runs,
   *  as in ksh. Its output goes to `term`. */
  logout(term: Out): void {
    this.exitTrap({ stdin: new ShellInput(undefined, true), stdout: term, stderr: term });
  }

  /** run a parsed list with the terminal as standard output and error (the EXIT trap runs when
   *  the list exits the shell) */
  runList(list: List, term: Out): number {
    const io: Io = { stdin: new ShellInput(undefined, true), stdout: term, stderr: term };
    let status = this.execList(list, io);
    this.ctl = null;
    if (this.state.exitRequested !== null) {
      this.exitTrap(io);
      status = this.state.exitRequested;
    }
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
      if (item.coprocess) {
        io.stderr.write(this.msg("sh.nocoproc") + "\n");
        this.state.lastStatus = 2;
        continue;
      }
      this.runAndOr(item.andor, io);
    }
    return this.state.lastStatus;
  }

  private runAndOr(a: AndOr, io: Io): void {
    let status = this.runPipeline(a.first, io);
    // set -e and the ERR trap look at the last pipeline of the list, when it ran and is not `!`
    let last: Pipeline | null = a.rest.length === 0 ? a.first : null;
    for (const r of a.rest) {
      if (this.halted()) return;
      if ((r.op === "&&" && status === 0) || (r.op === "||" && status !== 0)) {
        status = this.runPipeline(r.pipeline, io);
        last = r.pipeline === a.rest[a.rest.length - 1]!.pipeline ? r.pipeline : null;
      } else last = null;
    }
    if (status !== 0 && last !== null && !last.bang && this.condDepth === 0 && !this.halted()) this.failed(status, io);
  }

  /** a command failed outside a condition: the ERR trap runs, and set -e exits the shell */
  private failed(status: number, io: Io): void {
    const trap = this.state.traps.get("ERR");
    if (trap !== undefined && trap !== "") {
      this.state.traps.delete("ERR"); // not again from inside the trap
      try {
        this.runTrap(trap, io);
      } finally {
        if (!this.state.traps.has("ERR")) this.state.traps.set("ERR", trap);
      }
      this.state.lastStatus = status;
    }
    if (optionIsOn(this.state.options, "errexit") && this.state.exitRequested === null) this.state.exitRequested = status;
  }

  private runPipeline(p: Pipeline, io: Io): number {
    if (p.time) {
      // time: the pipeline, then how long it took (the lab's clock; no processor time)
      const t0 = this.machine.clock.now();
      const status = this.runPipeline({ bang: p.bang, commands: p.commands }, io);
      const real = Math.max(0, this.machine.clock.now() - t0);
      const fmt = (sec: number) => `${Math.floor(sec / 60)}m${(sec % 60).toFixed(2)}s`;
      io.stderr.write(`\nreal\t${fmt(real)}\nuser\t${fmt(0)}\nsys\t${fmt(0)}\n`);
      return status;
    }
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
        const stageIo: Io = { stdin: stageIn, stdout: out, stderr: io.stderr };
        // A stage that can change nothing of the shell needs no copy of it: running it here is
        // what the subshell would do, without the cost of forking (most pipelines are like that).
        const plain = this.isPlainStage(c);
        if (plain !== null) {
          // what a subshell would not hand back: $? (a later stage sees the one before the
          // pipeline) and a tracked alias made by running the command
          const last = this.state.lastStatus;
          const tracked = this.state.tracked.has(plain);
          status = this.runCommand(c, stageIo);
          this.state.lastStatus = last;
          if (!tracked) this.state.tracked.delete(plain);
        } else
          status = this.subshell((sh) => {
            sh.state.lastStatus = sh.runCommand(c, stageIo);
          }, stageIo);
        input = new ShellInput(out.bytes());
      }
      if (this.limits.stopped) break;
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    this.state.lastStatus = status;
    return status;
  }

  /**
   * A pipeline stage that cannot touch the shell's state: a simple command of literal words and
   * redirections (no assignment, no expansion that could assign or run commands), naming a
   * command that reads nothing but its arguments and the machine, not a function or a builtin
   * that changes the shell. Returns the command's name, or null.
   */
  private isPlainStage(c: Command): string | null {
    if (!isSimple(c) || c.assigns.length || c.words.length === 0) return null;
    const literal = (w: { parts: { kind: string }[] }) => w.parts.every((p) => p.kind === "lit");
    if (!c.words.every(literal) || !c.redirects.every((r) => literal(r.target))) return null;
    const first = c.words[0]!.parts.map((p) => (p as { text: string }).text).join("");
    if (STATEFUL_COMMANDS.has(first) || SHELL_BUILTINS.has(first) || this.state.functions.has(first)) return null;
    return this.os.commands.has(first) ? first : null;
  }

  private runCommand(c: Command, io: Io): number {
    const saved = this.io;
    this.io = io;
    try {
      return isSimple(c) ? this.runSimple(c, io) : this.runCompound(c, io);
    } catch (e) {
      const failed = this.failure(e);
      if (failed === null) throw e;
      io.stderr.write(failed.message + "\n");
      this.aborted = true;
      return failed.status;
    } finally {
      this.io = saved;
    }
  }

  /** an error the shell reports (an expansion, a read-only variable, arithmetic): the message
   *  and the status; null for anything else */
  private failure(e: unknown): { message: string; status: number } | null {
    if (e instanceof ExpansionError) return { message: e.message, status: e.status };
    if (e instanceof ReadonlyError) return { message: this.msg("sh.readonly", e.varName), status: 1 };
    if (e instanceof ArithError) return { message: this.msg(e.id, e.text), status: 1 };
    return null;
  }

  /** the condition of if, while or until: set -e and the ERR trap do not act inside it */
  private condition(list: List, io: Io): number {
    this.condDepth++;
    try {
      return this.execList(list, io);
    } finally {
      this.condDepth--;
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

  /** after a loop body: true when the loop must stop (break, continue of an outer loop, return,
   *  exit) */
  private leaveLoop(): boolean {
    const c = this.ctl;
    if (c !== null) {
      if (c.kind === "return") return true;
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
        outer.stderr.write((e.text ?? this.os.redirectError(e.path, e.errno, e.input)) + "\n");
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
        return this.subshell((sh) => sh.execList(c.list, io), io);
      case "function":
        this.state.functions.set(c.name, c);
        return 0;
      case "arith": {
        const v = this.arith(c.expr);
        return v === "0" ? 1 : 0;
      }
      case "cond":
        return this.cond(c.expr) ? 0 : 1;
      case "select":
        return this.select(c, io);
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
            const cond = this.condition(c.cond, io);
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
          const cond = this.condition(cl.cond, io);
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

  /** select: the menu on standard error, a line of standard input picks the word (REPLY holds
   *  the line); end of input ends the loop */
  private select(c: Extract<CompoundCommand, { kind: "select" }>, io: Io): number {
    if (!NAME.test(c.name)) throw new ExpansionError(this.msg("sh.badid", c.name));
    const words = c.words === null ? [...this.state.positional] : c.words.flatMap((w) => this.expandWord(w));
    if (words.length === 0) return 0;
    const width = String(words.length).length;
    const menu = words.map((w, i) => `${String(i + 1).padStart(width)}) ${w}\n`).join("");
    let status = 0;
    let showMenu = true;
    this.loopDepth++;
    try {
      for (;;) {
        if (!this.tick(io)) break;
        if (showMenu) io.stderr.write(menu);
        io.stderr.write(this.state.env.get("PS3") ?? "#? ");
        const line = io.stdin.line();
        if (line === null) {
          status = 1;
          break;
        }
        this.state.env.set("REPLY", line.text);
        showMenu = line.text === "";
        if (showMenu) continue;
        const k = /^[ \t]*([0-9]+)[ \t]*$/.exec(line.text);
        this.state.env.set(c.name, k !== null ? (words[Number(k[1]) - 1] ?? "") : "");
        status = this.execList(c.body, io);
        if (this.leaveLoop()) break;
      }
    } finally {
      this.loopDepth--;
    }
    return this.limits.stopped ? 1 : status;
  }

  /** [[ … ]]: no field splitting or pathname expansion; the right side of = == != a pattern */
  private cond(e: CondExpr): boolean {
    switch (e.kind) {
      case "and":
        return this.cond(e.left) && this.cond(e.right);
      case "or":
        return this.cond(e.left) || this.cond(e.right);
      case "not":
        return !this.cond(e.expr);
      case "word":
        return this.expandOne(e.word) !== "";
      case "unary": {
        const arg = this.expandOne(e.arg);
        if (e.op === "-o") return optionIsOn(this.state.options, arg);
        return this.test([e.op, arg]);
      }
      case "binary": {
        const left = this.expandOne(e.left);
        switch (e.op) {
          case "=":
          case "==":
          case "!=": {
            const m = patternRegex(this.expandPattern(e.right)).test(left);
            return e.op === "!=" ? !m : m;
          }
          case "<":
          case ">": {
            const right = this.expandOne(e.right);
            return e.op === "<" ? left < right : left > right;
          }
          default:
            return this.test([left, e.op, this.expandOne(e.right)]);
        }
      }
    }
  }

  /** a test expression (the file and number operators of [[ ]]) */
  private test(args: string[]): boolean {
    try {
      return testExpr(this.context(args, this.io), args);
    } catch (e) {
      if (e instanceof TestError) throw new ExpansionError(e.message);
      throw e;
    }
  }

  // ---- expansion ----

  private msg(id: string, ...args: (string | number)[]): string {
    const t = this.os.catalog[id];
    if (t === undefined) throw new Error(`no catalog entry ${id} for ${this.os.name}`);
    let i = 0;
    return t.replace(/%(%|s|d)/g, (_m, ch: string) => (ch === "%" ? "%" : String(args[i++] ?? "")));
  }

  /** a parameter's value; undefined when it is not set */
  private lookup(name: string): string | undefined {
    const s = this.state;
    switch (name) {
      case "?":
        return String(s.lastStatus);
      case "$":
        return String(this.rootPid);
      case "#":
        return String(s.positional.length);
      case "-":
        return optionLetters(s.options);
      case "!":
        return undefined; // no background processes in the lab (& runs in the foreground)
      case "@":
      case "*":
        return s.positional.length ? s.positional.join(" ") : undefined;
      case "0":
        return this.zero;
      case "RANDOM":
      case "SECONDS":
        return this.special(name);
      default:
        if (/^[0-9]+$/.test(name)) return s.positional[Number(name) - 1];
        return s.env.get(name);
    }
  }

  /** $RANDOM (0-32767; assigning it seeds it) and $SECONDS (since the shell started on the lab's
   *  clock; assigning it sets the count) */
  private special(name: "RANDOM" | "SECONDS"): string {
    this.takeSpecial(name);
    if (name === "SECONDS") return String(Math.floor(this.machine.clock.now() - this.secondsFrom));
    this.random = (Math.imul(this.random, 1103515245) + 12345) & 0x7fffffff;
    return String((this.random >>> 16) & 0x7fff);
  }

  /** $name: the value ("" when unset, or an error with set -u) */
  private param(name: string): string {
    const v = this.lookup(name);
    if (v !== undefined) return v;
    if (name !== "@" && name !== "*" && name !== "!" && optionIsOn(this.state.options, "nounset")) throw new ExpansionError(this.msg("sh.notset", name));
    return "";
  }

  /** an assignment to RANDOM or SECONDS (a command's, or one found now) is taken in: the
   *  variable stays special */
  private takeSpecial(name: "RANDOM" | "SECONDS"): void {
    const env = this.vars;
    const assigned = env.get(name);
    if (assigned === undefined) return;
    env.restore(name, { value: undefined, exported: false, attrs: undefined });
    const n = Number.parseInt(assigned, 10) || 0;
    if (name === "RANDOM") this.random = n & 0x7fffffff;
    else this.secondsFrom = this.machine.clock.now() - n;
  }

  /** ${name op word}: a value, or the word (its parts go into the field being built) */
  private paramOp(p: Extract<WordPart, { kind: "pexp" }>): string | Word {
    const { name, op, word } = p;
    if (op === "len") return String(name === "@" || name === "*" ? this.state.positional.length : this.param(name).length);
    const v = this.lookup(name);
    const missing = v === undefined || (op.startsWith(":") && v === "");
    switch (op) {
      case ":-":
      case "-":
        return missing ? word : v!;
      case ":+":
      case "+":
        return missing ? "" : word;
      case ":=":
      case "=": {
        if (!missing) return v!;
        if (!NAME.test(name)) throw new ExpansionError(this.msg("sh.badsubst", "${" + name + op + "}"));
        const value = this.expandOne(word);
        this.state.env.set(name, value);
        return this.state.env.get(name) ?? value;
      }
      case ":?":
      case "?": {
        if (!missing) return v!;
        const text = word.parts.length ? this.expandOne(word) : "";
        throw new ExpansionError(text === "" ? this.msg("sh.nullset", name) : this.msg("sh.paramword", name, text));
      }
      default: {
        // # ## % %%: the shortest / longest prefix / suffix that matches the pattern goes
        const value = v ?? this.param(name);
        const re = patternRegex(this.expandPattern(word));
        const n = value.length;
        if (op === "#") {
          for (let i = 0; i <= n; i++) if (re.test(value.slice(0, i))) return value.slice(i);
        } else if (op === "##") {
          for (let i = n; i >= 0; i--) if (re.test(value.slice(0, i))) return value.slice(i);
        } else if (op === "%") {
          for (let i = n; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i);
        } else {
          for (let i = 0; i <= n; i++) if (re.test(value.slice(i))) return value.slice(0, i);
        }
        return value;
      }
    }
  }

  /** ${…} that ksh88 does not know: arrays get the lab's word, the rest ksh's error */
  private badSubst(text: string): never {
    if (/^\$\{#?[A-Za-z_][A-Za-z0-9_]*\[/.test(text)) throw new ExpansionError(this.msg("sh.noarrays"), 2);
    throw new ExpansionError(this.msg("sh.badsubst", text));
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

  /** run a list in a subshell for $( … ) or `…`: its output without the trailing newlines.
   *  $(<file) is the file's contents (ksh reads it without a command). */
  private commandSubst(list: List): string {
    const out = new Buffer();
    const io = this.io;
    const only = list.items.length === 1 && list.items[0]!.andor.rest.length === 0 ? list.items[0]!.andor.first : null;
    const c = only !== null && !only.bang && only.commands.length === 1 ? only.commands[0]! : null;
    if (c !== null && isSimple(c) && c.words.length === 0 && c.assigns.length === 0 && c.redirects.length === 1 && c.redirects[0]!.op === "<") {
      const r = c.redirects[0]!;
      const path = this.expandOne(r.target);
      try {
        const text = utf8.decode(this.sys.readFile(path));
        this.state.lastStatus = this.subStatus = 0;
        return text.replace(/\n+$/, "");
      } catch (e) {
        if (!isKernelError(e)) throw e;
        io.stderr.write(this.os.redirectError(path, e.errno, true) + "\n");
        this.state.lastStatus = this.subStatus = 1;
        return "";
      }
    }
    const subIo: Io = { stdin: io.stdin, stdout: out, stderr: io.stderr };
    const status = this.subshell((sh) => sh.execList(list, subIo), subIo);
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

  /** $(( … )) and (( … )): the $ expansions in the text first ($x, ${x:-0}, $(cmd) …), then
   *  the arithmetic */
  private arith(expr: string): string {
    let text = expr;
    if (/[$`]/.test(expr)) {
      const parts = expansionParts.get(expr, () => parseHereDoc(expr));
      if (parts === null) throw new ExpansionError(this.msg("sh.arith.syntax", expr));
      text = this.expandWord({ parts }, false).join("");
    }
    return String(this.evalArith(text));
  }

  /** an unquoted here-document's body: its $ expansions and backquotes done */
  private hereDocText(body: string): string {
    if (!/[$`\\]/.test(body)) return body;
    const parts = expansionParts.get(body, () => parseHereDoc(body));
    if (parts === null) return body;
    return this.expandWord({ parts }, false).join("");
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
    /** `brace`: the word of ${x:-word} (its unquoted text splits like an expansion), and
     *  whether that ${ } was inside "…" (then nothing in the word splits) */
    const addParts = (parts: WordPart[], brace: "" | "bare" | "quoted"): void => {
      for (const p of parts) {
        const part = brace === "quoted" && "quoted" in p && !p.quoted ? { ...p, quoted: true } : p;
        switch (part.kind) {
          case "lit":
            if (part.quoted) sawQuoted = true;
            // the unquoted text of ${x:-a b} is split like an expansion
            if (brace === "bare" && !part.quoted) addExpansion(part.text, false);
            else cur().pieces.push({ text: part.text, quoted: part.quoted });
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
          case "pexp": {
            const r = this.paramOp(part);
            if (typeof r === "string") addExpansion(r, part.quoted);
            else {
              if (part.quoted) sawQuoted = true;
              addParts(r.parts, part.quoted ? "quoted" : "bare");
            }
            break;
          }
          case "badsubst":
            this.badSubst(part.text);
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
    };
    addParts(w.parts, "");
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
    // the output descriptors of the command: 1 and 2 reach it, 3-9 can be opened and copied
    const fd = new Map<number, Out>([
      [1, io.stdout],
      [2, io.stderr],
    ]);
    const closed: Out = { write: () => {} };
    for (const r of redirects) {
      if (r.heredoc !== undefined) {
        // a here-document: its body is the input
        const body = r.heredoc.expand ? this.hereDocText(r.heredoc.body) : r.heredoc.body;
        if (r.fd === 0) stdin = new ShellInput(enc.encode(body));
        continue;
      }
      const target = this.expandOne(r.target);
      if (r.op === ">&" || r.op === "<&") {
        if (target === "-") {
          // close the descriptor: output goes nowhere, input is at its end
          if (r.fd === 0) stdin = new ShellInput();
          else fd.set(r.fd, closed);
        } else if (target === "p") {
          throw new ExpansionError(this.msg("sh.nocoproc"), 2);
        } else {
          // n>&m: descriptor n becomes a copy of m (0, the terminal, counts as 1 for output);
          // the only input descriptor is 0
          const m = /^[0-9]$/.test(target) ? Number(target) : -1;
          const src = r.op === "<&" || r.fd === 0 ? (m === 0 ? io.stdout : undefined) : fd.get(m === 0 ? 1 : m);
          if (src === undefined) throw new RedirectFailure(target, "EBADF", false, this.msg("sh.badunit", target));
          if (r.fd !== 0) fd.set(r.fd, src);
        }
        continue;
      }
      try {
        if (r.op === "<" || r.op === "<>") {
          if (r.op === "<>") this.sys.open(target, { write: true, create: true });
          const data = this.sys.readFile(target);
          if (r.fd === 0) stdin = new ShellInput(data);
        } else {
          if (r.op === ">" && optionIsOn(this.state.options, "noclobber") && this.isRegularFile(target)) {
            throw new RedirectFailure(target, "EEXIST", false, this.msg("sh.noclobber", target));
          }
          // open (create/truncate) now, as the shell does before the command runs
          this.sys.open(target, { write: true, create: true, trunc: r.op !== ">>", append: r.op === ">>" });
          const buf = new Buffer();
          files.push({ path: target, buf, append: true });
          if (r.fd !== 0) fd.set(r.fd, buf);
        }
      } catch (e) {
        if (isKernelError(e)) throw new RedirectFailure(target, e.errno, r.op === "<" || r.op === "<>");
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
    return { stdin, stdout: fd.get(1)!, stderr: fd.get(2)!, flush };
  }

  private isRegularFile(path: string): boolean {
    try {
      return this.sys.stat(path).type === "VREG";
    } catch {
      return false;
    }
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
      for (const [n, v] of values) {
        env.set(n, v);
        // RANDOM= seeds, SECONDS= sets the count, now
        if (n === "RANDOM" || n === "SECONDS") this.takeSpecial(n);
      }
      const status = this.subStatus ?? 0;
      if (c.redirects.length) {
        try {
          this.applyRedirects(c.redirects, io).flush();
        } catch (e) {
          if (e instanceof RedirectFailure) {
            io.stderr.write((e.text ?? this.os.redirectError(e.path, e.errno, e.input)) + "\n");
            return 1;
          }
          throw e;
        }
      }
      return status;
    }
    // name[subscript]=value: a ksh88 array element
    if (c.assigns.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*\[[^\]]*\]=/.test(argv[0]!)) throw new ExpansionError(this.msg("sh.noarrays"), 2);
    const vars = this.vars;
    const saved = c.assigns.map((a) => [a.name, vars.snapshot(a.name)] as const);
    const values = c.assigns.map((a) => [a.name, this.expandOne(a.value)] as const);
    this.trace(io, [...values.map(([n, v]) => `${n}=${v}`), ...argv]);
    try {
      for (const [n, v] of values) {
        env.set(n, v);
        env.export(n);
      }
      return this.exec(argv, c.redirects, io);
    } finally {
      for (const [n, v] of saved) vars.restore(n, v);
    }
  }

  private get vars(): ShellEnv {
    return this.state.env as ShellEnv;
  }

  /** parse text the shell runs itself (eval, `.`, fc) with the shell's aliases; null after
   *  reporting a syntax error */
  private parseText(src: string, io: Io): List | null {
    const r = parseComplete(src, { aliases: this.state.aliases });
    if (r.ok) return r.list;
    if (!r.incomplete) io.stderr.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
    return null;
  }

  /** the built-ins the interpreter runs (SHELL_BUILTINS) */
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
        const list = this.parseText(argv.slice(1).join(" "), io);
        if (list === null) return 2;
        return this.nested(io, 1, () => this.execList(list, io));
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
      case "return": {
        const arg = argv[1];
        let n = this.state.lastStatus;
        if (arg !== undefined) {
          if (!/^-?[0-9]+$/.test(arg)) {
            io.stderr.write(this.msg("sh.badnum", arg) + "\n");
            return 1;
          }
          n = ((Number(arg) % 256) + 256) % 256;
        }
        // outside a function or a . script, return is exit
        if (this.fnDepth === 0 && this.dotDepth === 0) this.state.exitRequested = n;
        else this.ctl = { kind: "return", n };
        return n;
      }
      case "command":
        return this.commandBuiltin(argv, io);
      case ".":
        return this.dot(argv, io);
      case "exec": {
        if (argv.length < 2) return 0;
        const status = this.dispatch(argv.slice(1), io, false);
        this.state.exitRequested = status;
        return status;
      }
      case "wait":
        return 0; // & runs in the foreground: nothing to wait for
      case "times":
        io.stdout.write("0m0.00s 0m0.00s\n0m0.00s 0m0.00s\n");
        return 0;
      case "getopts":
        return this.getopts(argv, io);
      case "fc":
        return this.fc(argv, io);
      case "jobs":
      case "fg":
      case "bg":
        io.stderr.write(this.msg("sh.nojobs", name) + "\n");
        return 2;
      case "kill":
        io.stderr.write(this.msg("sh.nosignals") + "\n");
        return 2;
      case "newgrp":
        io.stderr.write(this.msg("sh.nonewgrp") + "\n");
        return 2;
      default:
        return 0;
    }
  }

  /** command [-p] [-v | -V] name [args]: run name as a built-in or a file (never a function);
   *  -v / -V say what it is, like whence */
  private commandBuiltin(argv: string[], io: Io): number {
    let i = 1;
    let mode: "" | "v" | "V" = "";
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "--") {
        i++;
        break;
      }
      if (!/^-./.test(a)) break;
      for (const c of a.slice(1)) {
        if (c === "v" || c === "V") mode = c;
        else if (c !== "p") {
          io.stderr.write(this.msg("sh.badopt", "command") + "\n");
          return 2;
        }
      }
    }
    const rest = argv.slice(i);
    if (rest.length === 0) return 0;
    if (mode === "") return this.dispatch(rest, io, true);
    const ctx = this.context(rest, io);
    let status = 0;
    for (const name of rest) {
      const k = lookupCommand(ctx, name);
      if (k.kind === "none") {
        if (mode === "V") io.stderr.write(this.msg("whence.notfound", name) + "\n");
        status = 1;
      } else if (mode === "V") io.stdout.write(verboseLine(name, k) + "\n");
      else io.stdout.write((k.kind === "alias" ? `alias ${name}='${k.value}'` : k.kind === "file" ? k.path : name) + "\n");
    }
    return status;
  }

  /** . file [args]: the file's commands run in this shell (found through PATH without a /) */
  private dot(argv: string[], io: Io): number {
    const file = argv[1];
    if (file === undefined) {
      io.stderr.write(this.msg("sh.argexp", ".") + "\n");
      return 1;
    }
    let path: string | null = null;
    const candidates = file.includes("/") ? [file] : (this.state.env.get("PATH") ?? "").split(":").map((d) => (d === "" ? file : `${d}/${file}`));
    for (const p of candidates) {
      if (this.isRegularFile(p)) {
        path = p;
        break;
      }
    }
    let text: string;
    try {
      if (path === null) throw new Error("not found");
      text = utf8.decode(this.sys.readFile(path));
    } catch {
      io.stderr.write(this.os.notFound(file) + "\n");
      return 1;
    }
    const list = this.parseText(text, io);
    if (list === null) return 2;
    const savedPos = this.state.positional;
    if (argv.length > 2) this.state.positional = argv.slice(2);
    this.dotDepth++;
    try {
      return this.nested(io, 1, () => this.execList(list, io));
    } finally {
      this.dotDepth--;
      if (argv.length > 2) this.state.positional = savedPos;
      if (this.ctl?.kind === "return") {
        this.state.lastStatus = this.ctl.n;
        this.ctl = null;
      }
    }
  }

  /** getopts optstring name [args]: the next option of the positional parameters (or args) */
  private getopts(argv: string[], io: Io): number {
    const spec = argv[1];
    const name = argv[2];
    if (spec === undefined || name === undefined) {
      io.stderr.write(this.msg("sh.argexp", "getopts") + "\n");
      return 2;
    }
    const args = argv.length > 3 ? argv.slice(3) : this.state.positional;
    const env = this.state.env;
    const silent = spec.startsWith(":");
    let ind = Number(env.get("OPTIND") ?? "1");
    if (!Number.isInteger(ind) || ind < 1) ind = 1;
    if (this.optPos.ind !== ind) this.optPos = { ind, char: 1 };
    const arg = args[ind - 1];
    const done = () => {
      env.set(name, "?");
      env.set("OPTIND", String(ind));
      this.optPos = { ind, char: 1 };
      return 1;
    };
    if (arg === undefined || arg === "-" || !arg.startsWith("-")) return done();
    if (arg === "--") {
      ind++;
      return done();
    }
    const ch = arg[this.optPos.char]!;
    let next = this.optPos.char + 1;
    const advance = () => {
      if (next >= arg.length) {
        ind++;
        next = 1;
      }
      this.optPos = { ind, char: next };
      env.set("OPTIND", String(ind));
    };
    const k = ch === ":" ? -1 : spec.indexOf(ch);
    if (k < 0) {
      if (silent) env.set("OPTARG", ch);
      else io.stderr.write(this.msg("sh.badopt", "-" + ch) + "\n");
      env.set(name, "?");
      advance();
      return 0;
    }
    if (spec[k + 1] === ":") {
      let value: string | undefined;
      if (next < arg.length) value = arg.slice(next);
      else value = args[ind];
      if (value === undefined) {
        if (silent) {
          env.set(name, ":");
          env.set("OPTARG", ch);
        } else {
          io.stderr.write(this.msg("sh.argexp", "-" + ch) + "\n");
          env.set(name, "?");
        }
        ind++;
        next = 1;
        this.optPos = { ind, char: 1 };
        env.set("OPTIND", String(ind));
        return 0;
      }
      env.set("OPTARG", value);
      ind += next < arg.length ? 1 : 2;
      this.optPos = { ind, char: 1 };
      env.set("OPTIND", String(ind));
      env.set(name, ch);
      return 0;
    }
    env.unset("OPTARG");
    env.set(name, ch);
    advance();
    return 0;
  }

  /** fc -l (the history alias): list commands; fc -e - [old=new] [command] (the r alias): run one
   *  again. Editing commands is not simulated. */
  private fc(argv: string[], io: Io): number {
    const args = argv.slice(1);
    // the fc command itself is the last entry of the history
    const hist = this.state.history.slice(0, -1);
    if (args[0] === "-e" && args[1] === "-") {
      let rest = args.slice(2);
      const subst = rest[0]?.includes("=") ? rest[0] : undefined;
      if (subst !== undefined) rest = rest.slice(1);
      const which = rest[0];
      let cmd: string | undefined;
      if (which === undefined) cmd = hist[hist.length - 1];
      else if (/^-?[0-9]+$/.test(which)) {
        const n = Number(which);
        cmd = n < 0 ? hist[hist.length + n] : hist[n - 1];
      } else cmd = [...hist].reverse().find((h) => h.startsWith(which));
      if (cmd === undefined) {
        io.stderr.write(this.os.notFound(which ?? "fc") + "\n");
        return 1;
      }
      if (subst !== undefined) {
        const eq = subst.indexOf("=");
        cmd = cmd.replace(subst.slice(0, eq), subst.slice(eq + 1));
      }
      this.state.history[this.state.history.length - 1] = cmd;
      io.stdout.write(cmd + "\n");
      const list = this.parseText(cmd, io);
      if (list === null) return 2;
      return this.nested(io, 1, () => this.execList(list, io));
    }
    let numbers = true;
    let reverse = false;
    let list = false;
    let i = 0;
    for (; i < args.length && /^-[lnr]+$/.test(args[i]!); i++) {
      if (args[i]!.includes("l")) list = true;
      if (args[i]!.includes("n")) numbers = false;
      if (args[i]!.includes("r")) reverse = true;
    }
    if (!list) {
      io.stderr.write(this.msg("sh.nofcedit") + "\n");
      return 2;
    }
    const pos = (s: string | undefined, dflt: number): number => {
      if (s === undefined) return dflt;
      if (/^-?[0-9]+$/.test(s)) {
        const n = Number(s);
        return n < 0 ? hist.length + n + 1 : n;
      }
      for (let k = hist.length; k >= 1; k--) if (hist[k - 1]!.startsWith(s)) return k;
      return dflt;
    };
    const last = pos(args[i + 1], hist.length);
    const first = pos(args[i], Math.max(1, hist.length - 15));
    let lines: string[] = [];
    for (let k = Math.max(1, Math.min(first, last)); k <= Math.min(hist.length, Math.max(first, last)); k++) {
      lines.push((numbers ? `${k}\t` : "\t") + hist[k - 1]!.replace(/\n/g, "\n\t"));
    }
    if (reverse) lines = lines.reverse();
    io.stdout.write(lines.map((l) => l + "\n").join(""));
    return 0;
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

  /** a shell script: its lines run in a subshell with the arguments as $1 …, its path as $0 */
  private runScript(path: string, text: string, args: string[], io: Io): number {
    const r = parseComplete(text.replace(/^#!.*\n/, "\n"), { aliases: this.state.aliases });
    if (!r.ok && !r.incomplete) {
      io.stderr.write(this.os.syntaxError(r.problem, 1).replace(/^ksh: /, `${path}: `) + "\n");
      return 2;
    }
    if (!r.ok) return 2;
    const list = r.list;
    return this.subshell((sh) => {
      sh.state.positional = [...args];
      sh.zero = path;
      sh.fnDepth = 0;
      sh.dotDepth = 0;
      sh.loopDepth = 0;
      sh.execList(list, io);
    }, io);
  }

  private exec(argv: string[], redirects: Redirect[], io: Io): number {
    this.machine.clock.advance(this.secondsPerCommand);
    let rio;
    try {
      rio = this.applyRedirects(redirects, io);
    } catch (e) {
      if (e instanceof RedirectFailure) {
        io.stderr.write((e.text ?? this.os.redirectError(e.path, e.errno, e.input)) + "\n");
        return 1;
      }
      throw e;
    }
    const cio: Io = { stdin: rio.stdin, stdout: rio.stdout, stderr: rio.stderr };
    if (argv[0] === "exec" && argv.length === 1 && redirects.length > 0) {
      // exec >file: the shell's own descriptors would change for good
      rio.flush();
      io.stderr.write(this.msg("sh.noexecredir") + "\n");
      return 2;
    }
    try {
      return this.dispatch(argv, cio, false);
    } finally {
      rio.flush();
    }
  }

  /** run a command by name: a built-in of the shell, a function (unless `noFunctions`, for
   *  command), a command of the system or a file */
  private dispatch(argv: string[], cio: Io, noFunctions: boolean): number {
    const name = argv[0]!;
    if (SHELL_BUILTINS.has(name)) {
      try {
        return this.builtin(argv, cio);
      } catch (e) {
        const failed = this.failure(e);
        if (failed === null) throw e;
        cio.stderr.write(failed.message + "\n");
        return failed.status;
      }
    }
    if (!noFunctions && !KSH_BUILTINS.has(name)) {
      const fn = this.state.functions.get(name);
      if (fn !== undefined) return this.callFunction(fn, argv, cio);
    }
    const base = name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name;
    // `[` is test under another name (it wants a closing ])
    const def = this.os.commands.get(base === "[" && !name.includes("/") ? "test" : base);
    if (name.includes("/")) {
      // a path names a file: the command's own file runs the command, any other executable
      // file runs as a ksh script in a subshell
      const file = this.fileToRun(name, def?.path);
      if (file.kind !== "command") {
        return file.kind === "script" ? this.runScript(name, file.text, argv.slice(1), cio) : this.cannotRun(name, file.kind, cio);
      }
    }
    if (!def) {
      cio.stderr.write(this.os.notFound(name) + "\n");
      return 127;
    }
    // set -o trackall: a command run by name becomes a tracked alias
    if (!name.includes("/") && !KSH_BUILTINS.has(name) && optionIsOn(this.state.options, "trackall")) {
      this.state.tracked.set(name, def.path ?? `/usr/bin/${name}`);
    }
    const ctx = this.context(argv, cio);
    const before = cio.stdin.offset;
    let status: number;
    try {
      status = def.run(ctx);
    } catch (e) {
      // A command that lets a kernel error escape still gets the system's text; anything else is
      // a lab bug: say so, keep the session.
      const failed = this.failure(e);
      if (isKernelError(e)) cio.stderr.write(`${name}: ${this.os.strerror(e.errno)}\n`);
      else if (failed !== null) cio.stderr.write(failed.message + "\n");
      else cio.stderr.write(`looplab: internal error in ${name}: ${(e as Error)?.message ?? String(e)}\n`);
      status = 1;
    }
    cio.stdin.settle(ctx.stdin, before);
    return status & 0xff;
  }

  /** what a command of the system is given */
  private context(argv: string[], cio: Io): CommandContext & ShellContext {
    return {
      argv,
      stdin: cio.stdin.forCommand(),
      stdout: cio.stdout,
      stderr: cio.stderr,
      sys: this.sys,
      machine: this.machine,
      shell: this.state,
      os: this.os,
      columns: this.columns,
      readLine: () => cio.stdin.line(),
      stdinIsTTY: cio.stdin.tty,
    };
  }

  /** a function: its body with the arguments as $1 …; return ends it; variables typeset in it
   *  are local; an EXIT trap set in it runs when it returns */
  private callFunction(fn: FunctionDef, argv: string[], io: Io): number {
    if (this.fnDepth >= MAX_FUNCTION_DEPTH) {
      if (!this.aborted) io.stderr.write(this.msg("sh.fndepth", MAX_FUNCTION_DEPTH) + "\n");
      this.aborted = true;
      return 1;
    }
    const s = this.state;
    const saved = { positional: s.positional, zero: this.zero, loopDepth: this.loopDepth, exitTrap: s.traps.get("EXIT") };
    s.positional = argv.slice(1);
    if (/^function\s/.test(fn.text)) this.zero = fn.name;
    this.loopDepth = 0;
    s.traps.delete("EXIT");
    const frame = new Map<string, VarSnapshot>();
    s.locals.push(frame);
    this.fnDepth++;
    let status: number;
    try {
      status = this.runCommand(fn.body, io);
      if (this.ctl?.kind === "return") {
        status = this.ctl.n;
        this.ctl = null;
      }
      s.lastStatus = status;
      const trap = s.traps.get("EXIT");
      if (trap !== undefined && trap !== "") {
        s.traps.delete("EXIT");
        this.runTrap(trap, io);
        status = s.lastStatus;
      }
    } finally {
      this.fnDepth--;
      s.locals.pop();
      for (const [n, v] of frame) this.vars.restore(n, v);
      s.positional = saved.positional;
      this.zero = saved.zero;
      this.loopDepth = saved.loopDepth;
      if (saved.exitTrap === undefined) s.traps.delete("EXIT");
      else s.traps.set("EXIT", saved.exitTrap);
    }
    return status;
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
