// The part pgrep and pkill share (illumos usr/src/cmd/pgrep/pgrep.c, psexp.c): the options, read
// with getopt and opterr off (a bad option or a missing argument: `illegal option -- c` and the
// usage, status 2), the pattern (one operand, anywhere among the options), the criteria, and the
// scan of the processes. A process matches when every list given holds its id and the pattern —
// an extended regular expression (regcomp REG_EXTENDED) — matches its pr_fname (the program's
// name, 15 characters) or with -f its pr_psargs (the arguments, 79); -x wants the match to be the
// whole string; -v turns the answer round; -n/-o keep the newest/oldest. The command itself
// (pr_pid == getpid()) and zombies (no lwp) are never matched. Exit: 0 matched, 1 none, 2 usage.
import { isKernelError } from "../../kernel/errno.js";
import type { Proc } from "../../kernel/proc/proc.js";
import { getopt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import { compileRegex, RegexError, type Regex } from "../common/re.js";
import type { RegexProblem } from "../common/regex.js";
import { groupId, userId } from "../common/ids.js";
import type { CommandContext } from "../types.js";

export const E_MATCH = 0;
export const E_NOMATCH = 1;
export const E_USAGE = 2;

/** pr_fname's size with its NUL (PRFNSZ) and pr_psargs's (PRARGSZ) */
const PRFNSZ = 16;
const PRARGSZ = 80;

const PGREP_OPTS = "flnovxd:u:U:G:P:g:s:t:z:";
const PKILL_OPTS = "fnovxu:U:G:P:g:s:t:z:";

export interface PsExp {
  long: boolean;
  newest: boolean;
  oldest: boolean;
  reverse: boolean;
  exact: boolean;
  longOut: boolean;
  delim: string;
  lists: Map<string, number[]>;
  ttys: (string | null)[] | null;
  re: Regex | null;
}

/** regerror's text for what the pattern got wrong (libc regerror, REG_E*) */
const REGERROR: Record<RegexProblem, string> = {
  bracket: "pgrep.re.ebrack",
  paren: "pgrep.re.eparen",
  brace: "pgrep.re.ebrace",
  "interval-number": "pgrep.re.badbr",
  "interval-range": "pgrep.re.badbr",
  "interval-order": "pgrep.re.badbr",
  repetition: "pgrep.re.badrpt",
  backref: "pgrep.re.esubreg",
  backslash: "pgrep.re.eescape",
  class: "pgrep.re.ectype",
  overflow: "pgrep.re.espace",
  other: "pgrep.re.badpat",
};

/** uu_setpname(argv[0]): the name the command was called by, without its directory */
export const pname = (ctx: CommandContext): string => (ctx.argv[0] ?? "").replace(/^.*\//, "");

/** a warning as libuutil's uu_warn prints it: the program's name first */
export function warn(ctx: CommandContext, id: string, ...args: (string | number)[]): void {
  err(ctx, "pgrep.warn", pname(ctx), msg(ctx, id, ...args));
}

function usage(ctx: CommandContext, kill: boolean): number {
  err(ctx, kill ? "pkill.usage" : "pgrep.usage", pname(ctx));
  return E_USAGE;
}

/** parse_ids' stand-in for 0: -g 0 is the caller's process group, -s 0 its session */
function zeroId(ctx: CommandContext, flag: string): number {
  return flag === "g" ? ctx.sys.proc.pgid : flag === "s" ? ctx.sys.proc.sid : 0;
}

/** an id list (`,`, tab or space between): numbers, or names for -u -U -G; null after a warning */
function ids(ctx: CommandContext, flag: string, arg: string): number[] | null {
  const out: number[] = [];
  const byName = flag === "u" || flag === "U" || flag === "G";
  for (const w of arg.split(/[,\t ]+/).filter(Boolean)) {
    // zone_get_id(): the machine is the global zone (id 0), the only one it has
    if (flag === "z") {
      if (w !== "global") return (warn(ctx, "pgrep.badzone", w), null);
      out.push(0);
      continue;
    }
    if (/^\d+$/.test(w)) out.push(byName || Number(w) !== 0 ? Number(w) : zeroId(ctx, flag));
    else if (byName) {
      const id = flag === "G" ? groupId(ctx, w) : userId(ctx, w);
      if (id === null) return (warn(ctx, flag === "G" ? "pgrep.badgroup" : "pgrep.baduser", w), null);
      out.push(id);
    } else return (warn(ctx, "pgrep.badarg", flag, w), null);
  }
  return out;
}

/** -t: terminals as /dev/ names them; "none" for no terminal */
function ttys(ctx: CommandContext, arg: string): (string | null)[] | null {
  const out: (string | null)[] = [];
  for (const w of arg.split(/[,\t ]+/).filter(Boolean)) {
    if (w === "none") {
      out.push(null);
      continue;
    }
    try {
      ctx.sys.stat(`/dev/${w}`);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return (warn(ctx, "pgrep.badterm", w), null);
    }
    out.push(w);
  }
  return out;
}

/** the options and the pattern (argv after pkill's -signal), or the status to leave with */
export function parsePsExp(ctx: CommandContext, argv: string[], kill: boolean): PsExp | number {
  const e: PsExp = { long: false, newest: false, oldest: false, reverse: false, exact: false, longOut: false, delim: "\n", lists: new Map(), ttys: null, re: null };
  let pattern: string | null = null;
  let crit = false;
  let rest = argv;
  while (rest.length > 0) {
    const r = getopt(rest, kill ? PKILL_OPTS : PGREP_OPTS);
    for (const it of r.items) {
      if (it.kind !== "flag") return (warn(ctx, "pgrep.badopt", it.flag), usage(ctx, kill));
      const f = it.flag;
      const v = it.value ?? "";
      if (f === "f") e.long = true;
      else if (f === "l") e.longOut = true;
      else if (f === "n") e.newest = true;
      else if (f === "o") e.oldest = true;
      else if (f === "v") e.reverse = true;
      else if (f === "x") e.exact = true;
      else if (f === "d") e.delim = v;
      else if (f === "t") {
        crit = true;
        const t = ttys(ctx, v);
        if (t === null) return E_USAGE;
        e.ttys = [...(e.ttys ?? []), ...t];
      } else {
        crit = true;
        const l = ids(ctx, f, v);
        if (l === null) return E_USAGE;
        e.lists.set(f, [...(e.lists.get(f) ?? []), ...l]);
      }
    }
    rest = r.operands;
    if (rest.length === 0) break;
    if (pattern !== null) return (warn(ctx, "pgrep.badoperand", rest[0]!), usage(ctx, kill));
    pattern = rest[0]!;
    crit = true;
    rest = rest.slice(1);
  }
  if (e.newest && e.oldest) return (warn(ctx, "pgrep.newestoldest"), usage(ctx, kill));
  if (!crit) return (warn(ctx, "pgrep.nocriteria"), usage(ctx, kill));
  if (pattern !== null) {
    try {
      e.re = compileRegex(pattern, { ere: true });
    } catch (x) {
      if (!(x instanceof RegexError)) throw x;
      warn(ctx, REGERROR[x.problem]);
      return E_USAGE;
    }
  }
  return e;
}

/** pr_fname: the program's last component (a login shell's without its -), 15 characters */
export const prFname = (p: Proc): string => (p.name ?? p.argv[0]?.replace(/^.*\//, "") ?? "").replace(/^-/, "").slice(0, PRFNSZ - 1);
/** pr_psargs: the arguments as exec gave them, 79 characters */
export const prPsargs = (p: Proc): string => p.argv.join(" ").slice(0, PRARGSZ - 1);

/** the process's id for each list's option */
function idOf(p: Proc, flag: string): number {
  if (flag === "u" || flag === "U") return p.uid;
  if (flag === "G") return p.gid;
  if (flag === "P") return p.ppid;
  if (flag === "z") return 0;
  if (flag === "g") return p.pgid;
  return p.sid;
}

/** psexp_match */
function matches(e: PsExp, p: Proc): boolean {
  for (const [flag, list] of e.lists) if (!list.includes(idOf(p, flag))) return false;
  if (e.ttys !== null && !e.ttys.includes(p.tty?.name ?? null)) return false;
  if (e.re === null) return true;
  const s = e.long ? prPsargs(p) : prFname(p);
  const m = e.re.exec(s);
  return m !== null && (!e.exact || (m.start === 0 && m.end === s.length));
}

/** scan_proc_dir: the matching processes in /proc's order (pid order), all but the caller */
export function scanProcs(ctx: CommandContext, e: PsExp): Proc[] {
  const me = ctx.sys.proc.pid;
  const live = [...ctx.machine.procs()].filter((p) => p.state !== "zombie" && p.pid !== me).sort((a, b) => a.pid - b.pid);
  ctx.sys.charge(live.length);
  const found = live.filter((p) => matches(e, p) !== e.reverse);
  if (found.length === 0 || (!e.newest && !e.oldest)) return found;
  // NEWER(): a later start, the later pid among equals (they start in pid order)
  const pick = found.reduce((a, b) => (e.newest ? (b.start >= a.start ? b : a) : b.start < a.start ? b : a));
  return [pick];
}
