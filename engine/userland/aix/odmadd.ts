// odmadd (AIX): adds the objects of stanza files (or standard input) to their object classes.
// It writes the ODM directly: no configuration method runs, so a CuDv object added this way has
// no special file, no device number and no driver behind it (as on AIX).
import type { Co } from "../../kernel/proc/wait.js";
import type { Odm, OdmObject } from "../../kernel/odm/odm.js";
import { isKernelError } from "../../kernel/errno.js";
import { err } from "../common/msg.js";
import { openReader, type Reader } from "../common/stream.js";
import type { CommandContext, CommandDef } from "../types.js";
import { eachStanza, type Phrase, strtol, toWidth, ValueReader } from "./odmstanza.js";
import { odmOf } from "./util.js";

/** open FILE.add, else FILE (odmadd's open_input_file); null when neither opens */
function openStanzaFile(ctx: CommandContext, file: string): Reader | null {
  const names = file.endsWith(".add") ? [file] : [`${file}.add`, file];
  for (const n of names) {
    try {
      return openReader(ctx, n);
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }
  return null;
}

/** one stanza: its class, then each descriptor = value; the exit status on an error */
function addStanza(ctx: CommandContext, odm: Odm, p: Phrase, file: string): number {
  const vr = new ValueReader(p.text);
  const cls = vr.next(":\n", false);
  if (!cls || cls.stop !== ":") {
    err(ctx, "odmadd.noclassname", p.line, file);
    return 107;
  }
  if (!odm.has(cls.value)) {
    err(ctx, "odmadd.noclass", cls.value, p.line, file);
    return 117;
  }
  const fields = odm.cls(cls.value).fields;
  const obj: OdmObject = {};
  for (;;) {
    const d = vr.next("=\n", true);
    if (!d || (d.value === "" && d.stop === "")) break;
    if (d.stop !== "=") {
      err(ctx, "odmadd.nodesc", p.line, file);
      return 76;
    }
    const f = fields.find((x) => x.name === d.value);
    if (!f) {
      err(ctx, "odmadd.baddesc", d.value, p.line, file);
      return 210;
    }
    const v = vr.next("\n", true);
    if (!v) {
      err(ctx, "odmadd.badvalue", p.line, file);
      return 33;
    }
    if (f.kind === "str") {
      obj[f.name] = v.value;
      continue;
    }
    const n = strtol(v.value, 0);
    if (n.rest !== "") {
      err(ctx, f.width === "long" ? "odmadd.badlong" : "odmadd.badshort", p.line, file);
      return f.width === "long" ? 53 : 93;
    }
    obj[f.name] = toWidth(n.value, f.width);
  }
  odm.add(cls.value, obj);
  odm.markHandEdited(cls.value, obj);
  return 0;
}

function* addFile(ctx: CommandContext, odm: Odm, file: string | null): Co<number> {
  const label = file ?? "";
  let reader: Reader | null;
  if (file === null) reader = openReader(ctx, null);
  else {
    reader = openStanzaFile(ctx, file);
    if (!reader) {
      err(ctx, "odmadd.cantopen", file.endsWith(".add") ? file : `${file}.add`);
      err(ctx, "odmadd.usage");
      return 5;
    }
  }
  return yield* eachStanza(
    reader,
    (n) => ctx.sys.charge(n),
    (p) => addStanza(ctx, odm, p, label),
    (line) => {
      err(ctx, "odmadd.badstanza", line, label);
      return 62;
    },
  );
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  // odmadd takes no flags: anything starting with - gets the usage
  if (args.length && args[0]!.startsWith("-")) {
    err(ctx, "odmadd.usage");
    return 66;
  }
  const odm = odmOf(ctx);
  for (const file of args.length ? args : [null]) {
    const st = yield* addFile(ctx, odm, file);
    if (st) return st;
  }
  return 0;
}

export const odmadd: CommandDef = {
  name: "odmadd",
  run,
  path: "/usr/bin/odmadd",
  summary: "Adds objects to created object classes.",
  flags: [],
  man: `odmadd Command

Purpose
       Adds objects to created object classes.

Syntax
       odmadd [ InputFile ... ]

Description
       The odmadd command takes as input one or more InputFile files and adds
       the objects in them to the object classes they name. Without a file it
       reads standard input. For a file name without the .add suffix it first
       tries Name.add. Each object is a stanza: the class name followed by a
       colon, then one "descriptor = value" line per descriptor; a blank line
       ends it. String values may be quoted; # and * start comments.
       Descriptors left out are empty strings or 0.

       The objects are added as written: no configuration method runs. A CuDv
       object added by hand has no special file and no driver behind it.

       Messages (each ends with the stanza line and the file):
       0518-401 odmadd: Cannot find class name in stanza
       0518-402 odmadd:  Cannot open class
       0518-404 odmadd: Could not find descriptor name
       0518-405 odmadd: Descriptor ... does not exist in object class
       0518-406 odmadd: Incorrect value for descriptor
       0518-409 odmadd: Incorrect long value
       0518-411 odmadd: Incorrect short value
       0518-414 odmadd: Incorrect stanza
       0518-417 odmadd: Cannot open file

Exit Status
       0    The command ran successfully.
       >0   An error occurred (the number says which).
`,
};
