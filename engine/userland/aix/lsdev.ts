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
  summary: "list devices in the customized (-C) or predefined (-P) database",
  flags: ["-C", "-P", "-c", "-s", "-t", "-l", "-S", "-H", "-F", "-r", "-p"],
  man: `lsdev — displays devices in the system and their characteristics

  lsdev [-C] [-c Class] [-s Subclass] [-t Type] [-F Format | -r ColumnName]
        [-H] [-l Name] [-p Parent] [-S State]
  lsdev -P [-c Class] [-s Subclass] [-t Type] [-F Format | -r ColumnName] [-H]

-C lists the customized devices (name, status, location, description); -P
lists the predefined device types (class, type, subclass, description).
Columns are as wide as their longest value. -H adds a header, -F prints the
named descriptors in a format of your own, -r the unique values of one.

Example:  lsdev -Cc loopback
          lsdev -C | grep loop
`,
};
