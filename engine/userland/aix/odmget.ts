// odmget (AIX): objects of one or more object classes as stanzas, optionally selected by -q.
import { parseCriteria } from "../../../grammar/odm.js";
import { isKernelError } from "../../kernel/errno.js";
import { odmStanza } from "../../os/aix/odm-classes.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "q:", "odmget.usage");
  if (!r) return 1;
  if (r.operands.length === 0) {
    ctx.stderr.write(msg(ctx, "odmget.usage") + "\n");
    return 1;
  }
  const odm = odmOf(ctx);
  const q = r.opts.find((o) => o.flag === "q")?.value;
  let terms: { field: string; op: "=" | "!=" | "<" | ">" | "<=" | ">=" | "like"; value: string }[] = [];
  if (q !== undefined && q.trim() !== "") {
    const c = parseCriteria(q);
    if (!c.ok) {
      ctx.stderr.write(msg(ctx, "odmget.badcriteria") + "\n");
      return 1;
    }
    terms = c.terms;
  }
  let out = "";
  for (const name of r.operands) {
    if (!odm.has(name)) {
      ctx.stdout.write(out);
      ctx.stderr.write(msg(ctx, "odmget.noclass", name) + "\n");
      return 1;
    }
    const cls = odm.cls(name);
    let objs;
    try {
      objs = odm.get(name, terms);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      ctx.stdout.write(out);
      ctx.stderr.write(msg(ctx, "odmget.badcriteria") + "\n");
      return 1;
    }
    for (const o of objs) out += odmStanza(name, cls.fields, o);
  }
  ctx.stdout.write(out);
  return 0;
}

export const odmget: CommandDef = {
  name: "odmget",
  run,
  path: "/usr/bin/odmget",
  summary: "retrieve objects from ODM object classes",
  flags: ["-q"],
  man: `odmget — retrieves objects from the specified object classes

  odmget [-q Criteria] ObjectClass ...

Prints each matching object as a stanza: a blank line, the class name and a
colon, then one TAB-indented "descriptor = value" line per descriptor.
Criteria compare descriptors with =, !=, <, >, <=, >= or like (with * ? [..]
wildcards), joined by "and".

Object classes here: CuDv, CuAt, CuDvDr, PdDv, PdAt, Config_Rules, CuVPD.

Example:  odmget -q name=loop0 CuDv
          odmget -q "resource='devno' and value3='loop0'" CuDvDr
`,
};
