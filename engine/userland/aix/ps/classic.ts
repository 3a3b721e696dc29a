// The fixed layouts of ps (AIX ps.c prcom() and przom()): plain ps, -f, -l, -lf, -u, and the
// Berkeley ones (ps aux, ps l, ps v, ps s, the default PID TTY STAT TIME COMMAND). One builder
// follows ps.c's order of columns, so every combination lines up as AIX's does.
//
// The Berkeley layouts fit the command into 80 columns (132 with w, no limit with ww): ps.c
// subtracts the other columns from the width, so `ps aux` shows 15 columns of arguments. The
// System V layouts show the whole command (the lab's choice, see docs/fidelity/aix.md).
import type { Proc } from "../../../kernel/proc/proc.js";
import {
  addr, argsOf, clip, commOf, CPU, cpuSecs, fixed1, flags, mmss, NICE, pcpu, pgin, PRI, rss, sizes, stat, stime, ttyOf,
  userName, wchan, type Snap,
} from "./model.js";
import { B, type Opts } from "./select.js";

/** the Berkeley letters are in effect (plain ps, with none, keeps the System V layout) */
const isBerk = (o: Opts) => o.berk && o.bf !== 0;

/** the header line, and the columns left for the command */
export function classicHeader(o: Opts, snap: Snap, screen: number): { text: string; screen: number } {
  const bf = o.bf;
  const P = (s: string) => s.padStart(snap.pidLen);
  const w = (s: string, n: number) => s.padStart(n);
  if (bf & B.V) {
    const text = ` ${P("PID")} ${w("TTY", 6)} STAT ${w("TIME", 5)} ${w("PGIN", 4)} ${w("SIZE", 5)} ${w("RSS", 5)} ${w("LIM", 5)} ${w("TSIZ", 5)} ${w("TRS", 5)} ${w("%CPU", 4)} ${w("%MEM", 4)} COMMAND`;
    return { text, screen: screen - 66 - snap.pidLen };
  }
  let text = "";
  if (bf & B.S) {
    text = " SSIZ ";
    screen -= 6;
  }
  if (o.f && o.l) {
    text += `${w("F", 8)} S ${w("UID", 8)} ${P("PID")} ${P("PPID")}   C PRI NI ADDR    SZ    WCHAN ${w("STIME", snap.dateLen)}    TTY  TIME CMD`;
  } else if (o.f) {
    text += `${w("UID", 8)} ${P("PID")} ${P("PPID")} ${w("C", 3)} ${w("STIME", snap.dateLen)} ${w("TTY", 6)} ${w("TIME", 5)} CMD`;
    screen -= 31 + 2 * snap.pidLen + snap.dateLen;
  } else if (o.l) {
    text += `       F S ${w("UID", snap.uidLen)} ${P("PID")} ${P("PPID")}   C PRI NI ADDR    SZ    WCHAN    TTY  TIME CMD`;
    screen -= 59 + 2 * snap.pidLen + snap.uidLen;
  } else if (bf & B.U) {
    const n = bf & B.N;
    text += n ? w("UID", snap.uidLen) : "USER".padEnd(8);
    text += ` ${P("PID")} ${w("%CPU", 4)} ${w("%MEM", 4)} ${w("SZ", 4)} ${w("RSS", 4)} ${w("TTY", 6)} STAT ${w("STIME", snap.dateLen)} ${w("TIME", 5)} COMMAND`;
    screen -= (n ? snap.uidLen : 8) + 42 + snap.pidLen + snap.dateLen;
  } else if (bf & B.L) {
    text += `${w("F", 6)} S ${w("UID", snap.uidLen)} ${P("PID")} ${P("PPID")} ${w("C", 3)} ${w("PRI", 3)} ${w("NI", 2)} ${w("ADDR", 4)} ${w("SZ", 3)} ${w("RSS", 4)} ${w("WCHAN", 7)} ${w("TTY", 6)} ${w("TIME", 5)} CMD`;
    screen -= 59 + snap.uidLen + 2 * snap.pidLen;
  } else if (o.u) {
    text += ` ${w("UID", snap.uidLen)} ${P("PID")}    TTY  TIME CMD`;
    screen -= 21 + snap.pidLen + snap.uidLen;
  } else if (bf) {
    text += ` ${P("PID")} ${w("TTY", 6)} STAT ${w("TIME", 5)} COMMAND`;
    screen -= 21 + snap.pidLen;
  } else {
    text += ` ${P("PID")}    TTY  TIME CMD`;
    screen -= 17 + snap.pidLen;
  }
  return { text, screen };
}

/** one process; `screen` is what classicHeader left for the command */
export function classicRow(p: Proc, o: Opts, snap: Snap, screen: number): string {
  const bf = o.bf;
  const berk = isBerk(o);
  const zombie = p.state === "zombie";
  const S = stat(p);
  const f = flags(p, snap).toString(16);
  const name = userName(snap, p.uid);
  const uid = String(p.uid);
  const secs = cpuSecs(p);
  let s = "";
  if (bf & B.S && !(bf & B.V)) s += "    0 ";
  if (o.l) s += f.padStart(8);
  if (bf & B.L) s += f.padStart(6);
  if (o.l || bf & B.L) s += " " + S;
  if (o.f) {
    if (o.l) s += " ";
    s += name !== undefined && !(bf & B.N) ? name.slice(0, 8).padStart(8) : uid.padStart(8);
  } else if (bf & B.U) {
    if (bf & B.N) s += uid.padStart(snap.uidLen);
    else if (name !== undefined) s += name.slice(0, 8).padEnd(8);
    else s += zombie ? uid.padStart(snap.uidLen) : uid.padEnd(8);
  } else if (o.u || o.l || bf & B.L) s += " " + uid.padStart(snap.uidLen);
  s += " " + String(p.pid).padStart(snap.pidLen);
  if (o.l || o.f || bf & B.L) s += ` ${String(p.ppid).padStart(snap.pidLen)} ${String(CPU).padStart(3)}`;
  if (o.l || bf & B.L) s += ` ${String(PRI).padStart(3)} ${String(NICE).padStart(2)}`;
  const size = sizes(p);
  const wc = zombie ? null : wchan(p);
  if (bf & B.L) {
    if (zombie) s += " ".repeat(22);
    else {
      s += ` ${addr(p).padStart(4)} ${String(size.sz).padStart(3)} ${String(rss(p)).padStart(4)}`;
      s += wc ? " " + (!berk || bf & B.N ? wc.addr : wc.type).padStart(7) : " ".repeat(8);
    }
  }
  if (o.l) {
    if (zombie) s += " ".repeat(20);
    else {
      s += ` ${addr(p).padStart(4)} ${String(size.sz).padStart(5)}`;
      s += wc ? " " + (!berk || bf & B.N ? wc.addr : wc.type).padStart(8) : " ".repeat(9);
    }
  }
  if (o.f) s += " " + (zombie ? "" : stime(p, snap.now)).padStart(snap.dateLen);
  const tp = zombie ? "" : ttyOf(p);
  if (!(bf & B.U)) s += " " + tp.padStart(6);
  if (bf && !o.l && !(bf & (B.V | B.U | B.L))) s += ` ${S}   `;
  if (bf & B.V) {
    s += ` ${S}   `;
    if (zombie) s += ` ${mmss(secs)} ` + " ".repeat(45);
    else {
      s += ` ${mmss(secs)} ${String(pgin(p, snap)).padStart(4)} ${String(size.sz).padStart(5)} ${String(rss(p)).padStart(5)}`;
      // LIM: the soft limit on resident memory equals the hard one (ps prints xx)
      s += `    xx ${String(size.tsiz).padStart(5)} ${String(size.trs).padStart(5)}`;
      s += ` ${fixed1(pcpu(p, snap)).padStart(4)} ${fixed1(0).padStart(4)} `;
    }
  } else if (bf & B.U) {
    if (zombie) s += `${" ".repeat(28)}${S}    ${" ".repeat(snap.dateLen)} ${mmss(secs)} `;
    else {
      s += ` ${fixed1(pcpu(p, snap)).padStart(4)} ${fixed1(0).padStart(4)} ${String(size.sz).padStart(4)} ${String(rss(p)).padStart(4)} ${tp.padStart(6)} ${S}    `;
      s += `${stime(p, snap.now).padStart(snap.dateLen)} ${mmss(secs)} `;
    }
  } else s += ` ${mmss(secs)} `;
  if (zombie) return s + "<defunct>";
  // the command: its name (plain ps, -l, ps c) or its arguments (-f, the Berkeley layouts)
  if (bf & B.C || (!berk && !o.f)) return s + (berk ? clip(commOf(p), screen) : commOf(p));
  if (!berk) return s + argsOf(p);
  return s + (screen > 0 ? clip(argsOf(p), screen) : "");
}
