// The built-ins the interpreter runs itself, because they steer the shell: break, continue, eval,
// shift, let, return, command, ., exec, getopts, fc, times, and job control — jobs, fg, bg, wait,
// kill. Their texts are ksh88's (the job lines: see jobs.ts); a dialect with ash's job control
// (BSD's sh) has its own jobs, fg, bg, wait and jobid (jobs-ash.ts).
import type { Co } from "../../kernel/proc/wait.js";
import { isKernelError } from "../../kernel/errno.js";
import { arithValue } from "./expand.js";
import { format } from "../common/msg.js";
import type { Int } from "./arith.js";
import { commandBuiltin, dispatch, execList, nested } from "./exec.js";
import type { Shell } from "./interp.js";
import { parseCost } from "./depth.js";
import { exitCode, jobLine, reapJobs, type Job } from "./jobs.js";
import { continueInForeground } from "./spawn.js";
import { parseComplete } from "../../../grammar/parse.js";
import type { List } from "../../../grammar/ast.js";
import { killBuiltin } from "./kill.js";
import { runSource } from "./source.js";
import { ashJobBuiltin } from "./jobs-ash.js";
import { bashJobBuiltin } from "./jobs-bash.js";

/** the built-ins the interpreter runs (they steer the shell) */
export const SHELL_BUILTINS: ReadonlySet<string> = new Set([
  ":", "break", "continue", "eval", "shift", "let", "return", "command", ".", "source", "exec", "wait", "times", "getopts", "fc",
  "jobs", "fg", "bg", "kill", "newgrp", "jobid",
]);

/** the job built-ins a dialect's job control has in its own form (jobs-ash.ts, jobs-bash.ts) */
const OWN_JOB_BUILTINS: Readonly<Record<string, { names: ReadonlySet<string>; run: (sh: Shell, argv: string[]) => Co<number> }>> = {
  ash: { names: new Set(["jobs", "fg", "bg", "wait", "jobid"]), run: ashJobBuiltin },
  bash: { names: new Set(["jobs", "fg", "bg"]), run: bashJobBuiltin },
};

/** parse text the shell runs itself (eval, `.`, fc) with its aliases; null after reporting a
 *  syntax error */
function parseText(sh: Shell, src: string, firstLine = sh.line): List | null {
  sh.sys.charge(parseCost(src));
  const r = parseComplete(src, { aliases: sh.state.aliases, firstLine });
  if (r.ok) return r.list;
  if (!r.incomplete) sh.syntaxError(r.problem, src, firstLine);
  return null;
}

export function* builtin(sh: Shell, argv: string[]): Co<number> {
  const name = argv[0]!;
  const own = OWN_JOB_BUILTINS[sh.os.shell.jobs ?? "ksh88"];
  if (own?.names.has(name)) return yield* own.run(sh, argv);
  switch (name) {
    case ":":
      return 0;
    case "break":
    case "continue": {
      const arg = argv[1];
      let n = 1;
      if (arg !== undefined) {
        if (!/^[0-9]+$/.test(arg) || Number(arg) < 1) {
          sh.err(sh.msg("sh.badnum", arg, name));
          return 1;
        }
        n = Number(arg);
      }
      // outside a loop ksh88 ignores them
      if (sh.loopDepth > 0) sh.ctl = { kind: name, n: Math.min(n, sh.loopDepth) };
      return 0;
    }
    case "eval": {
      const list = parseText(sh, argv.slice(1).join(" "));
      if (list === null) return 2;
      return yield* nested(sh, "eval", () => execList(sh, list));
    }
    case "shift": {
      const arg = argv[1] ?? "1";
      const n = /^[0-9]+$/.test(arg) ? Number(arg) : NaN;
      if (Number.isNaN(n) || n > sh.state.positional.length) {
        sh.err(sh.msg("sh.badnum", arg, name));
        return 1;
      }
      sh.state.positional.splice(0, n);
      return 0;
    }
    case "let": {
      if (argv.length < 2) {
        sh.err(sh.msg("sh.let.noargs"));
        return 1;
      }
      let v: Int = 0;
      for (const a of argv.slice(1)) v = arithValue(sh, a);
      return v === 0 ? 1 : 0;
    }
    case "return": {
      const arg = argv[1];
      let n = sh.state.lastStatus;
      if (arg !== undefined) {
        if (!/^-?[0-9]+$/.test(arg)) {
          sh.err(sh.msg("sh.badnum", arg, name));
          return 1;
        }
        n = ((Number(arg) % 256) + 256) % 256;
      }
      // outside a function or a . script, return is exit
      if (sh.fnDepth === 0 && sh.dotDepth === 0) sh.state.exitRequested = n;
      else sh.ctl = { kind: "return", n };
      return n;
    }
    case "command":
      return yield* commandBuiltin(sh, argv);
    case ".":
    case "source":
      return yield* dot(sh, argv);
    case "exec": {
      if (argv.length < 2) return 0;
      // the shell becomes the command: it runs in this process, and the shell ends with it
      sh.execLast = true;
      const status = yield* dispatch(sh, argv.slice(1), false);
      sh.state.exitRequested = status;
      return status;
    }
    case "wait":
      return yield* waitBuiltin(sh, argv.slice(1));
    case "times":
      sh.write(1, "0m0.00s 0m0.00s\n0m0.00s 0m0.00s\n");
      return 0;
    case "getopts":
      return getopts(sh, argv);
    case "fc":
      return yield* fc(sh, argv);
    case "jobs":
      return jobs(sh, argv.slice(1));
    case "fg":
    case "bg":
      return yield* fgbg(sh, name, argv.slice(1));
    case "kill":
      return killBuiltin(sh, argv.slice(1));
    case "newgrp":
      sh.err(sh.msg("sh.nonewgrp"));
      return 2;
    default:
      return 0;
  }
}

/** . file [args]: the file's commands run in this shell (found through PATH without a /) */
function* dot(sh: Shell, argv: string[]): Co<number> {
  const file = argv[1];
  if (file === undefined) {
    sh.err(sh.msg("sh.argexp", argv[0]!));
    // bash's source.def: builtin_usage after the message, status 2 (EX_USAGE)
    const usage = sh.os.catalog["sh.dotusage"];
    if (!usage) return 1;
    sh.err(format(usage, [argv[0]!]));
    return 2;
  }
  let text: string | null = null;
  const candidates = file.includes("/") ? [file] : (sh.state.env.get("PATH") ?? "").split(":").map((d) => (d === "" ? file : `${d}/${file}`));
  for (const p of candidates) {
    try {
      if (sh.sys.stat(p).type !== "VREG") continue;
      text = new TextDecoder().decode(sh.sys.readFile(p));
      break;
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }
  if (text === null) {
    // bash (source.def, source_searches_cwd): a name not found is opened as it is, and the open's
    // error is said; ksh and ash say the name is not found
    const missing = sh.os.catalog["sh.dotnofile"];
    sh.err(missing ? format(missing, [file]) : sh.os.notFound(file));
    return 1;
  }
  // the file's lines are its own (bash names it in its messages: BASH_SOURCE)
  const saved = { errName: sh.errName, input: sh.input, line: sh.line };
  sh.errName = file;
  sh.input = "file";
  const savedPos = sh.state.positional;
  if (argv.length > 2) sh.state.positional = argv.slice(2);
  sh.dotDepth++;
  try {
    const src = text;
    const r = yield* nested(sh, file, () => runSource(sh, src, 1, (list) => execList(sh, list), (p, t, at) => sh.syntaxError(p, t, at)));
    return r === "syntax" ? 2 : r;
  } finally {
    Object.assign(sh, saved);
    sh.dotDepth--;
    if (argv.length > 2) sh.state.positional = savedPos;
    if (sh.ctl?.kind === "return") {
      sh.state.lastStatus = sh.ctl.n;
      sh.ctl = null;
    }
  }
}

/** getopts optstring name [args]: the next option of the positional parameters (or args) */
function getopts(sh: Shell, argv: string[]): number {
  const spec = argv[1];
  const name = argv[2];
  if (spec === undefined || name === undefined) {
    sh.err(sh.msg("sh.argexp", "getopts"));
    return 2;
  }
  const args = argv.length > 3 ? argv.slice(3) : sh.state.positional;
  const env = sh.state.env;
  const silent = spec.startsWith(":");
  let ind = Number(env.get("OPTIND") ?? "1");
  if (!Number.isInteger(ind) || ind < 1) ind = 1;
  if (sh.optPos.ind !== ind) sh.optPos = { ind, char: 1 };
  const arg = args[ind - 1];
  const done = () => {
    env.set(name, "?");
    env.set("OPTIND", String(ind));
    sh.optPos = { ind, char: 1 };
    return 1;
  };
  if (arg === undefined || arg === "-" || !arg.startsWith("-")) return done();
  if (arg === "--") {
    ind++;
    return done();
  }
  const ch = arg[sh.optPos.char]!;
  let next = sh.optPos.char + 1;
  const advance = () => {
    if (next >= arg.length) {
      ind++;
      next = 1;
    }
    sh.optPos = { ind, char: next };
    env.set("OPTIND", String(ind));
  };
  const k = ch === ":" ? -1 : spec.indexOf(ch);
  if (k < 0) {
    if (silent) env.set("OPTARG", ch);
    else sh.err(sh.msg("sh.badopt", "-" + ch));
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
        sh.err(sh.msg("sh.argexp", "-" + ch));
        env.set(name, "?");
      }
      ind++;
      next = 1;
      sh.optPos = { ind, char: 1 };
      env.set("OPTIND", String(ind));
      return 0;
    }
    env.set("OPTARG", value);
    ind += next < arg.length ? 1 : 2;
    sh.optPos = { ind, char: 1 };
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
function* fc(sh: Shell, argv: string[]): Co<number> {
  const args = argv.slice(1);
  // the fc command itself is the last entry of the history
  const hist = sh.state.history.slice(0, -1);
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
      sh.err(sh.os.notFound(which ?? "fc"));
      return 1;
    }
    if (subst !== undefined) {
      const eq = subst.indexOf("=");
      cmd = cmd.replace(subst.slice(0, eq), subst.slice(eq + 1));
    }
    sh.state.history[sh.state.history.length - 1] = cmd;
    sh.write(1, cmd + "\n");
    const list = parseText(sh, cmd);
    if (list === null) return 2;
    return yield* nested(sh, "fc", () => execList(sh, list));
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
    sh.err(sh.msg("sh.nofcedit"));
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
  sh.write(1, lines.map((l) => l + "\n").join(""));
  return 0;
}

// ---- job control ----

/** a job named by the user (%n, %+, %-, %string, %?string, a pid); an error said and null when none */
function findJob(sh: Shell, cmd: string, spec: string | undefined): Job | null {
  reapJobs(sh);
  const j = spec === undefined ? (sh.jobs.list[0] ?? null) : sh.jobs.find(spec);
  if (j === "ambiguous") {
    sh.err(sh.msg("sh.job.ambiguous", spec!));
    return null;
  }
  if (j === null) sh.err(sh.msg("sh.job.nosuch", cmd));
  return j;
}

/** jobs [-lnp] [%job …] */
function jobs(sh: Shell, args: string[]): number {
  let pids = false;
  let pgids = false;
  let onlyNews = false;
  let i = 0;
  for (; i < args.length && /^-[lnp]+$/.test(args[i]!); i++) {
    if (args[i]!.includes("l")) pids = true;
    if (args[i]!.includes("p")) pgids = true;
    if (args[i]!.includes("n")) onlyNews = true;
  }
  if (i < args.length && args[i]!.startsWith("-") && args[i] !== "--") {
    sh.err(sh.msg("sh.badopt", "jobs"));
    return 2;
  }
  if (args[i] === "--") i++;
  reapJobs(sh);
  let list: Job[];
  if (i < args.length) {
    list = [];
    for (const spec of args.slice(i)) {
      const j = findJob(sh, "jobs", spec);
      if (j === null) return 1;
      list.push(j);
    }
  } else list = [...sh.jobs.list].filter((j) => !onlyNews || j.notify);
  // ash's showjobs walks its job table in order
  if (sh.os.shell.jobs === "ash") list.sort((a, b) => a.id - b.id);
  let out = "";
  for (const j of list) out += pgids ? `${sh.monitor ? j.pgid : 0}\n` : jobLine(sh, j, { pids });
  sh.write(1, out);
  // a finished job that jobs listed is not reported again
  for (const j of list) {
    if (j.state === "done") sh.jobs.remove(j);
    else if (!pgids) j.notify = false;
  }
  return 0;
}

/** fg / bg [%job]: continue a job in the foreground (and wait) or in the background */
function* fgbg(sh: Shell, name: "fg" | "bg", args: string[]): Co<number> {
  if (!sh.monitor) {
    if (sh.state.interactive) sh.err(sh.msg("sh.job.nocontrol", name));
    return 1;
  }
  const specs = args.length ? args : [undefined];
  let status = 0;
  for (const spec of specs) {
    const job = findJob(sh, name, spec);
    if (job === null) return 1;
    const k = sh.machine.sched;
    if (name === "bg") {
      sh.write(1, `[${job.id}]\t${job.text.replace(/\n/g, ";").replace(/&\s*$/, "")}&\n`);
      job.background = true;
      for (const p of job.procs) sh.backgroundPids.add(p.pid);
      sh.jobs.toFront(job);
      for (const p of job.procs) p.stopped = null;
      k.signalGroup(job.pgid, "SIGCONT");
      continue;
    }
    // fg: the command line without a last &, then the job has the terminal until it ends
    sh.write(1, job.text.replace(/\n/g, ";").replace(/&$/, "") + "\n");
    status = yield* continueInForeground(sh, job);
  }
  return status;
}

/** wait [%job | pid …]: until the jobs named (or all) have ended; a trapped signal ends it early */
function* waitBuiltin(sh: Shell, args: string[]): Co<number> {
  let targets: Job[];
  if (args.length === 0) targets = [...sh.jobs.list];
  else {
    targets = [];
    for (const a of args) {
      reapJobs(sh);
      const j = sh.jobs.find(a);
      if (j !== null && j !== "ambiguous") targets.push(j);
    }
    if (targets.length === 0) return 127;
  }
  let status = 0;
  for (const job of targets) {
    // a stopped job is waited for too: until it ends (ksh88 waits; Ctrl-C ends the wait)
    while (job.state !== "done") {
      try {
        const e = yield* sh.sys.wait(0, true);
        sh.jobs.record(e);
      } catch (err) {
        if (isKernelError(err, "ECHILD")) break;
        if (isKernelError(err, "EINTR")) {
          const sig = sh.sys.proc.pending[0] ?? "SIGINT";
          yield* sh.handleSignals();
          return 128 + sh.os.signals.number(sig);
        }
        throw err;
      }
    }
    const last = job.lastProc?.status;
    status = last ? exitCode(sh, last) : 0;
    if (job.state === "done") {
      sh.jobs.remove(job);
    }
  }
  return status;
}
