// ps's keywords as BSD/OS's bin/ps/keyword.c lists them (name, header, width, LJUST; aliases),
// and parsefmt()/findvar(): keywords separated by blanks, tabs or commas, keyword=header renames
// a header (for every use of that keyword: the header lives in the table), an alias takes no
// header. What each prints is print.c's routine for it, from the lab's process table
// (./values.ts); a keyword the lab has no model for prints what a process with 0 there shows.
import type { Proc } from "../../../kernel/proc/proc.js";
import type { CommandContext } from "../../types.js";
import * as V from "./values.js";

export interface Kctx {
  ctx: CommandContext;
  /** user_from_uid(): the name, else the number */
  user(uid: number): string;
}

/** how print.c writes the value: right in the width, left, left and cut to it, tname's way, or
 *  command's (the last column takes the rest of the line) */
export type Align = "r" | "l" | "cut" | "tt" | "cmd";

export interface Var {
  name: string;
  header: string;
  width: number;
  /** LJUST: the header left-justified (and not padded when last) */
  ljust: boolean;
  align: Align;
  value(p: Proc, k: Kctx): string;
}

type Entry = Var | { name: string; alias: string };

const ZERO = (): string => "0";
/** rusage counters: none kept, 0 (a zombie's u-area is gone: -) */
const RU = (p: Proc): string => (p.state === "zombie" ? "-" : "0");
const hex = (n: number): string => n.toString(16);
const clip = (n: number, width: number): string => String(Math.min(n, 10 ** width - 1));

function k(name: string, header: string, width: number, ljust: boolean, align: Align, value: Var["value"]): Var {
  return { name, header, width, ljust, align, value };
}
const a = (name: string, alias: string): Entry => ({ name, alias });

function table(): Entry[] {
  return [
    k("%cpu", "%CPU", 4, false, "r", () => "0.0"),
    k("%mem", "%MEM", 4, false, "r", (p) => (V.size(p, 64) / 640).toFixed(1)),
    k("acflag", "ACFLG", 3, false, "r", ZERO),
    a("acflg", "acflag"),
    a("blocked", "sigmask"),
    a("caught", "sigcatch"),
    k("command", "COMMAND", 16, true, "cmd", (p) => V.command(p)),
    k("cpu", "CPU", 3, false, "r", ZERO),
    a("cputime", "time"),
    // p_flag: P_CONTROLT (2) with a terminal, P_SYSTEM (0x200) for a kernel process
    k("f", "F", 7, false, "r", (p) => hex((p.tty && p.state !== "zombie" ? 2 : 0) | (p.argv[0]?.startsWith("(") ? 0x200 : 0))),
    a("flags", "f"),
    a("ignored", "sigignore"),
    k("inblk", "INBLK", 4, false, "r", RU),
    a("inblock", "inblk"),
    k("jobc", "JOBC", 4, false, "r", (p) => (p.tty ? "1" : "0")),
    k("ktrace", "KTRACE", 8, false, "r", ZERO),
    k("ktracep", "KTRACEP", 8, false, "r", ZERO),
    k("lim", "LIM", 5, false, "r", () => "-"),
    k("login", "LOGIN", 12, true, "l", (_p, c) => c.user(0)),
    a("logname", "login"),
    k("lstart", "STARTED", 28, true, "l", (p) => (p.state === "zombie" ? "-" : V.lstarted(p))),
    k("majflt", "MAJFLT", 4, false, "r", RU),
    k("minflt", "MINFLT", 4, false, "r", RU),
    k("msgrcv", "MSGRCV", 4, false, "r", RU),
    k("msgsnd", "MSGSND", 4, false, "r", RU),
    k("mapent", "MAPENT", 4, false, "r", ZERO),
    a("ni", "nice"),
    k("nice", "NI", 2, false, "r", ZERO),
    k("nivcsw", "NIVCSW", 5, false, "r", RU),
    a("nsignals", "nsigs"),
    k("nsigs", "NSIGS", 4, false, "r", RU),
    k("nswap", "NSWAP", 4, false, "r", RU),
    k("nvcsw", "NVCSW", 5, false, "r", RU),
    k("nwchan", "WCHAN", 6, false, "r", ZERO),
    k("oublk", "OUBLK", 4, false, "r", RU),
    a("oublock", "oublk"),
    k("p_ru", "P_RU", 6, false, "r", ZERO),
    k("paddr", "PADDR", 6, false, "r", ZERO),
    k("pagein", "PAGEIN", 6, false, "r", ZERO),
    a("pcpu", "%cpu"),
    a("pending", "sig"),
    k("pgid", "PGID", 5, false, "r", (p) => String(p.pgid)),
    k("pid", "PID", 5, false, "r", (p) => String(p.pid)),
    a("pmem", "%mem"),
    k("ppid", "PPID", 5, false, "r", (p) => String(p.ppid)),
    k("pri", "PRI", 3, false, "r", (p, c) => String(V.pri(p, c.ctx))),
    // p_swtime: seconds in memory, which every process of the lab has been since it started
    k("re", "RE", 3, false, "r", (p, c) => clip(c.ctx.machine.clock.now() - p.start, 3)),
    k("rgid", "RGID", 5, false, "r", (p) => String(p.gid)),
    k("rlink", "RLINK", 8, false, "r", ZERO),
    k("rss", "RSS", 4, false, "r", (p) => String(V.size(p, 128))),
    a("rssize", "rsz"),
    k("rsz", "RSZ", 4, false, "r", (p) => String(V.size(p, 128))),
    k("ruid", "RUID", 5, false, "r", (p) => String(p.uid)),
    k("ruser", "RUSER", 8, true, "l", (p, c) => c.user(p.uid)),
    k("sess", "SESS", 6, false, "r", (p) => V.sessAddr(p.sid)),
    k("sig", "PENDING", 8, false, "r", ZERO),
    k("sigcatch", "CAUGHT", 8, false, "r", ZERO),
    k("sigignore", "IGNORED", 8, false, "r", ZERO),
    k("sigmask", "BLOCKED", 8, false, "r", ZERO),
    k("sl", "SL", 3, false, "r", (p, c) => clip(V.sleptFor(p, c.ctx), 3)),
    k("start", "STARTED", 8, true, "l", (p, c) => (p.state === "zombie" ? "-" : V.started(p, c.ctx))),
    a("stat", "state"),
    k("state", "STAT", 4, false, "l", (p, c) => V.state(p, c.ctx)),
    k("svgid", "SVGID", 5, false, "r", (p) => String(p.gid)),
    k("svuid", "SVUID", 5, false, "r", (p) => String(p.uid)),
    k("tdev", "TDEV", 4, false, "r", (p, c) => tdev(p, c.ctx)),
    k("time", "TIME", 9, false, "r", (p) => V.cputime(p)),
    k("tpgid", "TPGID", 4, false, "r", (p) => String(p.tty && p.state !== "zombie" ? p.tty.pgrp : 0)),
    k("tsess", "TSESS", 6, false, "r", (p) => (p.tty && p.state !== "zombie" ? V.sessAddr(p.tty.sid) : "0")),
    k("tsiz", "TSIZ", 4, false, "r", ZERO),
    k("tt", " TT", 4, true, "tt", () => ""),
    k("tty", "TTY", 8, true, "l", (p) => V.ttyName(p)),
    k("ucomm", "UCOMM", 16, true, "l", (p) => V.ucomm(p)),
    k("uid", "UID", 5, false, "r", (p) => String(p.uid)),
    // p_usrpri: PUSER (50) + p_estcpu/4 + 2*p_nice, both 0 in the lab
    k("upr", "UPR", 3, false, "r", () => "50"),
    k("user", "USER", 8, true, "l", (p, c) => c.user(p.uid)),
    a("usrpri", "upr"),
    a("vsize", "vsz"),
    k("vsz", "VSZ", 5, false, "r", (p) => String(V.size(p, 256))),
    k("wchan", "WCHAN", 6, true, "cut", (p, c) => V.wchan(p, c.ctx)),
    k("xstat", "XSTAT", 4, false, "r", ZERO),
  ];
}

/** tdev: the terminal's major/minor (?? with none), from its node in /dev */
function tdev(p: Proc, ctx: CommandContext): string {
  if (!p.tty || p.state === "zombie") return "??";
  try {
    const r = ctx.sys.stat("/dev/" + p.tty.name).rdev;
    return r ? `${r.major}/${r.minor}` : "??";
  } catch {
    return "??";
  }
}

/** one ps run's table: its headers and widths change as -o renames and scanvars() widens */
export class Keywords {
  private readonly entries = table();
  /** the keywords chosen, in order (one Var may be chosen twice) */
  readonly chosen: Var[] = [];
  /** ps exits 1 at the end (a keyword not found, an alias given a header) */
  failed = false;

  constructor(private readonly warn: (id: string, word: string) => void) {}

  /** parsefmt(): false when no keyword at all is chosen yet ("no valid keywords") */
  parse(list: string): boolean {
    for (const word of list.split(/[ \t,\n]/)) if (word !== "") this.find(word);
    return this.chosen.length > 0;
  }

  /** findvar() */
  private find(word: string): void {
    const eq = word.indexOf("=");
    const name = eq < 0 ? word : word.slice(0, eq);
    const e = this.entries.find((x) => x.name === name);
    if (!e) {
      this.warn("ps.nokeyword", name);
      this.failed = true;
    } else if ("alias" in e) {
      if (eq >= 0) {
        this.warn("ps.badspec", name);
        this.failed = true;
      }
      this.parse(e.alias);
    } else {
      if (eq >= 0) e.header = word.slice(eq + 1);
      this.chosen.push(e);
    }
  }

  /** showkey(): every name, as many to a line as fit in termwidth */
  names(termwidth: number): string {
    let out = "";
    let i = 0;
    let sep = "";
    for (const e of this.entries) {
      i += e.name.length + 1;
      if (termwidth && i > termwidth) {
        i = e.name.length;
        sep = "\n";
      }
      out += sep + e.name;
      sep = " ";
    }
    return out + "\n";
  }
}
