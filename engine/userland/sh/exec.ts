// Running what was parsed: lists (; & && ||), pipelines, simple commands, and finding what a
// command name means — a built-in of the shell, a function, a built-in command of the system,
// a command of the system (forked and exec'd) or a file (a script).
import { cFixed } from "../common/cformat.js";
import { isSimple, type AndOr, type Command, type List, type Word, type Pipeline, type Redirect, type SimpleCommand } from "../../../grammar/ast.js";
import type { Co } from "../../kernel/proc/wait.js";
import { optionIsOn } from "../common/set.js";
import { lookupCommand, verboseLine } from "../common/whence.js";
import { builtin, SHELL_BUILTINS } from "./builtins.js";
import { runCompound } from "./compound.js";
import type { FunctionDef } from "./context.js";
import { ReadonlyError } from "./env.js";
import { ArithError } from "./arith.js";
import { StringLimit, wordsMax } from "../limits.js";
import { braceExpand } from "./brace.js";
import { expandOne, expandWord, takeSpecial } from "./expand.js";
import { ExpansionError, FatalError, Interrupt, type Shell } from "./interp.js";
import { MAX_DEPTH } from "./depth.js";
import { Job } from "./jobs.js";
import { applyRedirects, RedirectFailure, redirectMessage, restoreRedirects } from "./redirect.js";
import { background, capture, contextFor, foreground, runCommandDef, runExternal, startChild } from "./spawn.js";
import { applyDispositions } from "./dispositions.js";
import { inPlace, onlySimple, runStages } from "./pipeline.js";
import { cannotRun, executable, fileToRun, interpreterOf, runScript } from "./scripts.js";

/** an error the shell reports (an expansion, a read-only variable, arithmetic): the message and
 *  the status; null for anything else */
export function failure(sh: Shell, e: unknown): { message: string; status: number } | null {
  if (e instanceof ExpansionError) return { message: e.message, status: e.status };
  if (e instanceof StringLimit) return { message: sh.msg(e.words ? "lab.wordsmax" : "lab.stringmax", e.max), status: 1 };
  if (e instanceof ReadonlyError) return { message: sh.msg("sh.readonly", e.varName), status: 1 };
  if (e instanceof ArithError) return { message: sh.msg(e.id, e.text), status: 1 };
  return null;
}

/** exit, break/continue, a failed expansion stops the rest of a list */
export function halted(sh: Shell): boolean {
  return sh.state.exitRequested !== null || sh.ctl !== null || sh.aborted;
}

export function* execList(sh: Shell, list: List): Co<number> {
  for (const item of list.items) {
    if (halted(sh)) break;
    if (item.coprocess) {
      sh.err(sh.msg("sh.nocoproc"));
      sh.state.lastStatus = 2;
      continue;
    }
    if (item.background) {
      const a = item.andor;
      const plain = a.rest.length === 0 && !a.first.bang && !a.first.time;
      // a | b &: every stage a child of this shell, in one job ($! is the last stage)
      try {
        if (plain && a.first.commands.length > 1) yield* runStages(sh, a.first.commands, true);
        else yield* background(sh, (c) => runAndOr(c, a), plain && a.first.commands.length === 1 && inPlace(a.first.commands[0]!), a);
      } catch (e) {
        // no process for it (the process table is full)
        sh.state.lastStatus = reported(sh, e);
      }
      continue;
    }
    const a = item.andor;
    if (a.rest.length === 0 && !a.first.bang && !a.first.time && a.first.commands.length === 1) {
      // one command (most lines): what runAndOr and runPipeline would do, without their frames
      const status = yield* runCommand(sh, a.first.commands[0]!);
      sh.state.lastStatus = status;
      if (status !== 0 && sh.condDepth === 0 && !halted(sh)) yield* failed(sh, status);
      continue;
    }
    yield* runAndOr(sh, a);
  }
  return sh.state.lastStatus;
}

function* runAndOr(sh: Shell, a: AndOr): Co<number> {
  let status = yield* runPipeline(sh, a.first);
  // set -e and the ERR trap look at the last pipeline of the list, when it ran and is not `!`
  let last: Pipeline | null = a.rest.length === 0 ? a.first : null;
  for (const r of a.rest) {
    if (halted(sh)) return status;
    if ((r.op === "&&" && status === 0) || (r.op === "||" && status !== 0)) {
      status = yield* runPipeline(sh, r.pipeline);
      last = r.pipeline === a.rest[a.rest.length - 1]!.pipeline ? r.pipeline : null;
    } else last = null;
  }
  if (status !== 0 && last !== null && !last.bang && sh.condDepth === 0 && !halted(sh)) yield* failed(sh, status);
  return status;
}

/** a command failed outside a condition: the ERR trap runs, and set -e exits the shell */
function* failed(sh: Shell, status: number): Co<void> {
  const trap = sh.state.traps.get("ERR");
  if (trap !== undefined && trap !== "") {
    sh.state.traps.delete("ERR"); // not again from inside the trap
    try {
      yield* sh.runTrap(trap);
    } finally {
      if (!sh.state.traps.has("ERR")) sh.state.traps.set("ERR", trap);
    }
    sh.state.lastStatus = status;
  }
  if (optionIsOn(sh.state.options, "errexit") && sh.state.exitRequested === null) sh.state.exitRequested = status;
}

function* runPipeline(sh: Shell, p: Pipeline): Co<number> {
  if (p.time) {
    // time: the pipeline, then how long it took (the lab's clock; no processor time)
    const t0 = sh.machine.clock.now();
    const status = yield* runPipeline(sh, { bang: p.bang, commands: p.commands });
    const real = Math.max(0, sh.machine.clock.now() - t0);
    const fmt = (sec: number) => `${Math.floor(sec / 60)}m${cFixed(sec % 60, 2)}s`;
    sh.write(2, `\nreal\t${fmt(real)}\nuser\t${fmt(0)}\nsys\t${fmt(0)}\n`);
    return status;
  }
  let status: number;
  if (p.commands.length === 1) status = yield* runCommand(sh, p.commands[0]!);
  else {
    try {
      status = yield* runStages(sh, p.commands);
    } catch (e) {
      status = reported(sh, e);
    }
  }
  if (p.bang) status = status === 0 ? 1 : 0;
  sh.state.lastStatus = status;
  return status;
}

export function* runCommand(sh: Shell, c: Command): Co<number> {
  // too deep: the caller's runCommand reports it, and the rest of the line does not run
  if (sh.base + sh.depth >= MAX_DEPTH) throw new FatalError(sh.msg("sh.recursion", sh.innermost || sh.os.shellName));
  sh.depth++;
  try {
    return isSimple(c) ? yield* runSimple(sh, c) : yield* runCompound(sh, c);
  } catch (e) {
    return reported(sh, e);
  } finally {
    sh.depth--;
  }
}

/** an error a command ended with, said: its status; the rest of the line does not run (a failed
 *  redirection excepted). Anything that is not the shell's to say goes on up. */
function reported(sh: Shell, e: unknown): number {
  if (e instanceof RedirectFailure) {
    sh.err(redirectMessage(sh, e));
    return sh.os.shell.redirectFailStatus ?? 1;
  }
  const failed = failure(sh, e);
  if (failed === null) throw e;
  sh.err(failed.message);
  sh.aborted = true;
  return failed.status;
}

/** run a list in a child and take its output: $( … ) and `…` */
export function* subshellCapture(sh: Shell, list: List): Co<{ text: string; status: number }> {
  return yield* capture(sh, (c) => execList(c, list), onlySimple(list));
}

/** ( list ): a child shell in the foreground (`node` the ( list ) itself) */
export function* subshell(sh: Shell, list: List, node: Command | null = null): Co<number> {
  if (sh.execLast) {
    // this process ends after it (a pipeline stage, a background job): it is the subshell
    sh.execLast = onlySimple(list);
    return yield* execList(sh, list);
  }
  const job = sh.currentJob ?? sh.jobs.add(new Job(sh.sys.proc.pgid, sh.lineText, false));
  const own = sh.currentJob === null && sh.monitor;
  startChild(sh, job, { input: null, output: null, close: [] }, { ownGroup: own, execLast: onlySimple(list), node }, (c) => execList(c, list));
  return yield* foreground(sh, job, true);
}

/** run eval'd, backquoted or trap text: `name` is what recursed if it goes too deep */
export function* nested<T>(sh: Shell, name: string, body: () => Co<T>): Co<T> {
  const saved = sh.innermost;
  sh.innermost = name;
  // the text's own list and the built-in that runs it: a level more than a command
  sh.depth++;
  try {
    return yield* body();
  } finally {
    sh.depth--;
    sh.innermost = saved;
  }
}

function trace(sh: Shell, words: string[]): void {
  if (!sh.state.options.has("xtrace")) return;
  sh.write(2, (sh.state.env.get("PS4") ?? "+ ") + words.join(" ") + "\n");
}

function* runSimple(sh: Shell, c: SimpleCommand): Co<number> {
  yield* sh.checkpoint();
  sh.subStatus = null;
  sh.cmdNode = c;
  sh.at(c);
  const argv: string[] = [];
  for (const w of braceWords(sh, c.words)) {
    const lit = literalWord(w);
    if (lit !== null) argv.push(lit);
    else {
      for (const x of yield* expandWord(sh, w)) argv.push(x);
      if (argv.length > 1024 && argv.length > wordsMax(sh.machine)) throw new StringLimit(wordsMax(sh.machine), true);
    }
  }
  const env = sh.state.env;
  if (argv.length === 0) {
    const values: [string, string][] = [];
    for (const a of c.assigns) values.push([a.name, yield* expandOne(sh, a.value)]);
    trace(sh, values.map(([n, v]) => `${n}=${v}`));
    for (const [n, v] of values) {
      env.set(n, v);
      // RANDOM= seeds, SECONDS= sets the count, now
      if (n === "RANDOM" || n === "SECONDS") takeSpecial(sh, n);
    }
    const status = sh.subStatus ?? 0;
    if (c.redirects.length) restoreRedirects(sh, yield* applyRedirects(sh, c.redirects, true));
    return status;
  }
  // name[subscript]=value: a ksh88 array element
  if (c.assigns.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*\[[^\]]*\]=/.test(argv[0]!)) throw new ExpansionError(sh.msg("sh.noarrays"), 2);
  if (c.assigns.length === 0) {
    if (sh.state.options.has("xtrace")) trace(sh, argv);
    return c.redirects.length ? yield* execArgv(sh, argv, c.redirects) : yield* dispatch(sh, argv, false);
  }
  const vars = sh.vars;
  const saved = c.assigns.map((a) => [a.name, vars.snapshot(a.name)] as const);
  const values: [string, string][] = [];
  for (const a of c.assigns) values.push([a.name, yield* expandOne(sh, a.value)]);
  trace(sh, [...values.map(([n, v]) => `${n}=${v}`), ...argv]);
  try {
    for (const [n, v] of values) {
      env.set(n, v);
      env.export(n);
    }
    return yield* execArgv(sh, argv, c.redirects);
  } finally {
    for (const [n, v] of saved) vars.restore(n, v);
  }
}

/** a word that expands to itself, one field (plain text, or one quoted piece): most words of
 *  most commands; null for anything that needs expanding */
/** a command's words after brace expansion, in a dialect that has it (bash); as parsed otherwise */
export function braceWords(sh: Shell, words: readonly Word[]): readonly Word[] {
  if (!sh.os.shell.braceExpansion) return words;
  const budget = { max: wordsMax(sh.machine), charge: (n: number) => void sh.sys.charge(n) };
  return words.flatMap((w) => braceExpand(w, budget));
}

function literalWord(w: Word): string | null {
  if (w.parts.length !== 1) return null;
  const p = w.parts[0]!;
  if (p.kind !== "lit") return null;
  if (p.quoted) return p.text;
  const t = p.text;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    // * ? [ : a pattern to match file names
    if (ch === 42 || ch === 63 || ch === 91) return null;
  }
  return t;
}

/** a command's words are expanded: its redirections, then the command */
function* execArgv(sh: Shell, argv: string[], redirects: Redirect[]): Co<number> {
  if (argv[0] === "exec" && argv.length === 1) {
    // exec with only redirections: the shell's own descriptors change for good
    yield* applyRedirects(sh, redirects, false);
    return 0;
  }
  if (redirects.length === 0) return yield* dispatch(sh, argv, false);
  // a child that ends after this command has no need to put its descriptors back
  const saved = yield* applyRedirects(sh, redirects, !sh.execLast);
  try {
    return yield* dispatch(sh, argv, false);
  } finally {
    if (saved) restoreRedirects(sh, saved);
  }
}

/** run a command by name: a built-in of the shell, a function (unless `noFunctions`, for
 *  command), a command of the system or a file */
export function* dispatch(sh: Shell, argv: string[], noFunctions: boolean): Co<number> {
  const name = argv[0]!;
  // the interpreter's own built-ins, where the system's shell has them (BSD's sh has no kill,
  // times or newgrp: there kill is /bin/kill)
  if (SHELL_BUILTINS.has(name) && sh.os.shell.builtins.has(name)) {
    try {
      const status = yield* builtin(sh, argv);
      // a signal the shell sent itself (kill -9 $$, kill -STOP $$) acts now: nothing after it
      // runs first
      if (sh.sys.proc.doomed || sh.sys.proc.stopPending) yield undefined;
      return status;
    } catch (e) {
      if (e instanceof Interrupt) throw e;
      const failed = failure(sh, e);
      if (failed === null) throw e;
      sh.err(failed.message);
      if (e instanceof FatalError || e instanceof StringLimit) sh.aborted = true;
      return failed.status;
    }
  }
  const builtins = sh.os.shell.builtins;
  if (!noFunctions && !builtins.has(name)) {
    const fn = sh.state.functions.get(name);
    if (fn !== undefined) return yield* callFunction(sh, fn, argv);
  }
  const base = name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name;
  // `[` is test under another name (it wants a closing ]); a built-in of this shell with no file
  // of the system (ksh93's print, bash's type) is found by its name only
  const def = (name.includes("/") ? undefined : sh.os.shell.commands?.get(base)) ?? sh.os.commands.get(base === "[" && !name.includes("/") ? "test" : base);
  if (name.includes("/")) {
    // a path names a file: the command's own file runs the command, any other executable file
    // runs as a script: in a subshell, or by the other shell its #! line names
    const file = fileToRun(sh, name, def?.path);
    if (file.kind === "script") {
      const other = interpreterOf(sh, file.text);
      if (other !== null) return yield* runExternal(sh, other.def, [other.path, name, ...argv.slice(1)]);
      return yield* runScript(sh, name, file.text, argv.slice(1));
    }
    if (file.kind !== "command") return cannotRun(sh, name, file.kind);
  }
  if (!def) {
    sh.err(sh.os.notFound(name));
    return sh.os.shell.notFoundStatus ?? 127;
  }
  // run by name, the command is its file: one whose execute bits were all taken away does not run
  if (!name.includes("/") && !builtins.has(name) && def.path && !executable(sh, def.path)) return cannotRun(sh, name, "denied");
  // set -o trackall: a command run by name becomes a tracked alias
  if (!name.includes("/") && !builtins.has(name) && optionIsOn(sh.state.options, "trackall")) {
    sh.state.tracked.set(name, def.path ?? `/usr/bin/${name}`);
    sh.state.trackedHits.set(name, (sh.state.trackedHits.get(name) ?? 0) + 1);
  }
  if (!builtins.has(name)) return yield* runExternal(sh, def, argv);
  // a built-in command of the system runs in the shell, on its descriptors
  const status = yield* runCommandDef(sh, def, { ...contextFor(sh, sh.sys, argv), builtin: true });
  // a signal that doomed the shell itself (ash's cd - with no directory known) acts now
  if (sh.sys.proc.doomed) yield undefined;
  if (name === "trap") applyDispositions(sh);
  // a signal that ended its wait (Ctrl-C during read) is the shell's, now: once
  if (sh.sys.proc.pending.length > 0) {
    sh.state.lastStatus = status;
    yield* sh.handleSignals();
  }
  // its output went out at once: wait here until a full pipe has room again
  yield* sh.sys.drained(1);
  yield* sh.sys.drained(2);
  return status;
}

/** a function: its body with the arguments as $1 …; return ends it; variables typeset in it are
 *  local; an EXIT trap set in it runs when it returns */
function* callFunction(sh: Shell, fn: FunctionDef, argv: string[]): Co<number> {
  const s = sh.state;
  const saved = { positional: s.positional, zero: sh.zero, loopDepth: sh.loopDepth, exitTrap: s.traps.get("EXIT"), innermost: sh.innermost };
  sh.innermost = fn.name;
  s.positional = argv.slice(1);
  if (/^function\s/.test(fn.text)) sh.zero = fn.name;
  sh.loopDepth = 0;
  s.traps.delete("EXIT");
  const frame = new Map<string, import("./env.js").VarSnapshot>();
  s.locals.push(frame);
  sh.fnDepth++;
  let status: number;
  try {
    status = yield* runCommand(sh, fn.body);
    if (sh.ctl?.kind === "return") {
      status = sh.ctl.n;
      sh.ctl = null;
    }
    s.lastStatus = status;
    const trap = s.traps.get("EXIT");
    if (trap !== undefined && trap !== "") {
      s.traps.delete("EXIT");
      yield* sh.runTrap(trap);
      status = s.lastStatus;
    }
  } finally {
    sh.fnDepth--;
    sh.innermost = saved.innermost;
    s.locals.pop();
    for (const [n, v] of frame) sh.vars.restore(n, v);
    s.positional = saved.positional;
    sh.zero = saved.zero;
    sh.loopDepth = saved.loopDepth;
    if (saved.exitTrap === undefined) s.traps.delete("EXIT");
    else s.traps.set("EXIT", saved.exitTrap);
  }
  return status;
}

/** command [-p] [-v | -V] name [args]: run name as a built-in or a file (never a function);
 *  -v / -V say what it is, like whence */
export function* commandBuiltin(sh: Shell, argv: string[]): Co<number> {
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
        sh.err(sh.msg("sh.badopt", "command"));
        return 2;
      }
    }
  }
  const rest = argv.slice(i);
  if (rest.length === 0) return 0;
  if (mode === "") return yield* dispatch(sh, rest, true);
  const ctx = contextFor(sh, sh.sys, rest);
  let status = 0;
  for (const name of rest) {
    const k = lookupCommand(ctx, name);
    if (k.kind === "none") {
      if (mode === "V") sh.err(sh.msg("whence.notfound", name));
      status = 1;
    } else if (mode === "V") sh.write(1, verboseLine(name, k) + "\n");
    else sh.write(1, (k.kind === "alias" ? `alias ${name}='${k.value}'` : k.kind === "file" ? k.path : name) + "\n");
  }
  return status;
}
