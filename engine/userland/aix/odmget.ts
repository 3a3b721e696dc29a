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
  summary: "Retrieves objects from the specified object classes into an odmadd input file.",
  flags: ["-q"],
  man: `odmget Command

Purpose
       Retrieves objects from the specified object classes into an odmadd
       input file.

Syntax
       odmget [ -q Criteria ] ObjectClass ...

Description
       The odmget command prints each object of the object classes that
       matches the criteria as a stanza: a blank line, the class name and a
       colon, then one tab-indented "descriptor = value" line per descriptor,
       strings in double quotes. The output is what odmadd reads back.
       Criteria compare descriptors with =, !=, <, >, <=, >= or like (with
       * ? [..] wildcards), joined by and. Nothing matching prints nothing.

       Object classes here: CuDv, CuAt, CuDvDr, PdDv, PdAt, Config_Rules and
       CuVPD.

Flags
       -q Criteria
            The objects to print.

       Messages:
       0518-501 usage: odmget [-q criteria] {Classname . . . }
       0518-506 odmget: Cannot open object class Name
       0518-507 odmget: The specified search criteria is incorrectly formed.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.

Examples
       odmget -q name=loop0 CuDv
       odmget -q "resource='devno' and value3='loop0'" CuDvDr
`,
};
