// lsattr (AIX): a device's attributes: effective values (-E) or defaults (-D), or their
// possible values (-R).
import { columnize, formatFields } from "./columns.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";

/** the attribute rows of one device (or device type), as lsattr lists them */
function attributeRows(ctx: CommandContext, uniquetype: string, name: string | undefined, wanted: string[]): Record<string, string>[] {
  const odm = odmOf(ctx);
  const rows: Record<string, string>[] = [];
  for (const p of odm.find("PdAt", { uniquetype })) {
    const attribute = String(p.attribute);
    if (wanted.length && !wanted.includes(attribute)) continue;
    const cu = name ? odm.find("CuAt", { name, attribute })[0] : undefined;
    const descId = `attr.${uniquetype.split("/")[0]}.${attribute}`;
    rows.push({
      attribute,
      value: cu ? String(cu.value) : String(p.deflt),
      deflt: String(p.deflt),
      description: ctx.os.catalog[descId] ?? "",
      user_settable: String(p.generic).includes("U") ? "True" : "False",
      values: String(p.values),
    });
  }
  return rows;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "EDRPOl:c:s:t:a:F:f:hHZ:o:", "lsattr.usage");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  const val = (f: string) => r.opts.find((o) => o.flag === f)?.value;
  if (has("h")) {
    ctx.stdout.write(msg(ctx, "lsattr.usage") + "\n");
    return 0;
  }
  // one of -D, -E, -P, -R, or -F on its own (-o needs -F)
  const modes = ["E", "D", "R", "P"].filter(has);
  const format = val("F");
  const name = val("l");
  const operations = r.opts.filter((o) => o.flag === "o").map((o) => o.value!);
  const badMode = modes.length > 1 || (modes.length === 0 && format === undefined) || (modes[0] === "R" && format !== undefined);
  if (r.operands.length || badMode || (!name && !has("c") && !has("s") && !has("t")) || (operations.length && format === undefined)) {
    ctx.stderr.write(msg(ctx, "lsattr.usage") + "\n");
    return 1;
  }
  let uniquetype: string;
  if (name) {
    const cu = odm.find("CuDv", { name })[0];
    if (!cu) {
      ctx.stderr.write(msg(ctx, "cfg.nocudv.name", "lsattr", name) + "\n");
      return 1;
    }
    uniquetype = String(cu.PdDvLn);
  } else {
    const pd = odm.get("PdDv").filter((p) => (!has("c") || p.class === val("c")) && (!has("s") || p.subclass === val("s")) && (!has("t") || p.type === val("t")));
    uniquetype = pd.length === 1 ? String(pd[0]!.uniquetype) : `${val("c")}/${val("s")}/${val("t")}`;
  }
  const wanted = r.opts.filter((o) => o.flag === "a").map((o) => o.value!);
  for (const a of wanted) {
    if (!odm.find("PdAt", { uniquetype, attribute: a }).length) {
      ctx.stderr.write(msg(ctx, "lsattr.noattr", "lsattr", a) + "\n");
      return 1;
    }
  }
  // -D shows the defaults; -E, -P and -F with a device name the values in the database (the lab
  // changes attributes only through the database, so the last configured values are the same)
  const rows = attributeRows(ctx, uniquetype, modes[0] === "D" ? undefined : name, wanted);
  // -o: the attributes a device operation (chdev -U) can change while the device is Available;
  // none of this LPAR's attributes can
  const listed = operations.length ? [] : rows;
  if (modes[0] === "R") {
    ctx.stdout.write(listed.map((x) => x.values!.split(",").filter(Boolean).join("\n") + "\n").join(""));
    return 0;
  }
  if (has("O") && format === undefined) {
    // -O: one colon-separated line of names (with a leading #), then one of values
    const key = modes[0] === "D" ? "deflt" : "value";
    ctx.stdout.write(`#${listed.map((x) => x.attribute).join(":")}\n${listed.map((x) => x[key]).join(":")}\n`);
    return 0;
  }
  if (format !== undefined) {
    // -Z: the character that ends each record instead of a newline (for values with newlines)
    const end = val("Z")?.charAt(0) || "\n";
    const head = has("H") ? formatFields(format, {}) + "\n\n" : "";
    ctx.stdout.write(head + listed.map((x) => formatFields(format, x) + end).join(""));
    return 0;
  }
  const cols = modes[0] === "D" ? ["attribute", "deflt", "description", "user_settable"] : ["attribute", "value", "description", "user_settable"];
  ctx.stdout.write(columnize(listed.map((x) => cols.map((c) => x[c] ?? "")), has("H") ? cols : undefined));
  return 0;
}

export const lsattr: CommandDef = {
  name: "lsattr",
  run,
  path: "/usr/sbin/lsattr",
  summary: "Displays attribute characteristics and possible values of attributes for devices in the system.",
  flags: ["-E", "-D", "-P", "-R", "-F", "-O", "-Z", "-o", "-l", "-c", "-s", "-t", "-a", "-f", "-h", "-H"],
  man: `lsattr Command

Purpose
       Displays attribute characteristics and possible values of attributes
       for devices in the system.

Syntax
       lsattr { -D [ -O ] | -E [ -O ] | -P [ -O ] | -F Format [ -Z Character ] }
              -l Name [ -a Attribute ] ... [ -f File ] [ -h ] [ -H ]
       lsattr { -D [ -O ] | -F Format [ -Z Character ] } { [ -c Class ]
              [ -s Subclass ] [ -t Type ] } [ -a Attribute ] ... [ -h ] [ -H ]
       lsattr -R { -l Name | [ -c Class ] [ -s Subclass ] [ -t Type ] }
              -a Attribute [ -h ] [ -H ]
       lsattr -l Name { -o Operation ... } -F Format [ -Z Character ] [ -H ]

Description
       The lsattr command displays information about the attributes of a
       device (-l Name) or of a type of device (-c, -s, -t). The values come
       from the device configuration database: CuAt holds a customized value,
       PdAt the default. Columns are as wide as their longest value.

       A loopback device has two attributes: filename (the image bound to it)
       and temporary (yes when loopmount created the device).

Flags
       -D   Displays the default values.
       -E   Displays the effective values.
       -P   Displays the values the device had when it was last configured.
       -F Format
            Displays the named fields (attribute, value, deflt, description,
            user_settable, values) in a format of your own.
       -Z Character
            Ends each -F record with Character instead of a new line.
       -o Operation
            Lists the attributes the operation can change while the device is
            Available (chdev -U).
       -O   Displays the names on one colon-separated line (after a #) and the
            values on the next.
       -R   Displays the legal values of an attribute (-a).
       -a Attribute
            Displays only this attribute.
       -H   Displays a header above the columns.
       -h   Displays the command usage message.

       Messages:
       lsattr: 0514-519 The following device was not found in the customized
               device configuration database:
       lsattr: 0514-528 The "Attribute" attribute does not exist in the
               predefined device configuration database.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.
`,
};
