// lslpp (AIX): installed filesets. The lab knows the few that matter for loopback work. Three
// layouts: -l (level, state word, description under a Path: line), -L (state and type letters,
// the description wrapped in its column, the legend of the letters after the list) and -c (colon
// form, one line per fileset as `lslpp -Lc` prints it).
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

interface Fileset {
  name: string;
  level: string;
  description: string;
  /** installed as a requisite of another fileset (-c's Automatic field; base-level filesets) */
  automatic: boolean;
  /** -c's Build Date field (yyww) */
  build: string;
}

/** all COMMITTED, in /usr/lib/objrepos, as on a 7.2 TL5 LPAR (levels from public captures) */
const FILESETS: Fileset[] = [
  { name: "bos.rte", level: "7.2.5.3", description: "Base Operating System Runtime", automatic: false, build: "2045" },
  { name: "bos.rte.filesystem", level: "7.2.5.2", description: "Filesystem Administration", automatic: false, build: "2045" },
  { name: "bos.rte.lvm", level: "7.2.5.2", description: "Logical Volume Manager", automatic: false, build: "2045" },
  { name: "devices.loopback.rte", level: "7.2.4.0", description: "Loopback Device Driver", automatic: true, build: "1937" },
];

/** a fileset operand is a name or a pattern with * (lslpp's own wildcard, not the shell's) */
function matches(pattern: string, name: string): boolean {
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern === name;
  if (!name.startsWith(parts[0]!) || !name.endsWith(parts[parts.length - 1]!)) return false;
  let at = parts[0]!.length;
  const end = name.length - parts[parts.length - 1]!.length;
  for (const mid of parts.slice(1, -1)) {
    const i = name.indexOf(mid, at);
    if (i < 0 || i + mid.length > end) return false;
    at = i + mid.length;
  }
  return at <= end;
}

/** words of `text` in lines of at most `width` columns */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? cur + " " + w : w;
  }
  return [...lines, cur];
}

function longLine(f: Fileset): string {
  return `  ${f.name.padEnd(25)} ${f.level.padStart(8)}  COMMITTED  ${f.description}\n`;
}

/** -L: the level right-aligned at column 36; a name too long for its field stands on a line of its own */
function listLine(f: Fileset): string {
  const desc = wrap(f.description, 29);
  const head = f.name.length > 24 ? `  ${f.name}\n${"".padEnd(26)}${f.level.padStart(10)}` : `  ${f.name.padEnd(24)}${f.level.padStart(10)}`;
  return head + `    C     F    ${desc[0]}\n` + desc.slice(1).map((d) => `${"".padEnd(51)}${d}\n`).join("");
}

function colonLine(f: Fileset): string {
  const pkg = f.name.replace(/\.[^.]*$/, "");
  const desc = f.automatic ? f.description + " " : f.description;
  return `${pkg}:${f.name}:${f.level}: : :C:${f.automatic ? " " : "F"}:${desc}: : : : : : :${f.automatic ? 1 : 0}:0:/:${f.build}\n`;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "lLcaqhI", "lslpp.usage");
  if (!r) return 1;
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  const wanted = r.operands.filter((w) => w !== "all");
  const pick = wanted.length ? FILESETS.filter((f) => wanted.some((w) => matches(w, f.name))) : FILESETS;
  const missing = wanted.filter((w) => !FILESETS.some((f) => matches(w, f.name)));
  const q = has("q");
  if (has("c")) {
    if (!q) ctx.stdout.write(msg(ctx, "lslpp.colonheader") + "\n");
    for (const f of pick) ctx.stdout.write(colonLine(f));
  } else if (has("L")) {
    // the header comes first, also when the fileset is not installed (0504-132 after it)
    if (!q) ctx.stdout.write(msg(ctx, "lslpp.listheader") + "\n");
    for (const w of missing) err(ctx, "lslpp.notinstalled", w);
    for (const f of pick) ctx.stdout.write(listLine(f));
    if (pick.length && !q) ctx.stdout.write("\n\n" + msg(ctx, "lslpp.legend") + "\n");
    return missing.length ? 1 : 0;
  } else {
    for (const w of missing) err(ctx, "lslpp.notinstalled", w);
    if (pick.length === 0) return 1;
    if (!q) ctx.stdout.write(msg(ctx, "lslpp.longheader") + "\n");
    ctx.stdout.write("Path: /usr/lib/objrepos\n" + pick.map(longLine).join(""));
  }
  return missing.length ? 1 : 0;
}

export const lslpp: CommandDef = {
  name: "lslpp",
  run,
  path: "/usr/bin/lslpp",
  summary: "Lists installed software products.",
  flags: ["-L", "-c", "-l", "-q"],
  man: `lslpp Command

Purpose
       Lists installed software products.

Syntax
       lslpp { -l | -L } [ -c ] [ -q ] [ FilesetName ... | all ]

Description
       The lslpp command displays information about installed filesets. The
       loopback device driver is the fileset devices.loopback.rte (AIX 6.1 TL4
       and later). A FilesetName may contain the * wildcard; quote it so the
       shell does not expand it.

Flags
       -c   Displays the information as a list separated by colons.
       -l   Displays the name, most recent level, state, and description of
            the specified filesets.
       -L   Displays the name, most recent level, state, type and description
            of the specified filesets, followed by the legend of the state
            and type codes.
       -q   Suppresses the display of column headings.

Messages
       lslpp: 0504-132  Fileset FilesetName not installed.

Exit Status
       0    All the specified filesets are installed.
       1    A specified fileset is not installed.
`,
};
