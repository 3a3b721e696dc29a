// Every message the AIX commands print has a row in the fidelity ledger (docs/fidelity/aix.md),
// with its status; looplab explain finds it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { aixCatalog } from "../../engine/os/aix/catalog.js";
import { explain, readLedger } from "../../shell/explain.js";

const rows = readFileSync("docs/fidelity/aix.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("| ---"))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));

test("every AIX catalog entry has a ledger row with a status", () => {
  const byId = new Map(rows.map((r) => [r[0]!, r]));
  for (const id of Object.keys(aixCatalog)) {
    const r = byId.get(id);
    assert.ok(r, `no ledger row for ${id}`);
    assert.ok(["confirmed", "derived", "assumed"].includes(r![2]!), `${id}: status ${r![2]}`);
  }
});

/** how a catalog text is written in the ledger */
const shown = (s: string) => "`" + s.replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\|/g, "\\|") + "`";

test("every AIX catalog row shows the catalog's exact text", () => {
  const byId = new Map(rows.map((r) => [r[0]!, r]));
  const wrong = Object.entries(aixCatalog).filter(([id, text]) => byId.get(id)?.[1] !== shown(text));
  assert.equal(wrong.map(([id]) => id), []);
});

test("explain finds the technote's messages", () => {
  const ledger = readLedger("docs/fidelity");
  for (const q of ["1320-003", "Failed to mount the imagefile", "0506-324 Cannot mount /dev/loop0 on /cdmount: x"]) {
    assert.ok(explain(q, ledger).length > 0, q);
  }
});

test.run();
