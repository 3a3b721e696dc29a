// The change method's check of -a Attribute=Value pairs (chdev, and mkdev, which runs the change
// method after the define method): an attribute not in PdAt, not user-settable (no U in its
// generic flags), or given a value outside its PdAt values is not valid (0514-018).
import { validAttrValue } from "../../os/aix/devices.js";
import { msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";
import { odmOf } from "./util.js";

export const CHANGE_METHOD = "/usr/lib/methods/chggen";

/** the change method of a device type */
export function changeMethod(ctx: CommandContext, uniquetype: string): string {
  return String(odmOf(ctx).find("PdDv", { uniquetype })[0]?.Change || CHANGE_METHOD);
}

/** the attributes of the list the change method refuses */
export function invalidAttrs(ctx: CommandContext, uniquetype: string, attrs: readonly [string, string][]): string[] {
  const odm = odmOf(ctx);
  return attrs
    .filter(([a, v]) => {
      const pd = odm.find("PdAt", { uniquetype, attribute: a })[0];
      return !pd || !String(pd.generic).includes("U") || (a !== "filename" && !validAttrValue(String(pd.values), v));
    })
    .map(([a]) => a);
}

/** Method error (change method): 0514-018 with each attribute and its description */
export function reportBadAttrs(ctx: CommandContext, method: string, uniquetype: string, names: readonly string[]): number {
  const describe = (a: string) => `${a}\t${ctx.os.catalog[`attr.${uniquetype.split("/")[0]}.${a}`] ?? ""}`.trimEnd();
  ctx.stderr.write(msg(ctx, "cfg.badattr", method, names.map(describe).join("\n\t")) + "\n");
  return 1;
}

/** -a Attribute=Value pairs; null when one has no name or no = */
export function parseAttrs(values: readonly string[]): [string, string][] | null {
  const out: [string, string][] = [];
  for (const v of values) {
    const eq = v.indexOf("=");
    if (eq <= 0) return null;
    out.push([v.slice(0, eq), v.slice(eq + 1)]);
  }
  return out;
}
