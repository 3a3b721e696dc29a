// lslpp (AIX): installed filesets. The lab knows the few that matter for loopback work.
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";

/** fileset, level, description (all COMMITTED, in /usr/lib/objrepos) */
const FILESETS: [string, string, string][] = [
  ["bos.rte", "7.2.5.3", "Base Operating System Runtime"],
  ["bos.rte.filesystem", "7.2.5.2", "Filesystem Administration"],
  ["bos.rte.lvm", "7.2.5.2", "Logical Volume Manager"],
  ["devices.loopback.rte", "7.2.4.0", "Loopback Device Driver"],
];

function line(f: [string, string, string]): string {
  return `  ${f[0].padEnd(25)} ${f[1].padStart(8)}  COMMITTED  ${f[2]}`;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "lLcaqhI", "lslpp.usage");
  if (!r) return 1;
  const wanted = r.operands;
  const pick = wanted.length
    ? FILESETS.filter((f) => wanted.some((w) => new RegExp("^" + w.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$").test(f[0])))
    : FILESETS;
  let status = 0;
  for (const w of wanted) {
    if (!FILESETS.some((f) => new RegExp("^" + w.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$").test(f[0]))) {
      err(ctx, "lslpp.notinstalled", w);
      status = 1;
    }
  }
  if (pick.length === 0) return status;
  const q = r.opts.some((o) => o.flag === "q");
  let out = q ? "" : "  Fileset                      Level  State      Description         \n  ----------------------------------------------------------------------------\n";
  out += "Path: /usr/lib/objrepos\n";
  for (const f of pick) out += line(f) + "\n";
  ctx.stdout.write(out);
  return status;
}

export const lslpp: CommandDef = {
  name: "lslpp",
  run,
  path: "/usr/bin/lslpp",
  summary: "list installed software (lslpp -l devices.loopback.rte)",
  flags: ["-l", "-L", "-q"],
  man: `lslpp — lists installed software products

  lslpp -l [-q] [FilesetName ...]

Lists the installed filesets, their level, state and description. The
loopback device driver is devices.loopback.rte (AIX 6.1 TL4 and later).
`,
};
