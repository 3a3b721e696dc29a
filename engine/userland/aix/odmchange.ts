// odmchange (AIX): changes the objects of a class that match the criteria to the values of the
// stanzas for that class in a file (or standard input). Like odmadd and odmdelete it edits the
// ODM only; no configuration method runs.
import type { Co } from "../../kernel/proc/wait.js";
import type { Odm, OdmClass, OdmObject, OdmTerm } from "../../kernel/odm/odm.js";
import { isKernelError } from "../../kernel/errno.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import { openReader, type Reader } from "../common/stream.js";
import type { CommandContext, CommandDef } from "../types.js";
import { criteriaTerms, lastValue } from "./odmdelete.js";
import { eachStanza, type Phrase, strtol, toWidth, ValueReader } from "./odmstanza.js";
import { odmOf } from "./util.js";

/** the new values of one stanza (update_values); an exit status on an error */
function stanzaValues(ctx: CommandContext, cls: OdmClass, vr: ValueReader, line: number): Partial<OdmObject> | number {
  const values: Partial<OdmObject> = {};
  for (;;) {
    const d = vr.next("=\n", true);
    if (!d) break;
    if (d.stop !== "=") {
      err(ctx, "odmchange.nodesc", line);
      return 72;
    }
    const f = cls.fields.find((x) => x.name === d.value);
    if (!f) {
      err(ctx, "odmchange.baddesc", d.value, line);
      return 210;
    }
    const v = vr.next("\n", true);
    if (!v) {
      err(ctx, "odmchange.badvalue", line);
      return 33;
    }
    if (f.kind === "str") {
      values[f.name] = v.value;
      continue;
    }
    // strtol base 10: a value is wrong only when no digit could be read at all
    const n = strtol(v.value, 10);
    if (!n.read) {
      err(ctx, "odmchange.badnumber", line);
      return 174;
    }
    values[f.name] = toWidth(n.value, f.width);
  }
  return values;
}

/** one stanza: skipped unless it is for the class; else its values go to every matching object */
function changeStanza(ctx: CommandContext, odm: Odm, name: string, q: string | undefined, p: Phrase): number {
  const vr = new ValueReader(p.text);
  const cls = vr.next(":\n", false);
  if (!cls || cls.stop !== ":") {
    err(ctx, "odmchange.noclassname", p.line);
    return 107;
  }
  if (cls.value !== name) return 0;
  const terms: OdmTerm[] | null = criteriaTerms(q);
  try {
    if (!terms) throw new Error("criteria");
    odm.get(name, terms);
  } catch (e) {
    if (!(e instanceof Error) || !(isKernelError(e) || e.message === "criteria")) throw e;
    err(ctx, "odmchange.badcriteria", q ?? "");
    // exit(1000): the shell sees its low byte
    return 1000 & 0xff;
  }
  const values = stanzaValues(ctx, odm.cls(name), vr, p.line);
  if (typeof values === "number") return values;
  odm.changeWhere(name, terms!, values);
  return 0;
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "o:q:TD");
  const bad = r.items.find((it) => it.kind !== "flag");
  if (bad) {
    reportOpt(ctx, bad);
    return 2;
  }
  const cls = lastValue(r.items, "o");
  if (cls === undefined) {
    err(ctx, "odmchange.usage");
    return 2;
  }
  if (cls === "") {
    err(ctx, "odmchange.noname");
    return 2;
  }
  const file = r.operands[0];
  let reader: Reader;
  try {
    reader = openReader(ctx, file ?? null);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "odmchange.access", file!);
    return 3;
  }
  const odm = odmOf(ctx);
  const name = cls.slice(cls.lastIndexOf("/") + 1);
  if (!odm.has(name)) {
    reader.close();
    err(ctx, "odmchange.noclass", name);
    return 5;
  }
  const q = lastValue(r.items, "q");
  return yield* eachStanza(
    reader,
    (n) => ctx.sys.charge(n),
    (p) => changeStanza(ctx, odm, name, q, p),
    (line) => {
      err(ctx, "odmchange.badstanza", line);
      return 62;
    },
  );
}

export const odmchange: CommandDef = {
  name: "odmchange",
  run,
  path: "/usr/bin/odmchange",
  summary: "Changes the contents of a selected object in the specified object class.",
  flags: ["-o", "-q"],
  man: `odmchange Command

Purpose
       Changes the contents of a selected object in the specified object
       class.

Syntax
       odmchange -o ObjectClass [ -q Criteria ] [ InputFile ]

Description
       The odmchange command changes the objects of ObjectClass that match
       the Criteria (every object without -q) to the values given in the
       stanzas of InputFile (standard input without a file) that name that
       class. Descriptors a stanza does not name keep their values. Stanzas
       for other classes are skipped. Nothing is printed.

       odmchange edits the database only; no configuration method runs, so
       changing a device's CuDv status does not configure or unconfigure it.

Flags
       -o ObjectClass
            The object class to change.
       -q Criteria
            The objects to change.

       Messages:
       0518-202 usage: odmchange -o classname [-q criteria] File
       0518-205 odmchange: Description file ... is not accessible
       0518-207 odmchange: Cannot open object class ...
       0518-208 odmchange: Cannot find class name in stanza
       0518-210 odmchange: Incorrect criteria specified
       0518-212 odmchange: A descriptor name was not specified
       0518-213 odmchange: Descriptor ... does not exist in object class
       0518-216 odmchange: Incorrect numeric value

Exit Status
       0    The command ran successfully.
       >0   An error occurred (the number says which).

Example
       odmchange -o CuDv -q name=loop0 /tmp/loop0.add
`,
};
