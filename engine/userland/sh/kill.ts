// kill, the ksh88 built-in: kill [-sig | -s sig] pid|%job …, kill -l [status]. A job's signal
// goes to its process group (and a stopped job is continued so that it sees it). The texts are
// ksh88's: errors for a process or job name the argument and carry no "ksh:" (status 2); a bad
// signal or no argument are the shell's own failures (status 1).
import type { Signal } from "../../kernel/proc/signal.js";
import type { Shell } from "./interp.js";
import { reapJobs } from "./jobs.js";

export function killBuiltin(sh: Shell, args: string[]): number {
  const sigs = sh.os.signals;
  if (args[0] === "-l") {
    if (args.length === 1) {
      const own = sh.os.shell.signalList;
      sh.write(1, own ? own(sigs) : signalMenu(sh));
      return 0;
    }
    for (const a of args.slice(1)) {
      if (/^[0-9]/.test(a)) {
        // a number (or an exit status: 143 is TERM) names its signal
        sh.write(1, (sigs.nameOf(Number.parseInt(a, 10) & 0o177) ?? sh.msg("sh.kill.badtrap", a)) + "\n");
      } else {
        const sig = sigs.lookup(a);
        if (sig === null) {
          sh.err(sh.msg("sh.kill.badopt", a));
          return 1;
        }
        sh.write(1, sigs.number(sig) + "\n");
      }
    }
    return 0;
  }
  // signal 0 is no signal: kill -0 only asks whether the process is there
  const sigOf = (w: string): Signal | 0 | null => (/^0+$/.test(w) ? 0 : sigs.lookup(w));
  let sig: Signal | 0 = "SIGTERM";
  let i = 0;
  if (args[0] === "-s") {
    const s = args[1] === undefined ? null : sigOf(args[1]);
    if (s === null) {
      sh.err(sh.msg(args[1] === undefined ? "sh.kill.nargs" : "sh.kill.badopt", args[1] ?? ""));
      return 1;
    }
    sig = s;
    i = 2;
  } else if (args[0] !== undefined && /^-./.test(args[0]) && args[0] !== "--") {
    const s = sigOf(args[0].slice(1));
    if (s === null) {
      sh.err(sh.msg("sh.kill.badopt", args[0].slice(1)));
      return 1;
    }
    sig = s;
    i = 1;
  }
  if (args[i] === "--") i++;
  const targets = args.slice(i);
  if (targets.length === 0) {
    sh.err(sh.msg("sh.kill.nargs"));
    return 1;
  }
  const k = sh.machine.sched;
  let status = 0;
  for (const t of targets) {
    if (t.startsWith("%")) {
      reapJobs(sh);
      const job = sh.jobs.find(t);
      if (job === "ambiguous") {
        sh.err(sh.msg("sh.job.ambiguous", t));
        return 1;
      }
      if (job === null) {
        sh.err(sh.msg("sh.kill.nojob", t));
        status = 2;
        continue;
      }
      if (sig === 0) continue;
      // a stopped job is continued first, so that it sees the signal (ksh88 job_unstop, then
      // killpg): TERM ends it, TSTP stops it again (now as Stopped)
      const stopped = job.state === "stopped" && sig !== "SIGKILL" && sig !== "SIGCONT";
      if (job.pgid !== sh.sys.proc.pgid) {
        if (stopped) k.signalGroup(job.pgid, "SIGCONT");
        k.signalGroup(job.pgid, sig);
      } else for (const p of job.procs) signalPid(sh, p.pid, sig);
      continue;
    }
    if (!/^-?[0-9]+$/.test(t)) {
      sh.err(sh.msg("sh.kill.usage", t));
      return 1;
    }
    const n = Number(t);
    const pgid = n === 0 ? sh.sys.proc.pgid : -n;
    const all = () => k.signalAll(sh.sys.proc, sig === 0 ? null : sig, sh.os.formats.killAllSparesCaller === true);
    const ok = n === -1 ? all() : sig === 0 ? (n > 0 ? isProcess(sh, n) : k.group(pgid).length > 0) : n > 0 ? signalPid(sh, n, sig) : k.signalGroup(pgid, sig);
    if (!ok) {
      sh.err(sh.msg("sh.kill.noproc", t));
      status = 2;
    }
  }
  return status;
}

/** kill(2) with signal 0: is there such a process? */
function isProcess(sh: Shell, pid: number): boolean {
  const p = sh.machine.sched.table.get(pid);
  return p !== undefined && p.state !== "zombie";
}

/** kill(2) of one process: false when there is no such process */
function signalPid(sh: Shell, pid: number, sig: Signal): boolean {
  const p = sh.machine.sched.table.get(pid);
  if (!p || p.state === "zombie") return false;
  // init takes no signal it has not asked for
  if (pid === 1) return true;
  sh.machine.sched.signal(p, sig);
  return true;
}

/**
 * kill -l: ksh88's menu of the signals (p_list), 1 to the system's highest number, "bad trap" for
 * a number without a name; as many columns as the window takes, filled down first.
 */
export function signalMenu(sh: Shell): string {
  const sigs = sh.os.signals;
  const names: string[] = [];
  for (let n = 1; n <= sigs.max; n++) names.push(sigs.nameOf(n) ?? sh.msg("sh.kill.badtrap"));
  const cols = Number(sh.state.env.get("COLUMNS")) || sh.columns;
  const wsize = cols - 1;
  const lines = Number(sh.state.env.get("LINES"));
  let nrow = lines ? 1 + 2 * Math.floor(lines / 3) : 15;
  const argn = names.length;
  let ndigits = 1;
  for (let i = argn; i >= 10; i = Math.floor(i / 10)) ndigits++;
  let ncol = 1;
  if (argn < nrow) nrow = argn;
  else {
    const width = Math.max(...names.map((x) => x.length)) + ndigits + 3;
    if (width < wsize) ncol = Math.floor(wsize / width);
    if (argn > nrow * ncol) nrow = 1 + Math.floor((argn - 1) / ncol);
    else {
      ncol = 1 + Math.floor((argn - 1) / nrow);
      nrow = 1 + Math.floor((argn - 1) / ncol);
    }
  }
  const fld = Math.floor(wsize / ncol) - (ndigits + 3);
  let out = "";
  for (let i = 0; i < nrow; i++) {
    for (let j = i; ; ) {
      const name = names[j]!;
      out += String(j + 1).padStart(ndigits) + ") " + name;
      j += nrow;
      if (j >= argn) break;
      out += " ".repeat(Math.max(0, fld - name.length));
    }
    out += "\n";
  }
  return out;
}
