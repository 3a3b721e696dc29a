// ps -o / -F: the columns a user names, as AIX ps.c builds them. A list is comma- or
// blank-separated; each specifier may rename its column (pid=PROCESS); -o may be repeated. A
// list with %-descriptors (ps -o "%p %y %x %c") is the other form: the text between descriptors
// is printed as is. ps.c matches a specifier by prefix: "pidx" is pid, and with = the first
// specifier the name begins ("p=" is pri). Each column is as wide as its header and at least
// AIX's minimum (PID the width of the largest pid, TIME and ELAPSED 11, COMMAND 8 …); args
// shares what is left of the screen. Values are right-justified, COMMAND and S left-justified.
// When every header is empty (pid=,args=) no header line is printed.
import type { Proc } from "../../../kernel/proc/proc.js";
import {
  argsOf, clip, commOf, CPU, cpuSecs, fixed1, flags, groupName, NICE, pcpu, pgin, PRI, rss, sizes, stat, stime,
  timeStr, userName, wchan, type Snap,
} from "./model.js";
import type { Opts } from "./select.js";

export type FieldId =
  | "ARGS" | "COMM" | "ETIME" | "GROUP" | "GID" | "NICE" | "PRI" | "PCPU" | "PMEM" | "PGID" | "PID" | "PPID" | "RGROUP"
  | "RGID" | "RUSER" | "RUID" | "TIME" | "TTY" | "USER" | "UID" | "LOGNAME" | "START" | "VSZ" | "RSS" | "FLAG"
  | "STATUS" | "CP" | "PAGEIN" | "WCHAN" | "NWCHAN" | "ST" | "TID" | "SCOUNT" | "BIND" | "SCHED" | "THCOUNT" | "PAD";

export interface Field {
  id: FieldId;
  title: string;
  colsize: number;
}

/** ps.c tnames[]: specifier, column, default header (in ps.c's order: the first match wins) */
const TNAMES: readonly (readonly [string, FieldId, string])[] = [
  ["args", "ARGS", "COMMAND"], ["comm", "COMM", "COMMAND"], ["command", "COMM", "COMMAND"], ["ucomm", "COMM", "COMMAND"],
  ["etime", "ETIME", "ELAPSED"], ["group", "GROUP", "GROUP"], ["gname", "GROUP", "GROUP"], ["gid", "GID", "GID"],
  ["nice", "NICE", "NI"], ["pri", "PRI", "PRI"], ["ni", "NICE", "NI"], ["pcpu", "PCPU", "%CPU"], ["pmem", "PMEM", "%MEM"],
  ["pgid", "PGID", "PGID"], ["pid", "PID", "PID"], ["ppid", "PPID", "PPID"], ["rgroup", "RGROUP", "RGROUP"],
  ["rgname", "RGROUP", "RGROUP"], ["rgid", "RGID", "RGID"], ["ruser", "RUSER", "RUSER"], ["runame", "RUSER", "RUSER"],
  ["ruid", "RUID", "RUID"], ["time", "TIME", "TIME"], ["cputime", "TIME", "TIME"], ["tty", "TTY", "TT"], ["tt", "TTY", "TT"],
  ["tname", "TTY", "TT"], ["longtname", "TTY", "TT"], ["user", "USER", "USER"], ["uname", "USER", "USER"], ["uid", "UID", "UID"],
  ["logname", "LOGNAME", "LOGNAME"], ["start", "START", "STARTED"], ["vsz", "VSZ", "VSZ"], ["vsize", "VSZ", "VSZ"],
  ["rssize", "RSS", "RSS"], ["flag", "FLAG", "F"], ["status", "STATUS", "STATUS"], ["cp", "CP", "CP"],
  ["pagein", "PAGEIN", "PAGEIN"], ["wchan", "WCHAN", "WCHAN"], ["nwchan", "NWCHAN", "WCHAN"], ["st", "ST", "S"],
  ["tid", "TID", "TID"], ["scount", "SCOUNT", "SC"], ["bnd", "BIND", "BND"], ["sched", "SCHED", "SCH"],
  ["thcount", "THCOUNT", "THCNT"],
];

/** the %-descriptors (ps.c des_build) */
const DESCRIPTORS: Record<string, FieldId> = {
  u: "RUSER", U: "USER", g: "RGROUP", G: "GROUP", p: "PID", P: "PPID", r: "PGID", C: "PCPU", z: "VSZ", n: "NICE", t: "ETIME",
  x: "TIME", y: "TTY", c: "COMM", a: "ARGS",
};

const isSpace = (c: string | undefined) => c !== undefined && " \t\n\v\f\r".includes(c);

/** getarg(): the items of a comma- or blank-separated list (a leading separator makes an empty one) */
export function items(list: string): string[] {
  const out: string[] = [];
  let i = 0;
  do {
    let j = i;
    while (j < list.length && list[j] !== "," && !isSpace(list[j])) j++;
    out.push(list.slice(i, j));
    i = j;
    while (i < list.length && (list[i] === "," || isSpace(list[i]))) i++;
  } while (i < list.length);
  return out;
}

/**
 * Add one -o/-F list to o.fmt. Returns null, "list" (an unknown specifier: ps prints 0509-048),
 * or "quiet" (an opening " without its closing one: ps only fails).
 */
export function parseFormat(list: string, o: Opts): null | "list" | "quiet" {
  if (isDescriptors(list)) {
    o.emptyHeader = false;
    o.desflg = true;
    buildDescriptors(list, o);
    return null;
  }
  for (let spec of items(list)) {
    if (spec.startsWith('"')) {
      if (!spec.endsWith('"')) return "quiet";
      // ps.c drops the opening quote only (the closing one stays: "pid" matches pid by prefix)
      spec = spec.slice(1);
    }
    const eq = spec.indexOf("=");
    let t: (typeof TNAMES)[number] | undefined;
    let title: string;
    if (eq < 0) {
      o.emptyHeader = false;
      t = TNAMES.find(([name]) => spec.startsWith(name));
      title = t?.[2] ?? "";
    } else {
      const name = spec.slice(0, eq);
      t = TNAMES.find(([n]) => n.startsWith(name));
      title = spec.slice(eq + 1);
      if (title !== "") o.emptyHeader = false;
    }
    if (!t) return "list";
    o.fmt.push({ id: t[1], title, colsize: title.length }, { id: "PAD", title: " ", colsize: 1 });
  }
  return null;
}

/** des_judge(): a %-descriptor that is not the start of a header word makes it a descriptor list */
function isDescriptors(s: string): boolean {
  const except: Record<string, string[]> = {
    a: ["arg"], C: ["CPU", "Cpu", "CMD", "COMMAND"], c: ["cpu", "cmd", "command"], G: ["GROUP", "Group"], g: ["group", "gname"],
    n: ["nice"], P: ["PID", "PPID", "PGID"], p: ["pid", "ppid", "pgid"], r: ["rgname", "runame"], t: ["tty", "time"],
    U: ["USER", "User"], u: ["user", "uname"], x: [], y: [], z: [],
  };
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "%") continue;
    const rest = s.slice(i + 1);
    const words = except[rest[0] ?? ""];
    if (words && !words.some((w) => rest.startsWith(w))) return true;
  }
  return false;
}

/** des_build(): the text before each descriptor becomes a column of its own */
function buildDescriptors(s: string, o: Opts): void {
  let text = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "%") {
      text += s[i];
      continue;
    }
    const c = s[i + 1] ?? "";
    const id = DESCRIPTORS[c];
    i++;
    if (id === undefined) {
      // ps.c copies an unknown %c the wrong way round
      text += c + "%";
      continue;
    }
    const title = TNAMES.filter((t) => t[1] === id).pop()![2];
    o.fmt.push({ id: "PAD", title: text, colsize: text.length }, { id, title, colsize: title.length });
    text = "";
  }
  if (text !== "") o.fmt.push({ id: "PAD", title: text, colsize: text.length });
}

/** widen each column to AIX's minimum; args shares what is left of `screen` columns */
export function layout(o: Opts, snap: Snap, screen: number): void {
  const min: Partial<Record<FieldId, number>> = {
    COMM: 8, ETIME: 11, TIME: 11, NICE: 2, PRI: 3, PCPU: 5, PMEM: 5, PGID: snap.pidLen, PID: snap.pidLen, PPID: snap.pidLen,
    GROUP: 8, RGROUP: 8, GID: 5, RGID: 5, TTY: 6, RUSER: 8, USER: 8, LOGNAME: 8, RUID: snap.uidLen, UID: snap.uidLen, VSZ: 5,
    RSS: 5, FLAG: 8, STATUS: 2, CP: 3, PAGEIN: 4, WCHAN: 8, NWCHAN: 8, START: snap.dateLen, SCOUNT: 2, BIND: 3, SCHED: 3,
    THCOUNT: 5, ST: 1,
  };
  let args = 0;
  for (const f of o.fmt) {
    if (f.id === "ARGS") {
      args++;
      f.colsize = 0;
    } else if (f.id === "PAD") f.colsize = f.title.length;
    else f.colsize = Math.max(f.colsize, min[f.id] ?? 0);
    screen -= f.colsize;
  }
  // at least 15 columns of arguments, so that they mean something
  const argsize = screen > 15 ? Math.trunc((screen - 2) / args) : 15;
  for (const f of o.fmt) if (f.id === "ARGS") f.colsize = argsize;
}

/** the header line (print_head): blanks between columns are carried to the next title */
export function header(o: Opts): string | null {
  if (o.emptyHeader) return null;
  let out = "";
  let residual = 0;
  for (const f of o.fmt) {
    if (f.colsize <= 0) continue;
    const t = f.title.slice(0, f.colsize);
    if (f.id === "PAD") {
      residual += t.length;
      continue;
    }
    out += " ".repeat(residual);
    residual = 0;
    if (f.id === "ARGS" || f.id === "COMM" || f.id === "ST" || f.id === "STATUS") {
      out += t;
      residual = f.colsize - t.length;
    } else out += t.padStart(f.colsize);
  }
  return out;
}

/** one process (prfmt, and przom for a zombie) */
export function row(p: Proc, o: Opts, snap: Snap): string {
  const zombie = p.state === "zombie";
  const n = o.fmt.length;
  let out = "";
  for (let i = 0; i < n; i++) {
    const f = o.fmt[i]!;
    const w = f.colsize;
    const right = (v: string | number) => (out += String(v).padStart(w));
    const name = (s: string | undefined, id: number) => right(s === undefined ? String(id) : s.slice(0, w));
    if (f.id === "ARGS" || f.id === "COMM") {
      const s = zombie ? "<defunct>" : f.id === "ARGS" ? clip(argsOf(p), w) : commOf(p);
      out += s;
      // padded to the column's width unless it is the last column
      if ((i + 2 < n || o.desflg) && w > s.length) out += " ".repeat(w - s.length);
      continue;
    }
    if (f.id === "PAD") {
      if (i + 1 < n || o.desflg) out += f.title;
      continue;
    }
    if (zombie && !ZOMBIE.has(f.id)) {
      out += " ".repeat(w);
      continue;
    }
    switch (f.id) {
      case "ETIME": right(timeStr(Math.max(0, snap.now - Math.floor(p.start)), true)); break;
      case "TIME": right(timeStr(cpuSecs(p), false)); break;
      case "GROUP":
      case "RGROUP": name(groupName(snap, p.gid), p.gid); break;
      case "GID":
      case "RGID": right(p.gid); break;
      case "NICE": right(NICE); break;
      case "PRI": right(PRI); break;
      case "PCPU": right(fixed1(pcpu(p, snap))); break;
      case "PMEM": right(fixed1(0)); break;
      case "PGID": right(p.pgid); break;
      case "PID": right(p.pid); break;
      case "PPID": right(p.ppid); break;
      case "RUSER":
      case "USER":
      case "LOGNAME": name(userName(snap, p.uid), p.uid); break;
      case "RUID":
      case "UID": right(p.uid); break;
      case "TTY": right(p.tty?.name ?? "-"); break;
      case "VSZ": right(sizes(p).sz); break;
      case "RSS": right(rss(p)); break;
      case "FLAG": right(flags(p, snap).toString(16)); break;
      case "STATUS":
      case "ST": out += stat(p).padEnd(w); break;
      case "CP": right(CPU); break;
      case "PAGEIN": right(pgin(p, snap)); break;
      case "WCHAN": right(wchan(p)?.type ?? "-"); break;
      case "NWCHAN": right(wchan(p)?.addr ?? "-"); break;
      case "START": right(stime(p, snap.now)); break;
      case "TID":
      case "BIND": right("-"); break;
      case "SCOUNT":
      case "SCHED": right(0); break;
      case "THCOUNT": right(1); break;
    }
  }
  return out;
}

/** the columns przom() fills for a zombie (the others are blank) */
const ZOMBIE = new Set<FieldId>(["TIME", "NICE", "PRI", "PGID", "PID", "PPID", "RUSER", "RUID", "FLAG", "CP", "STATUS", "ST"]);
