// lsdev (AIX): customized (-C, the default) or predefined (-P) devices, columns sized to the rows.
import { columnize, formatFields } from "./columns.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { deviceDescription, STATUS_WORDS } from "./descriptions.js";
import { likeMatch } from "../../kernel/odm/odm.js";
import { hardware } from "../../os/aix/hardware.js";

const STATE_FLAG: Record<string, number> = { d: 0, D: 0, "0": 0, a: 1, A: 1, "1": 1, s: 2, S: 2, "2": 2 };

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "CPc:s:t:f:F:r:hHl:p:S:x", "lsdev.usage");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const o = Object.fromEntries(r.opts.map((x) => [x.flag, x.value ?? ""]));
  if (r.operands.length || ("C" in o && "P" in o) || ("F" in o && "r" in o)) {
    ctx.stderr.write(msg(ctx, "lsdev.usage") + "\n");
    return 1;
  }
  if ("h" in o) {
    ctx.stdout.write(msg(ctx, "lsdev.usage") + "\n");
    return 0;
  }
  let state: number | undefined;
  if ("S" in o) {
    state = STATE_FLAG[o.S!];
    if (state === undefined) {
      ctx.stderr.write(msg(ctx, "lsdev.usage") + "\n");
      return 1;
    }
  }
  const predef = "P" in o;
  const records: Record<string, string>[] = [];
  if (predef) {
    for (const p of odm.get("PdDv")) {
      const rec: Record<string, string> = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]));
      rec.description = deviceDescription(rec.uniquetype!);
      if ("c" in o && rec.class !== o.c) continue;
      if ("s" in o && rec.subclass !== o.s) continue;
      if ("t" in o && rec.type !== o.t) continue;
      records.push(rec);
    }
    records.sort((a, b) => (a.class! + a.type! < b.class! + b.type! ? -1 : 1));
  } else {
    for (const d of odm.get("CuDv")) {
      const [cls, sub, type] = String(d.PdDvLn).split("/");
      const rec: Record<string, string> = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, String(v)]));
      // physloc: the hardware location code (virtual adapters have one; pseudo devices none)
      Object.assign(rec, { class: cls ?? "", subclass: sub ?? "", type: type ?? "", physloc: hardware[String(d.name)]?.physloc ?? "", description: deviceDescription(String(d.PdDvLn)) });
      rec.status = STATUS_WORDS[Number(d.status)] ?? String(d.status);
      if ("c" in o && rec.class !== o.c) continue;
      if ("s" in o && rec.subclass !== o.s) continue;
      if ("t" in o && rec.type !== o.t) continue;
      if ("l" in o && !likeMatch(o.l!, rec.name!)) continue;
      if ("p" in o && rec.parent !== o.p) continue;
      if (state !== undefined && Number(d.status) !== state) continue;
      records.push(rec);
    }
    records.sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
  }
  if ("r" in o) {
    const seen = new Set<string>();
    let out = "";
    for (const rec of records) {
      const v = rec[o.r!] ?? "";
      if (seen.has(v)) continue;
      seen.add(v);
      out += v + "\n";
    }
    ctx.stdout.write(out);
    return 0;
  }
  if ("F" in o) {
    // -H: the format's field names as the header, then an empty line, as for the default columns
    const head = "H" in o ? formatFields(o.F!, {}) + "\n\n" : "";
    ctx.stdout.write(head + records.map((rec) => formatFields(o.F!, rec) + "\n").join(""));
    return 0;
  }
  const cols = predef ? ["class", "type", "subclass", "description"] : ["name", "status", "location", "description"];
  const rows = records.map((rec) => cols.map((c) => rec[c] ?? ""));
  ctx.stdout.write(columnize(rows, "H" in o ? cols : undefined));
  return 0;
}

export const lsdev: CommandDef = {
  name: "lsdev",
  run,
  path: "/usr/sbin/lsdev",
  summary: "Displays devices in the system and their characteristics.",
  flags: ["-C", "-P", "-c", "-s", "-t", "-l", "-S", "-H", "-F", "-r", "-p"],
  man: `lsdev Command

Purpose
       Displays devices in the system and their characteristics.

Syntax
       lsdev [ -C ] [ -c Class ] [ -s Subclass ] [ -t Type ] [ -F Format |
             -r ColumnName ] [ -h ] [ -H ] [ -l Name ] [ -p Parent ]
             [ -S State ]
       lsdev -P [ -c Class ] [ -s Subclass ] [ -t Type ] [ -F Format |
             -r ColumnName ] [ -h ] [ -H ]

Description
       The lsdev command lists the customized devices (-C, the default: name,
       status, location, description) or the predefined device types (-P:
       class, type, subclass, description), as the device configuration
       database has them. Columns are as wide as their longest value.

Flags
       -C   The customized devices (CuDv).
       -P   The predefined device types (PdDv).
       -c Class, -s Subclass, -t Type
            Only devices of that class, subclass or type.
       -l Name
            Only the named devices (a pattern: 'loop*').
       -p Parent
            Only the children of Parent.
       -S State
            Only devices in that state (d Defined, a Available, s Stopped).
       -F Format
            The named fields (name, status, location, description, class,
            subclass, type, parent, physloc, ...) in a format of your own.
       -r ColumnName
            The distinct values of one field.
       -H   A header line (the field names), then an empty line.
       -h   The command usage message.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.

Examples
       lsdev -Cc loopback
       lsdev -C | grep loop
`,
};
