import { readdirSync, readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { aixCommonCatalog } from "../../../engine/os/aix/catalog-common.js";
import { commonCommands } from "../../../engine/userland/common/index.js";

const t = suite("fidelity ledger");

const ledger = readFileSync(new URL("../../../docs/fidelity/common.md", import.meta.url), "utf8");

/** table rows as cells, splitting on pipes that are not escaped */
function rows(): string[][] {
  const out: string[][] = [];
  for (const line of ledger.split("\n")) {
    if (!line.startsWith("| ") || line.startsWith("|---")) continue;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((c) => c.trim());
    // a later section's table repeats the header row
    if (out.length > 0 && cells[0] === "id" && cells[2] === "status") continue;
    out.push(cells);
  }
  return out;
}

/** how a catalog text is written in the ledger */
const shown = (s: string) => "`" + s.replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\|/g, "\\|") + "`";

t("the table has exactly the columns id, text, status, source", () => {
  const r = rows();
  assert.equal(r[0], ["id", "text", "status", "source"]);
  for (const row of r.slice(1)) {
    assert.is(row.length, 4, row.join(" | "));
    assert.ok(["confirmed", "derived", "assumed"].includes(row[2]!), `${row[0]}: ${row[2]}`);
    assert.ok(row[1]!.startsWith("`"), row[0]);
    assert.ok(row[3]!.length > 0, row[0]);
  }
});

t("every catalog entry has a row with its exact text", () => {
  const byId = new Map(rows().map((r) => [r[0]!, r]));
  for (const [id, text] of Object.entries(aixCommonCatalog)) {
    const row = byId.get(id);
    assert.ok(row, `no ledger row for ${id}`);
    assert.is(row![1], shown(text), id);
  }
});

t("the key output formats are listed", () => {
  const ids = new Set(rows().map((r) => r[0]));
  for (const f of ["ls -l line", "ls total", "ls columns", "dd records", "od -c", "wc line", "uname -a", "echo escapes"]) {
    assert.ok(ids.has(f), f);
  }
});

t("every message id the commands use is in the AIX catalog", () => {
  const dir = new URL("../../../engine/userland/common/", import.meta.url);
  const used = new Set<string>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".ts")) continue;
    const src = readFileSync(new URL(f, dir), "utf8");
    for (const m of src.matchAll(/(?:err|msg|usage)\((?:this\.)?ctx, "([a-z]+\.[a-z]+)"/g)) used.add(m[1]!);
  }
  assert.ok(used.size > 50);
  for (const id of used) assert.ok(id in aixCommonCatalog, `missing catalog entry ${id}`);
  const cmds = commonCommands();
  assert.is(new Set(cmds.map((c) => c.name)).size, cmds.length, "command names are unique");
  for (const c of cmds) assert.ok(c.summary && c.man.length > 40, `${c.name} has a summary and a man page`);
});

t.run();
