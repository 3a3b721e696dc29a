// lsattr (AIX): a device's attributes: effective values (-E) or defaults (-D), or their
// possible values (-R).
import { columnize, formatFields } from "./columns.js";
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "EDROl:c:s:t:a:F:f:hH", "lsattr.usage");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  const val = (f: string) => r.opts.find((o) => o.flag === f)?.value;
  const modes = ["E", "D", "R"].filter(has);
  const name = val("l");
  if (r.operands.length || modes.length !== 1 || (!name && !has("c"))) {
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
  } else uniquetype = `${val("c")}/${val("s")}/${val("t")}`;
  const wanted = r.opts.filter((o) => o.flag === "a").map((o) => o.value!);
  const pdat = odm.find("PdAt", { uniquetype });
  for (const a of wanted) {
    if (!pdat.some((p) => p.attribute === a)) {
      ctx.stderr.write(msg(ctx, "lsattr.noattr", "lsattr", a) + "\n");
      return 1;
    }
  }
  const rows: Record<string, string>[] = [];
  for (const p of pdat) {
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
  if (modes[0] === "R") {
    ctx.stdout.write(rows.map((x) => x.values!.split(",").filter(Boolean).join("\n") + "\n").join(""));
    return 0;
  }
  if (has("O")) {
    // -O: one colon-separated line of names (with a leading #), then one of values
    const key = modes[0] === "D" ? "deflt" : "value";
    ctx.stdout.write(`#${rows.map((x) => x.attribute).join(":")}\n${rows.map((x) => x[key]).join(":")}\n`);
    return 0;
  }
  const format = val("F");
  if (format) {
    ctx.stdout.write(rows.map((x) => formatFields(format, x) + "\n").join(""));
    return 0;
  }
  const cols = modes[0] === "E" ? ["attribute", "value", "description", "user_settable"] : ["attribute", "deflt", "description", "user_settable"];
  ctx.stdout.write(columnize(rows.map((x) => cols.map((c) => x[c] ?? "")), has("H") ? cols : undefined));
  return 0;
}

export const lsattr: CommandDef = {
  name: "lsattr",
  run,
  path: "/usr/sbin/lsattr",
  summary: "list a device's attributes",
  flags: ["-E", "-D", "-R", "-l", "-a", "-H", "-F", "-O"],
  man: `lsattr — displays attribute characteristics and possible values of
attributes for devices

  lsattr -E -l Name [-a Attribute]... [-F Format] [-H]
  lsattr -D [-l Name | -c Class -s Subclass -t Type] [-a Attribute]... [-H]
  lsattr -R -l Name -a Attribute

-E shows the effective values, -D the defaults, -R the possible values.
Columns: attribute, value, description, user_settable.

A loopback device has two attributes: filename (the image bound to it) and
temporary (yes when loopmount created the device; loopumount then deletes it).

Example:  lsattr -El loop0
`,
};
