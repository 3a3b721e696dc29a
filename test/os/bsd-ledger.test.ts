// Every message the BSD mount, umount, df and vndconfig commands print has a row in the BSD
// fidelity ledger (docs/fidelity/bsd.md) with its status and the catalog's exact text.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { bsdMountCatalog } from "../../engine/os/bsd/catalog-mount.js";

const rows = readFileSync("docs/fidelity/bsd.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("| ---"))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
const byId = new Map(rows.map((r) => [r[0]!, r]));

/** how a catalog text is written in the ledger */
const shown = (s: string) => "`" + s.replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\|/g, "\\|") + "`";

test("every BSD mount catalog entry has a ledger row with a status and its exact text", () => {
  const missing = Object.keys(bsdMountCatalog).filter((id) => !byId.has(id));
  assert.equal(missing, []);
  const badStatus = rows.filter((r) => !["confirmed", "derived", "assumed"].includes(r[2]!)).map((r) => r[0]);
  assert.equal(badStatus, []);
  const wrong = Object.entries(bsdMountCatalog).filter(([id, text]) => byId.get(id)?.[1] !== shown(text));
  assert.equal(wrong.map(([id]) => id), []);
});

test.run();
