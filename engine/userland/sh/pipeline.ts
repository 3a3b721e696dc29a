// Pipelines: `a | b | c` as processes joined by pipes, in the foreground or with & in the
// background. Each stage is a child of the shell; a stage of plain words forks straight into its
// command (no copy of the shell); the last one runs in the shell itself when it is not a command
// of the system (ksh88: `… | read x` sets x).
import { isSimple, type Command, type CompoundCommand, type List, type Redirect } from "../../../grammar/ast.js";
import { closeFile } from "../../kernel/proc/file.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandDef } from "../types.js";
import { SHELL_BUILTINS } from "./builtins.js";
import { runCommand } from "./exec.js";
import type { Shell } from "./interp.js";
import { Job } from "./jobs.js";
import { foreground, startChild, startedInBackground, startExec, withoutKeyboard, type Starts } from "./spawn.js";

/**
 * A pipeline of several commands: each stage but the last is a child process reading the pipe
 * before it and writing the one after it. The last stage runs in the shell (ksh88: `… | read x`
 * sets x) unless it is plainly a command of the system, which is forked like the others; then the
 * whole pipeline is one job with a process group of its own (job control). In the background
 * (`bg`) every stage is forked and the shell goes on.
 */
export function* runStages(sh: Shell, commands: Command[], bg = false): Co<number> {
  const n = commands.length;
  const lastForked = bg || forksItself(sh, commands[n - 1]!);
  const ownGroup = sh.monitor && lastForked;
  const job = sh.jobs.add(new Job(sh.sys.proc.pgid, sh.lineText, bg));
  let input: number | null = null;
  let status = 0;
  const saved = sh.currentJob;
  // every stage is forked before any starts (ps in the first stage sees the others)
  const later: Starts = [];
  let failed: unknown = null;
  try {
    for (let i = 0; i < n; i++) {
      const c = commands[i]!;
      const isLast = i === n - 1;
      if (isLast && !lastForked) {
        for (const go of later.splice(0)) go();
        // the shell runs the last stage itself, its standard input the last pipe
        // (the shell's own standard input is kept aside and put back after)
        const fds = sh.sys.proc.fds;
        const old0 = fds.get(0);
        fds.set(0, fds.get(input!)!);
        fds.delete(input!);
        input = null;
        sh.currentJob = job;
        try {
          status = yield* runCommand(sh, c);
        } finally {
          sh.currentJob = saved;
          const pipeEnd = fds.get(0);
          if (pipeEnd) closeFile(pipeEnd);
          if (old0) fds.set(0, old0);
          else fds.delete(0);
        }
        break;
      }
      let r: number | null = null;
      let w: number | null = null;
      if (!isLast) [r, w] = sh.sys.pipe();
      const fds = { input, output: w, close: r === null ? [] : [r] };
      const plain = plainStage(sh, c);
      const csys = plain ? startExec(sh, job, fds, ownGroup, plain.def, plain.argv, plain.redirects, later, c) : startChild(sh, job, fds, { ownGroup, execLast: inPlace(c), node: c }, (child) => runCommand(child, c), later);
      if (bg && !sh.monitor) withoutKeyboard(csys, i === 0);
      if (input !== null) sh.sys.close(input);
      if (w !== null) sh.sys.close(w);
      input = r;
    }
  } catch (e) {
    // a fork failed (the process table is full): the stages that exist run and end (their last
    // pipe has no reader), the shell waits for them and takes the terminal back, then reports
    failed = e;
  } finally {
    if (input !== null) sh.sys.close(input);
    for (const go of later) go();
  }
  if (failed !== null) {
    if (job.procs.length > 0 && !bg) yield* foreground(sh, job, lastForked, status);
    else sh.jobs.remove(job);
    throw failed;
  }
  if (bg) return startedInBackground(sh, job);
  return yield* foreground(sh, job, lastForked, status);
}

/** a command that a child which ends after it runs in its own process: a simple command (exec)
 *  or ( list ) (the child is the subshell: no second fork) */
export function inPlace(c: Command): boolean {
  return isSimple(c) || (c as CompoundCommand).kind === "subshell";
}

/** a list that is one simple command (a subshell that ends after it execs it) */
export function onlySimple(list: List): boolean {
  const only = list.items.length === 1 && !list.items[0]!.background && !list.items[0]!.coprocess && list.items[0]!.andor.rest.length === 0 ? list.items[0]!.andor.first : null;
  return only !== null && !only.bang && !only.time && only.commands.length === 1 && isSimple(only.commands[0]!);
}

/**
 * A stage whose words are plain text naming a command of the system (`grep -v loop3`): the child
 * would only expand them to themselves and exec the command, so it is forked to run the command at
 * once, without a copy of the shell. null for anything else.
 */
function plainStage(sh: Shell, c: Command): { def: CommandDef; argv: string[]; redirects: Redirect[] } | null {
  if (!isSimple(c) || c.assigns.length || c.words.length === 0 || sh.state.options.has("xtrace")) return null;
  const argv: string[] = [];
  for (const w of c.words) {
    let text = "";
    for (const p of w.parts) {
      if (p.kind !== "lit" || (!p.quoted && /[*?[~]/.test(p.text))) return null;
      text += p.text;
    }
    argv.push(text);
  }
  for (const r of c.redirects) if (r.heredoc !== undefined || !r.target.parts.every((p) => p.kind === "lit")) return null;
  const name = argv[0]!;
  if (name.includes("/") || SHELL_BUILTINS.has(name) || sh.os.shell.builtins.has(name) || sh.state.functions.has(name) || sh.state.aliases.has(name)) return null;
  const def = sh.os.commands.get(name === "[" ? "test" : name);
  return def ? { def, argv, redirects: c.redirects } : null;
}

/** a stage the shell would fork and exec anyway: a simple command naming a command of the system */
function forksItself(sh: Shell, c: Command): boolean {
  if (!isSimple(c) || c.words.length === 0) return false;
  const w = c.words[0]!;
  if (!w.parts.every((p) => p.kind === "lit")) return false;
  const name = w.parts.map((p) => (p as { text: string }).text).join("");
  if (SHELL_BUILTINS.has(name) || sh.os.shell.builtins.has(name) || sh.state.functions.has(name)) return false;
  return sh.os.commands.has(name) || name.includes("/");
}
