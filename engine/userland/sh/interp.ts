// The interpreter: ksh88 as AIX has it, or another system's shell as its personality describes it
// (os.shell: built-ins, preset aliases, defaults; os.signals; os.catalog for the messages).
//
// A shell is a process like any other: its body is `main()`, a coroutine that reads command lines
// from descriptor 0 (the terminal, a script on standard input) and runs them. The work is split
// by what it is about:
//   expand.ts    words to fields ($x, ${x%y}, $(cmd), $((1+2)), * ?)
//   redirect.ts  < > >> <> <& >& <<, on this process's descriptors, undone after a built-in
//   exec.ts      lists, simple commands, subshells, functions and scripts
//   pipeline.ts  a | b | c, in the foreground or the background
//   spawn.ts     fork and exec: children, the foreground job and waiting for it, & and $( )
//   compound.ts  for, while, until, if, case, select, { }, ( ), [[ ]], (( ))
//   builtins.ts  the built-ins that steer the shell itself (break, eval, exec, wait, jobs, kill …)
//   jobs.ts      the job table, its notices, and leaving the shell with jobs
//   dispositions.ts  what the shell's process and its children do with each signal
//   command.ts   ksh and sh as commands (a new shell in a child process)
//   arith.ts     $(( )), let, typeset -i: 64-bit C longs
//   prompt.ts    PS1 as ksh88 shows it
//   depth.ts     how deep the interpreter goes on the host's stack (recursion too deep)
// Other built-ins (cd, read, set, test, print, typeset, trap …) are commands of the system that
// act on the shell state they are given (engine/userland/common).
//
// Signals: an interactive shell catches INT (Ctrl-C ends the command line, $? is 130) and
// ignores TERM, QUIT and the keyboard's stop signals; `trap` catches or ignores others. A caught
// signal is handled at the next step of the shell (before a command, at each loop iteration):
// its trap runs, or, for INT in an interactive shell, the command line is abandoned (Interrupt).
import { atCommand, speak, syntaxLines, type InputKind } from "./speak.js";
import { openHereDocs, parse, parseComplete } from "../../../grammar/parse.js";
import { runSource } from "./source.js";
import type { List } from "../../../grammar/ast.js";
import type { Machine } from "../../kernel/machine.js";
import { TtyFile } from "../../kernel/proc/file.js";
import type { Signal } from "../../kernel/proc/signal.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Sys } from "../../kernel/sys.js";
import type { OsPersonality } from "../types.js";
import type { FunctionDef, KshState } from "./context.js";
import { ShellEnv } from "./env.js";
import { execList, nested } from "./exec.js";
import { exitBlocked, hangUpJobs, isLogin, JobTable, reportJobs } from "./jobs.js";
import { applyDispositions } from "./dispositions.js";
import { readLineFd } from "../streams.js";
import { isKernelError } from "../../kernel/errno.js";
import { editorVariable, optionIsOn } from "../common/set.js";
import { format } from "../common/msg.js";
import { primaryPrompt } from "./prompt.js";
import { inlineBase, parseCost } from "./depth.js";
import { saneTerminal } from "./ttymodes.js";

/** an expansion that failed (bad arithmetic …): the message is printed, the command fails */
export class ExpansionError extends Error {
  constructor(
    message: string,
    /** the status (2 for what the lab does not simulate) */
    readonly status = 1,
  ) {
    super(message);
  }
}

/** an error after which nothing more of the command line runs, not even after a built-in that
 *  ran it (eval, `.`): recursion too deep, a fork that failed */
export class FatalError extends ExpansionError {}

/** Ctrl-C in an interactive shell: the command line ends, $? is 130 */
export class Interrupt extends Error {
  constructor() {
    super("interrupt");
  }
}

/** Text that can leave a line open (a quote, a trailing | && || \, an open compound command,
 *  a here-document, [[ …). */
const MAY_CONTINUE = /['"\\|&(`{<]|\[\[|\b(?:for|select|while|until|if|case|function)\b/;

export interface ShellOptions {
  columns?: number;
  /** seconds the machine clock advances for each command line read */
  secondsPerCommand?: number;
  /** reads commands from a terminal: prompts, job notices, job control, Ctrl-C ends the line */
  interactive?: boolean;
}

/** VISUAL and EDITOR choose the editing mode as they are assigned, and as the shell finds them
 *  in its environment at start-up */
function watchEditorVariables(vars: ShellEnv, options: Set<string>, atStart = false): void {
  vars.onSet = (name, value) => editorVariable(options, vars.get("VISUAL"), name, value);
  if (!atStart) return;
  for (const n of ["EDITOR", "VISUAL"]) {
    const v = vars.get(n);
    if (v !== undefined) editorVariable(options, vars.get("VISUAL"), n, v);
  }
}

export class Shell {
  state: KshState;
  readonly columns: number;
  secondsPerCommand: number;
  lineNo = 0;
  /** a pending break / continue (how many enclosing loops it still leaves) or return (status) */
  ctl: { kind: "break" | "continue" | "return"; n: number } | null = null;
  loopDepth = 0;
  /** $$: a subshell keeps its parent's */
  rootPid: number;
  /** $!: the last background process */
  lastBg: number | null = null;
  /** status of the last command substitution of the command being expanded */
  subStatus: number | null = null;
  /** an expansion failed: the rest of the line (of this subshell) does not run, as in ksh */
  aborted = false;
  /** commands running inside each other in this process (see MAX_DEPTH) */
  depth = 0;
  /** the depth of the shell whose turn this process's first turn ran inside (0: from the queue) */
  base = 0;
  /** what recursed, for `recursion too deep`: the innermost function, `.` script or eval */
  innermost = "";
  /** functions running inside each other, and `.` scripts (return leaves the innermost) */
  fnDepth = 0;
  dotDepth = 0;
  /** $0: the shell's name, a script's path, a `function name` function's name */
  zero: string;
  /** getopts: the option character it is at inside the argument OPTIND points to */
  optPos = { ind: 1, char: 1 };
  /** inside the condition of an if, while or until (set -e and ERR do not act) */
  condDepth = 0;
  /** $RANDOM's generator, and the clock time $SECONDS counts from */
  random = 1;
  secondsFrom = 0;
  /** this process ends after its current simple command: an external command runs in it (exec) */
  execLast = false;
  /** a copy made for a subshell (it has no jobs of its own to report) */
  subshell = false;
  readonly jobs = new JobTable();
  /** the pids of background jobs, of this shell and of every subshell it forks (shared): the
   *  host tells the foreground from them (a sleep in the foreground ends while they run) */
  backgroundPids = new Set<number>();
  /** signals ignored when this shell started (a background job without job control ignores the
   *  keyboard): they stay ignored, for it and for what it runs (POSIX: not even a trap resets them) */
  ignoredAtStart = new Set<Signal>();
  /** the command line being run, as typed (a job's text) */
  lineText = "";
  /** argv[0] the shell was started with (-bash for a login shell): its name when interactive */
  argv0: string;
  /** its name in messages when not interactive: $0, or the `.` file being read (bash's
   *  BASH_SOURCE[0]); see speak.ts */
  errName: string;
  /** what a shell that is not interactive reads: a -c string, standard input or a script file */
  input: InputKind = "stdin";
  /** the line the current command is on, in the text it came from (speak.ts) */
  line = 0;
  /** this process runs a script as a new shell (not as a subshell of an interactive one): its
   *  messages are a script's (speak.ts) */
  script = false;
  /** lines read from standard input so far (a command read on several lines counts each) */
  private linesRead = 0;
  /** the pipeline running in the foreground collects the processes its commands start */
  currentJob: import("./jobs.js").Job | null = null;
  /** the simple command being run: what its process runs, for ash's job lines */
  cmdNode: import("../../../grammar/ast.js").SimpleCommand | null = null;

  constructor(
    readonly machine: Machine,
    public sys: Sys,
    readonly os: OsPersonality,
    env: Record<string, string>,
    opts: ShellOptions = {},
  ) {
    const vars = new ShellEnv(env);
    // what the shell sets itself (not exported) unless the environment has it
    for (const [n, v] of Object.entries(os.shell.defaults)) if (vars.get(n) === undefined) vars.set(n, v);
    this.state = {
      env: vars,
      lastStatus: 0,
      exitRequested: null,
      history: [],
      positional: [],
      options: new Set(),
      functions: new Map(),
      aliases: new Map(os.shell.aliases),
      tracked: new Map(),
      trackedHits: new Map(),
      traps: new Map(),
      ulimits: new Map(),
      locals: [],
      interactive: opts.interactive ?? true,
    };
    if (!this.state.interactive) for (const o of ["interactive", "monitor"]) this.state.options.add("no:" + o);
    watchEditorVariables(vars, this.state.options, true);
    this.columns = opts.columns ?? 80;
    this.secondsPerCommand = opts.secondsPerCommand ?? 1;
    this.rootPid = sys.proc.pid;
    this.base = inlineBase();
    this.argv0 = sys.proc.argv[0] ?? os.shellName;
    this.errName = os.shellName;
    // an interactive login bash's $0 is -bash; one given a -c string or standard input by the
    // lab's command line (ssh host cmd) is plain bash, and so is its name in messages
    this.zero = os.shell.zeroIsArgv0 && this.state.interactive ? this.argv0 : os.shellName;
    this.state.says = (text) => speak(this, text);
    this.random = (sys.proc.pid * 7919) & 0x7fffffff;
    this.secondsFrom = machine.clock.now();
    // $PPID: the parent's pid, as the shell found it at start
    vars.set("PPID", String(sys.proc.ppid));
    this.jobs.pwd = () => this.vars.get("PWD");
    applyDispositions(this);
  }

  get vars(): ShellEnv {
    return this.state.env as ShellEnv;
  }

  /** job control: an interactive shell with the monitor option on */
  get monitor(): boolean {
    return this.state.interactive && !this.subshell && optionIsOn(this.state.options, "monitor");
  }

  /** a copy of this shell for a subshell, on the child process `sys` */
  fork(sys: Sys): Shell {
    const child = Object.create(Shell.prototype) as Shell;
    const p = this.state;
    const env = (p.env as ShellEnv).clone();
    // traps are reset in a subshell, but ignored signals stay ignored
    const traps = new Map([...p.traps].filter(([, v]) => v === ""));
    Object.assign(child, {
      machine: this.machine,
      os: this.os,
      columns: this.columns,
      secondsPerCommand: this.secondsPerCommand,
      lineNo: this.lineNo,
      loopDepth: this.loopDepth,
      rootPid: this.rootPid,
      lastBg: this.lastBg,
      backgroundPids: this.backgroundPids,
      ignoredAtStart: new Set(this.ignoredAtStart),
      // a process of its own: its commands start a new chain of coroutines
      depth: 0,
      base: 0,
      innermost: this.innermost,
      fnDepth: this.fnDepth,
      dotDepth: this.dotDepth,
      zero: this.zero,
      condDepth: this.condDepth,
      random: this.random,
      secondsFrom: this.secondsFrom,
      lineText: this.lineText,
      argv0: this.argv0,
      errName: this.errName,
      input: this.input,
      line: this.line,
      linesRead: this.linesRead,
      script: this.script,
      abortLine: false,
      sys,
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
        trackedHits: new Map(p.trackedHits),
        traps,
        ulimits: new Map(p.ulimits),
        locals: p.locals.map((f) => new Map(f)),
        interactive: false,
        forkedInteractive: p.interactive || p.forkedInteractive === true,
        // a forked shell has its parent's names of the directories (ash's curdir is memory)
        ...(p.dirs ? { dirs: { ...p.dirs } } : {}),
      } satisfies KshState,
      ctl: null,
      subStatus: null,
      aborted: false,
      optPos: { ...this.optPos },
      execLast: false,
      subshell: true,
      jobs: new JobTable(),
      currentJob: null,
      cmdNode: null,
    });
    child.state.says = (text) => speak(child, text);
    watchEditorVariables(env, child.state.options);
    applyDispositions(child);
    return child;
  }

  msg(id: string, ...args: (string | number)[]): string {
    const t = this.os.catalog[id];
    if (t === undefined) throw new Error(`no catalog entry ${id} for ${this.os.name}`);
    return format(t, args);
  }

  /** a line on standard error */
  err(text: string): void {
    this.write(2, speak(this, text) + "\n");
  }

  /** text on a descriptor, now (a closed descriptor swallows it) */
  write(fd: number, text: string): void {
    try {
      this.sys.writeNow(fd, text);
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }

  /** the primary prompt as this shell shows it (PS1, see prompt.ts) */
  prompt(): string {
    return primaryPrompt(this, this.os.prompt(this.state));
  }

  /** does this text need more lines (an open quote, a trailing pipe, an open for/if/( …, a
   *  here-document without its delimiter line)? */
  needsMore(src: string): boolean {
    return this.wants(src) !== null;
  }

  /** what the text still needs: nothing (null), more lines, or the bodies of here-documents up
   *  to their delimiter lines */
  wants(src: string): null | "more" | { delim: string; strip: boolean }[] {
    if (!MAY_CONTINUE.test(src)) return null;
    const r = parse(src, { aliases: this.state.aliases });
    if (r.ok || !r.incomplete) return null;
    const docs = openHereDocs();
    return docs.length > 0 ? [...docs] : "more";
  }

  // ---- the shell's life ----

  /**
   * The shell's body: read command lines from descriptor 0 and run them, until end of input or
   * exit. An interactive shell prompts (PS1, PS2 for more lines), reports its jobs before each
   * prompt, and survives Ctrl-C. The clock moves on by `secondsPerCommand` for each line read.
   */
  *main(): Co<number> {
    for (;;) {
      if (this.state.interactive) {
        reportJobs(this);
        yield* saneTerminal(this);
        this.promptOut(this.prompt());
      }
      let src: string | null;
      const firstLine = this.linesRead + 1;
      try {
        src = yield* this.readCommand("command");
        let want = src === null ? null : this.wants(src);
        while (src !== null && want !== null) {
          if (this.state.interactive) this.promptOut(this.state.env.get("PS2") ?? "> ");
          const more = yield* this.readCommand("continuation");
          if (more === null) break;
          src += "\n" + more;
          // here-documents' bodies: only their delimiter lines can change what the text needs (a
          // long body is not parsed again at each line)
          if (typeof want === "object") {
            const doc = want[0]!;
            if ((doc.strip ? more.replace(/^\t+/, "") : more) !== doc.delim) continue;
            want.shift();
            if (want.length > 0) continue;
          }
          want = this.wants(src);
        }
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        // Ctrl-C at the prompt: the line is gone, a new prompt on a new line
        this.promptOut("\n");
        this.state.lastStatus = 130;
        continue;
      }
      if (src === null) {
        // Ctrl-D: as exit, stopped (or a login shell's running) jobs hold it once
        if (exitBlocked(this)) continue;
        yield* this.logout();
        hangUpJobs(this);
        return this.state.exitRequested ?? this.state.lastStatus;
      }
      this.machine.clock.advance(this.secondsPerCommand);
      yield* this.runLine(src, firstLine);
      // a shell reading a file (not a terminal) ends at a syntax error, with its status
      if (this.syntaxFailed && !this.state.interactive) {
        yield* this.exitTrap();
        hangUpJobs(this);
        return this.state.exitRequested ?? 2;
      }
      if (this.state.exitRequested !== null) {
        hangUpJobs(this);
        return this.state.exitRequested;
      }
    }
  }

  /** ksh -c (or a script's text, `input` "file"): the text is the whole program; the shell ends
   *  after it (its EXIT trap runs) */
  *runCommandText(src: string, input: InputKind = "c"): Co<number> {
    this.machine.clock.advance(this.secondsPerCommand);
    this.input = input;
    this.lineNo++;
    this.lineText = src;
    this.ctl = null;
    this.aborted = false;
    const first = input === "c" ? (this.os.shell.commandStringFirstLine ?? 1) : 1;
    const r = yield* runSource(this, src, first, (list) => this.runList(list), (p, text, at) => this.syntaxError(p, text, at));
    if (r === "syntax") this.state.lastStatus = 2;
    if (this.state.exitRequested === null) yield* this.exitTrap();
    return this.state.exitRequested ?? this.state.lastStatus;
  }

  /** a line from descriptor 0 (null at end of input); a Ctrl-C while waiting is an Interrupt */
  private *readCommand(kind: "command" | "continuation"): Co<string | null> {
    for (;;) {
      try {
        const l = yield* readLineFd(this.sys, 0, kind);
        if (l !== null) this.linesRead++;
        return l === null ? null : l.text;
      } catch (e) {
        if (!isKernelError(e, "EINTR")) throw e;
        yield* this.handleSignals();
      }
    }
  }

  /** the prompt (and what ends a cancelled line) on the terminal: dressing, not output */
  promptOut(text: string): void {
    const f = this.sys.proc.fds.get(2);
    if (f instanceof TtyFile) f.tty.prompt(text);
    else this.write(2, text);
  }

  /** the last line runLine was given did not parse */
  private syntaxFailed = false;

  /** run one complete command line (or several lines of text; `firstLine` the number of its
   *  first line in what the shell reads) */
  *runLine(src: string, firstLine = 1): Co<number> {
    this.lineNo++;
    if (src.trim() !== "") this.state.history.push(src);
    this.lineText = src;
    this.ctl = null;
    this.aborted = false;
    this.line = firstLine;
    this.syntaxFailed = false;
    const r = parseComplete(src, { aliases: this.state.aliases, firstLine });
    if (!r.ok) {
      if (r.incomplete) return this.state.lastStatus;
      this.syntaxFailed = true;
      this.syntaxError(r.problem, src, firstLine);
      this.state.lastStatus = 2;
      return 2;
    }
    // -n (set -o noexec): a shell that is not interactive reads and checks, and runs nothing
    if (this.os.shell.noexec && !this.state.interactive && optionIsOn(this.state.options, "noexec")) return this.state.lastStatus;
    return yield* this.runList(r.list);
  }

  /** say a syntax error in `src` (its lines numbered from `firstLine`) */
  syntaxError(problem: import("../../../grammar/ast.js").SyntaxProblem, src: string, firstLine: number): void {
    for (const l of syntaxLines(this, problem, src, firstLine)) this.write(2, l + "\n");
  }

  /** the command about to run is `c`: the shell is at its line */
  at(c: import("../../../grammar/ast.js").SimpleCommand): void {
    atCommand(this, c);
  }

  /** run a parsed list; the EXIT trap runs when the list exits the shell */
  *runList(list: List): Co<number> {
    let status: number;
    try {
      status = yield* execList(this, list);
    } catch (e) {
      if (e instanceof Interrupt) this.state.lastStatus = status = 130;
      else this.state.lastStatus = status = this.internalError(e);
      this.aborted = false;
    }
    // the line is over: a stop the host asked for has done its work
    this.abortLine = false;
    this.sys.proc.hostAbort = false;
    this.ctl = null;
    if (this.state.exitRequested !== null) {
      if (exitBlocked(this)) return status;
      yield* this.exitTrap();
      status = this.state.exitRequested;
    }
    return status;
  }

  /**
   * The last resort: an error of the lab's own code (a bug) reached the top of a command line.
   * One line says so, the line's status is 1, and the shell goes on at its next line; what ran
   * inside it (functions, loops, `.` scripts) is left.
   */
  internalError(e: unknown): number {
    this.err(`looplab: internal error in ${this.os.shellName}: ${(e as Error)?.message ?? String(e)}`);
    this.ctl = null;
    this.loopDepth = this.condDepth = this.fnDepth = this.dotDepth = this.depth = 0;
    this.state.locals.length = 0;
    return 1;
  }

  /** The shell ends without `exit` (end of input, Ctrl-D, the lab closing): the EXIT trap runs,
   *  as in ksh. */
  *logout(): Co<void> {
    // ksh88 ends the prompt's line first, so what comes next has a line of its own: the EXIT
    // trap's output, the prompt of the shell that started this one. (The login shell's last
    // line, with nothing after it, is left as it is.)
    if (this.state.interactive && (this.state.traps.get("EXIT") || !isLogin(this))) this.promptOut("\n");
    yield* this.exitTrap();
  }

  /** the EXIT trap, when the shell (or a subshell) ends: once, with $? the exit status */
  *exitTrap(): Co<void> {
    const action = this.state.traps.get("EXIT");
    if (action === undefined || action === "") return;
    this.state.traps.delete("EXIT");
    yield* this.runTrap(action);
  }

  /** run a trap's command text in this shell; an exit inside it wins */
  *runTrap(action: string): Co<void> {
    const exit = this.state.exitRequested;
    const status = exit ?? this.state.lastStatus;
    // parsing is work: a trap that raises its own signal costs steps as a loop does
    this.sys.charge(parseCost(action));
    const r = parseComplete(action, { aliases: this.state.aliases, firstLine: this.line });
    if (!r.ok) {
      if (!r.incomplete) this.syntaxError(r.problem, action, this.line);
      return;
    }
    const saved = { ctl: this.ctl, aborted: this.aborted };
    this.state.exitRequested = null;
    this.ctl = null;
    this.aborted = false;
    this.state.lastStatus = status;
    yield* nested(this, "trap", () => execList(this, r.list));
    if (this.state.exitRequested === null) {
      this.state.exitRequested = exit;
      this.state.lastStatus = status;
    }
    this.ctl = saved.ctl;
    this.aborted = saved.aborted;
  }

  // ---- signals ----

  /** the host ends the command line (the lab's step budget), in any shell */
  abortLine = false;

  /** one step of the shell: give the processor back when the quantum is used, handle signals */
  *checkpoint(): Co<void> {
    if (this.sys.tick()) yield undefined;
    if (this.abortLine) {
      this.abortLine = false;
      this.sys.proc.hostAbort = false;
      throw new Interrupt();
    }
    if (this.sys.proc.pending.length > 0) yield* this.handleSignals();
  }

  /** the caught signals that came: their traps run; INT in an interactive shell ends the line */
  *handleSignals(): Co<void> {
    const p = this.sys.proc;
    if (p.hostAbort) {
      // the host ended the wait (the step budget): the command line ends here
      p.hostAbort = false;
      if (this.abortLine) {
        this.abortLine = false;
        throw new Interrupt();
      }
    }
    while (p.pending.length > 0) {
      const sig = p.pending.shift()!;
      const action = this.state.traps.get(this.os.signals.name(sig));
      if (action !== undefined && action !== "") {
        yield* this.runTrap(action);
        continue;
      }
      if (sig === "SIGINT" && this.state.interactive && !this.subshell) {
        p.pending.length = 0;
        throw new Interrupt();
      }
    }
  }

}

export type { FunctionDef };
