// The ODM object classes the lab keeps, with descriptors in the order odmget prints them.
import type { Odm, OdmField } from "../../kernel/odm/odm.js";

const s = (name: string): OdmField => ({ name, kind: "str" });
const n = (name: string): OdmField => ({ name, kind: "num", width: "short" });
const l = (name: string): OdmField => ({ name, kind: "num", width: "long" });

export function defineAixClasses(odm: Odm): void {
  odm.define("CuDv", [s("name"), n("status"), n("chgstatus"), s("ddins"), s("location"), s("parent"), s("connwhere"), s("PdDvLn")], ["name"]);
  odm.define("CuAt", [s("name"), s("attribute"), s("value"), s("type"), s("generic"), s("rep"), n("nls_index")], ["name", "attribute"]);
  odm.define("CuDvDr", [s("resource"), s("value1"), s("value2"), s("value3")], ["resource", "value1", "value2"]);
  odm.define(
    "PdDv",
    [
      s("type"), s("class"), s("subclass"), s("prefix"), s("devid"), n("base"), n("has_vpd"), n("detectable"),
      n("chgstatus"), n("bus_ext"), n("fru"), n("led"), n("setno"), n("msgno"), s("catalog"), s("DvDr"),
      s("Define"), s("Configure"), s("Change"), s("Unconfigure"), s("Undefine"), s("Start"), s("Stop"),
      n("inventory_only"), s("uniquetype"),
    ],
    ["uniquetype"],
  );
  odm.define("PdAt", [s("uniquetype"), s("attribute"), s("deflt"), s("values"), s("width"), s("type"), s("generic"), s("rep"), n("nls_index")], ["uniquetype", "attribute"]);
  // the Configuration Manager's rules and the vital product data (sys/cfgodm.h)
  odm.define("Config_Rules", [n("phase"), n("seq"), l("boot_mask"), s("rule")], ["phase", "seq", "rule"]);
  odm.define("CuVPD", [s("name"), n("vpd_type"), s("vpd")], ["name", "vpd_type"]);
}

/** odmget's stanza for one object: a blank line, "Class:", then TAB-indented descriptors */
export function odmStanza(cls: string, fields: readonly OdmField[], o: Record<string, string | number>): string {
  let out = `\n${cls}:\n`;
  for (const f of fields) {
    const v = o[f.name];
    out += f.kind === "num" ? `\t${f.name} = ${v}\n` : `\t${f.name} = "${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"\n`;
  }
  return out;
}
