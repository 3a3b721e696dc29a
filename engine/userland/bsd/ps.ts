// ps of BSD/OS 4.x (bin/ps: ps.c, keyword.c, print.c, fmt.c): process status. Flags with or
// without a dash (ps aux is ps -aux, as ps.c's kludge_oldps_options makes it). Without -a only
// the user's own processes, without -x only those with a terminal; -p a process (more than one
// -p: each in turn), -t one terminal, -E/-U one user's. The columns are keywords (./ps/keywords.ts):
// -o and -O choose them, -j -l -u -v add their layouts, the default is "pid tt state time
// command". Rows are sorted by terminal, then pid (pscomp), the processes with no terminal
// first; -m (and -v) by size, -r (and -u) by %CPU, which the lab keeps at 0.0. The command column
// is cut at the window's width unless -w. What the lab does not model is in docs/fidelity/bsd.md.
import type { Proc } from "../../kernel/proc/proc.js";
import { dec, getopt, lazyNames, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { Keywords, type Kctx, type Var } from "./ps/keywords.js";
import { size, tt, ttCell } from "./ps/values.js";
import { bsdPsMan } from "./ps/man.js";

const FORMATS: Record<string, string> = {
  j: "user pid ppid pgid sess jobc state tt time command",
  l: "uid pid ppid cpu pri nice vsz rss wchan state tt time command",
  u: "user pid %cpu %mem vsz rss tt state start time command",
  v: "pid state time sl re pagein vsz rss lim tsiz %cpu %mem command",
};

/** -h: a header every this many lines less 4 (ws_row; the lab knows no window height: 22) */
const HEADER_ROWS = 22;

interface Opts {
  all: boolean;
  noTty: boolean;
  termwidth: number;
  sortBy: "" | "mem" | "cpu";
  env: boolean;
  header: number;
  pids: number[];
  term: string | null;
  euid: number | null;
  ruid: number | null;
}

/**
 * kludge_oldps_options: the first word gets a dash (ps aux is ps -aux); a trailing t without a
 * dash means this terminal (T); a trailing number is a pid (ps 34 is ps -p34).
 */
function argsOf(argv: string[]): string[] {
  const a = argv.slice(1);
  const w = a[0];
  if (w === undefined || w === "") return a;
  let s = w.startsWith("-") ? w : "-" + w;
  if (!w.startsWith("-") && s.endsWith("t")) s = s.slice(0, -1) + "T";
  else {
    const m = /^(.*?)([0-9]+)$/.exec(s);
    if (m && !/[EUpt]$/.test(m[1]!) && !/t.$/.test(m[1]!)) s = `${m[1]}p${m[2]}`;
  }
  a[0] = s;
  return a;
}

/** getpwnam, else a number: the uid of -E/-U's user, null when it is neither */
function userId(ctx: CommandContext, name: string): number | null {
  try {
    for (const line of dec.decode(ctx.sys.readFile("/etc/passwd")).split("\n")) {
      const f = line.split(":");
      if (f.length >= 3 && f[0] === name && Number.isInteger(Number(f[2]))) return Number(f[2]);
    }
  } catch {
    // no passwd file: only numbers
  }
  return /^[0-9]+$/.test(name) ? Number(name) : null;
}

/** the options, in ps.c's order; a number is the exit status when ps ends there */
function parseOpts(ctx: CommandContext, kw: Keywords): Opts | number {
  const r = getopt(argsOf(ctx.argv), "aCE:eghjLlmO:o:p:rSTt:U:uvwx");
  const o: Opts = { all: false, noTty: false, termwidth: ctx.stdout.isatty ? ctx.columns - 1 : 79, sortBy: "", env: false, header: 0, pids: [], term: null, euid: null, ruid: null };
  let chosen = false;
  const used = new Set<string>();
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "ps.usage");
      return 1;
    }
    const f = it.flag;
    const v = it.value ?? "";
    if (f === "a") o.all = true;
    else if (f === "x") o.noTty = true;
    else if (f === "e") o.env = true;
    else if (f === "h") o.header = HEADER_ROWS;
    else if (f === "m") o.sortBy = "mem";
    else if (f === "r") o.sortBy = "cpu";
    else if (f === "w") o.termwidth = used.has("w") ? 0 : Math.max(o.termwidth, 131);
    else if (f === "L") {
      ctx.stdout.write(kw.names(o.termwidth));
      return 0;
    } else if (f === "p") {
      // -p shows the process whatever its terminal (ps.c: xflg = 1); atol
      o.pids.push(Number.parseInt(/^\s*[-+]?[0-9]*/.exec(v)![0], 10) || 0);
      o.noTty = true;
    } else if (f === "t") o.term = v.replace(/^\/dev\//, "").replace(/^tty/, "");
    else if (f === "T") o.term = ctx.sys.proc.tty ? tt(ctx.sys.proc) : "??";
    else if (f === "E" || f === "U") {
      if ((f === "E" ? o.ruid : o.euid) !== null) {
        err(ctx, f === "E" ? "ps.EwithU" : "ps.UwithE");
        return 1;
      }
      const id = userId(ctx, v);
      if (id === null) {
        err(ctx, "ps.baduser", v);
        return 1;
      }
      if (f === "E") o.euid = id;
      else o.ruid = id;
      o.noTty = true;
    } else if ("jluvoO".includes(f)) {
      // -j -l -u -v add their layout once; -O adds pid before its keywords and the rest after,
      // the first time only
      const list = f === "o" ? v : f === "O" ? (used.has("O") ? v : `pid ${v} tt state time command`) : used.has(f) ? "" : FORMATS[f]!;
      if (f === "u") o.sortBy = "cpu";
      if (f === "v") o.sortBy = "mem";
      if (!kw.parse(list)) {
        err(ctx, "ps.novalid");
        return 1;
      }
      chosen = true;
    }
    // -C (raw %CPU) and -S (children's times) change nothing the lab keeps; -g is a no-op
    used.add(f);
  }
  if (r.operands.length > 0) {
    err(ctx, "ps.usage");
    return 1;
  }
  if (!chosen) kw.parse("pid tt state time command");
  return o;
}

/** the processes of one show(): what ps asks the kernel for, then those it prints, sorted */
function select(ctx: CommandContext, o: Opts, pick: (p: Proc) => boolean): Proc[] {
  const procs = [...ctx.machine.sched.table.values()].filter((p) => pick(p) && (o.noTty || (p.tty !== null && p.state !== "zombie")));
  const byTty = (a: Proc, b: Proc) => (a.tty ? 1 : 0) - (b.tty ? 1 : 0) || a.pid - b.pid;
  // %CPU is 0.0 for every process of the lab: -r keeps the order of the terminals and pids
  if (o.sortBy === "mem") return procs.sort((a, b) => size(b, 256) - size(a, 256) || byTty(a, b));
  return procs.sort(byTty);
}

/** the sets of processes in the order ps.c's main() shows them */
function groups(ctx: CommandContext, o: Opts): Proc[][] {
  let euid = o.euid;
  if (euid === null && o.ruid === null && !o.all && o.term === null && o.pids.length === 0) euid = ctx.sys.proc.uid;
  if (euid !== null) return [select(ctx, o, (p) => p.uid === euid)];
  if (o.ruid !== null) return [select(ctx, o, (p) => p.uid === o.ruid)];
  if (o.term !== null) return [select(ctx, o, (p) => tt(p) === o.term)];
  if (o.pids.length > 0) return o.pids.map((pid) => select(ctx, o, (p) => p.pid === pid));
  return [select(ctx, o, () => true)];
}

/** printheader(): an LJUST header is not padded when it is the last */
function header(vars: Var[]): string {
  return vars.map((v, i) => (v.ljust ? (i === vars.length - 1 ? v.header : v.header.padEnd(v.width)) : v.header.padStart(v.width))).join(" ") + "\n";
}

/** command(): the last column takes what is left of termwidth (its own width if nothing is);
 *  -e puts the environment, which the lab's kernel does not keep (empty), and a blank first */
function commandCell(text: string, last: boolean, v: Var, o: Opts, totwidth: number): string {
  if (!last) return text.slice(0, v.width).padEnd(v.width);
  const env = o.env ? " " : "";
  if (o.termwidth === 0) return env + text;
  let left = o.termwidth - (totwidth - v.width);
  if (left < 1) left = v.width;
  return (env + text).slice(0, left);
}

function row(p: Proc, vars: Var[], k: Kctx, o: Opts, totwidth: number): string {
  return vars.map((v, i) => {
    const text = v.value(p, k);
    switch (v.align) {
      case "r": return text.padStart(v.width);
      case "l": return text.padEnd(v.width);
      case "cut": return text.slice(0, v.width).padEnd(v.width);
      case "tt": return ttCell(p, v.width);
      case "cmd": return commandCell(text, i === vars.length - 1, v, o, totwidth);
    }
  }).join(" ") + "\n";
}

function run(ctx: CommandContext): number {
  const kw = new Keywords((id, word) => err(ctx, id, word));
  const o = parseOpts(ctx, kw);
  if (typeof o === "number") return o;
  const vars = kw.chosen;
  // scanvars(): a column is at least as wide as its header
  for (const v of vars) v.width = Math.max(v.width, v.header.length);
  const totwidth = vars.reduce((n, v) => n + v.width + 1, 0) - 1;
  const names = lazyNames(ctx);
  const k: Kctx = { ctx, user: (uid) => names.user(uid) ?? String(uid) };
  let out = header(vars);
  let lineno = 0;
  for (const procs of groups(ctx, o)) {
    for (const p of procs) {
      ctx.sys.charge(1);
      out += row(p, vars, k, o, totwidth);
      // -h: the header again after every ws_row - 3 lines, a blank line first
      if (o.header && lineno++ === o.header - 4) {
        out += "\n" + header(vars);
        lineno = 0;
      }
    }
  }
  ctx.stdout.write(out);
  return kw.failed ? 1 : 0;
}

export const bsdPs: CommandDef = {
  name: "ps",
  path: "/bin/ps",
  summary: "Process status.",
  flags: ["-a", "-C", "-E", "-e", "-h", "-j", "-L", "-l", "-m", "-O", "-o", "-p", "-r", "-S", "-T", "-t", "-U", "-u", "-v", "-w", "-x"],
  run,
  man: bsdPsMan,
};
