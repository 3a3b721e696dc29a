// ps (AIX): the status of processes, from the kernel's process table, laid out as AIX's ps.c does
// (the 4.1.3 source; see docs/fidelity/aix.md). Arguments that start with - are the System V flags
// (-e -f -l -o …); otherwise they are Berkeley letters (ps aux). The pid columns are as wide as the
// largest pid on the system, not only the ones listed. Without a selection only the processes of
// the caller's terminal and user are shown. The exit status is 1 when no process was listed.
import { getopt, isTTY, reportOpt } from "../../common/lib.js";
import { err } from "../../common/msg.js";
import type { CommandContext, CommandDef } from "../../types.js";
import { byCpu, parseBsd } from "./bsd.js";
import { classicHeader, classicRow } from "./classic.js";
import { header, items, layout, parseFormat, row } from "./columns.js";
import { snapshot, type Snap } from "./model.js";
import { B, newOpts, selected, type Opts } from "./select.js";
import { man } from "./man.js";

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const o = newOpts();
  if (args.length > 0 && args[0]!.startsWith("-")) {
    if (!parseSysV(ctx, args, o)) {
      err(ctx, "ps.usage");
      return 1;
    }
  } else {
    o.berk = true;
    const end = parseBsd(ctx, args, o);
    if (end !== null) return end;
  }
  const me = ctx.sys.proc;
  if (!(o.a || o.e || o.d || o.u || o.t || o.p || o.g || o.G || o.k)) {
    // the caller's terminal (and, as XPG4 wants, user)
    if (me.tty) o.ttys.push(me.tty.name);
    else err(ctx, "ps.notty");
    o.t = true;
    o.dflt = true;
    o.euid = me.uid;
  }
  if (o.e) o.t = o.u = o.p = o.g = o.G = o.a = o.d = false;
  if (o.a || o.d) o.t = false;
  if (o.o) o.l = o.f = false;
  if (o.bf & B.V) {
    o.f = o.l = false;
    o.bf &= ~(B.S | B.N);
  }
  const snap = snapshot(ctx);
  o.uids = o.bf && !(o.bf & B.T) ? [me.uid] : users(o.users, snap);

  let screen = o.berk ? [80, 132][o.wide] ?? 2048 : width(ctx);
  let out = "";
  if (o.o) {
    layout(o, snap, screen);
    const h = header(o);
    if (h !== null) out += h + "\n";
  } else {
    const h = classicHeader(o, snap, screen);
    out += h.text + "\n";
    screen = h.screen;
  }
  let listed = 0;
  for (const p of o.bf & B.U ? byCpu(snap) : snap.procs) {
    if (!selected(p, o)) continue;
    out += (o.o ? row(p, o, snap) : classicRow(p, o, snap, screen)) + "\n";
    listed++;
  }
  ctx.stdout.write(out);
  return listed > 0 ? 0 : 1;
}

/** the System V flags; false when ps must print its usage (messages already printed) */
function parseSysV(ctx: CommandContext, args: readonly string[], o: Opts): boolean {
  const r = getopt(args, "lkfeadn:t:p:g:u:AG:o:U:F:");
  let ok = r.operands.length === 0;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      ok = false;
      continue;
    }
    const v = it.value ?? "";
    switch (it.flag) {
      case "l":
        o.l = true;
        break;
      case "f":
        o.f = true;
        break;
      case "e":
        o.e = true;
        break;
      case "k":
        o.k = true;
        break;
      case "A":
        o.e = o.k = true;
        break;
      case "a":
        o.a = true;
        break;
      case "d":
        o.d = true;
        break;
      case "t":
        o.t = true;
        for (const t of items(v).slice(0, 128)) o.ttys.push(t.replace(/^\/dev\//, "").replace(/^cons.*/, "console").replace(/^tty/, ""));
        break;
      case "p":
        o.p = true;
        ok = numbers(ctx, v, it.flag, o.pids) && ok;
        break;
      case "g":
        o.g = true;
        ok = numbers(ctx, v, it.flag, o.sessions) && ok;
        break;
      case "G":
        o.G = true;
        ok = numbers(ctx, v, it.flag, o.gids) && ok;
        break;
      case "u":
      case "U":
        o.u = true;
        o.users.push(...items(v).slice(0, 128));
        break;
      case "o":
      case "F": {
        o.o = true;
        const e = parseFormat(v, o);
        if (e === "list") err(ctx, "ps.badlist", it.flag);
        if (e !== null) ok = false;
        break;
      }
    }
  }
  return ok;
}

/** a list of numbers (-p -g -G): each item that is not one is reported */
function numbers(ctx: CommandContext, list: string, flag: string, into: number[]): boolean {
  let ok = true;
  for (const x of items(list).slice(0, 128)) {
    if (/^\+?[0-9]+$/.test(x)) into.push(Number(x));
    else {
      err(ctx, "ps.badlist", flag);
      ok = false;
    }
  }
  return ok;
}

/** -u names or numbers: those /etc/passwd knows (ps.c uconv) */
function users(list: readonly string[], snap: Snap): number[] {
  const uids = new Set(snap.procs.map((p) => p.uid));
  const out: number[] = [];
  for (const u of list) {
    const byName = [...uids].find((id) => snap.names.user(id)?.slice(0, 8) === u.slice(0, 8));
    if (byName !== undefined) out.push(byName);
    else if (/^[0-9]/.test(u) && snap.names.user(parseInt(u, 10)) !== undefined) out.push(parseInt(u, 10));
  }
  return out;
}

/** the screen's width: $COLUMNS, else the terminal's, else 80 */
function width(ctx: CommandContext): number {
  const env = new Map(ctx.shell.env.exported()).get("COLUMNS");
  const n = env ? strtol(env) : isTTY(ctx) ? ctx.columns : 80;
  return n > 0 ? n : 80;
}

/** strtol(s, NULL, 0): decimal, 0x hex or 0 octal, what leads */
function strtol(s: string): number {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return 0;
  const d = m[2]!;
  const n = /^0[xX]/.test(d) ? parseInt(d.slice(2), 16) : d.startsWith("0") ? parseInt(d, 8) || 0 : parseInt(d, 10);
  return m[1] === "-" ? -n : n;
}

export const ps: CommandDef = {
  name: "ps",
  path: "/usr/bin/ps",
  summary: "Shows current status of processes.",
  flags: ["-A", "-a", "-d", "-e", "-F", "-f", "-G", "-g", "-k", "-l", "-o", "-p", "-t", "-U", "-u"],
  run,
  man,
};
