// Every message of the BSD machine's common commands and file tools has a row in the BSD ledger
// (docs/fidelity/bsd.md, "Files and formats") with its exact text and a status; the BSD catalog
// of the common commands has every id of the AIX one, so no common command can reach for a text
// the BSD machine lacks.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { aixCommonCatalog } from "../../engine/os/aix/catalog-common.js";
import { bsdCatalog } from "../../engine/os/bsd/catalog.js";
import { bsdCommonCatalog } from "../../engine/os/bsd/catalog-common.js";
import { bsdToolCatalog } from "../../engine/os/bsd/catalog-tools.js";

const ledger = readFileSync("docs/fidelity/bsd.md", "utf8");
const section = ledger.slice(ledger.indexOf("## Files and formats"));
const rows = section
  .slice(0, section.indexOf("\n## ", 5) < 0 ? undefined : section.indexOf("\n## ", 5))
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("| ---"))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
const byId = new Map(rows.map((r) => [r[0]!, r]));

/** how a catalog text is written in the ledger */
const shown = (s: string) => "`" + s.replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\|/g, "\\|") + "`";

test("the rows have four cells and a status", () => {
  for (const r of rows) {
    assert.is(r.length, 4, r.join(" | "));
    assert.ok(["confirmed", "derived", "assumed"].includes(r[2]!), `${r[0]}: ${r[2]}`);
    assert.ok(r[1]!.startsWith("`") && r[1]!.endsWith("`"), r[0]);
  }
});

test("every BSD catalog entry of the common commands and the tools has its exact text", () => {
  const wrong = Object.entries({ ...bsdCommonCatalog, ...bsdToolCatalog }).filter(([id, text]) => byId.get(id)?.[1] !== shown(text));
  assert.equal(wrong.map(([id]) => id), []);
});

test("the BSD catalog has every id of the AIX catalog of the common commands", () => {
  // the shell's own messages (cd, pwd, kill, read, sh.* …) are the machine's catalog's (bsdCatalog)
  const missing = Object.keys(aixCommonCatalog).filter((id) => !(id in bsdCommonCatalog) && !(id in bsdCatalog));
  assert.equal(missing, []);
  // its only own id is date's -r complaint (BSD/OS date has -r, AIX's has not)
  assert.equal(Object.keys(bsdCommonCatalog).filter((id) => !(id in aixCommonCatalog)), ["date.badnum"]);
});

test("every message id the BSD tools use is in their catalogs", () => {
  const dir = new URL("../../engine/userland/bsd/", import.meta.url);
  const used = new Set<string>();
  for (const f of ["stat.ts", "fstat.ts", "pwd.ts", "statfmt.ts"]) {
    const src = readFileSync(new URL(f, dir), "utf8");
    for (const m of src.matchAll(/"([a-z]+\.[a-zA-Z]+)"/g)) if (/^(stat|fstat|pwd|getopt)\./.test(m[1]!)) used.add(m[1]!);
  }
  assert.ok(used.size >= 10);
  for (const id of used) assert.ok(id in bsdToolCatalog || id in bsdCommonCatalog, id);
  assert.ok(readdirSync(dir).includes("tools.ts"));
});

test("the key formats are listed", () => {
  for (const f of ["ls -l line", "ls -l date", "ls columns", "ls total", "date standard", "date set", "echo (/bin/echo)", "echo (sh)", "stat default", "stat -x", "stat on BSD/OS", "fstat header", "fstat row", "fstat layers", "/bin/pwd", "device numbers"]) {
    assert.ok(byId.has(f), f);
  }
});

test.run();
