// Every message of the Solaris mount part (mount, umount, df, mountall, lofiadm, newfs, mkfs) has
// a row in docs/fidelity/solaris.md with a status and the catalog's exact text.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { solarisMountCatalog } from "../../engine/os/solaris/catalog-mount.js";

const rows = readFileSync("docs/fidelity/solaris.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("| ---"))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
const byId = new Map(rows.map((r) => [r[0]!, r]));
const shown = (s: string) => "`" + s.replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\|/g, "\\|") + "`";

test("every Solaris mount catalog entry has a ledger row with a status and its exact text", () => {
  assert.equal(Object.keys(solarisMountCatalog).filter((id) => !byId.has(id)), []);
  const wrong = Object.entries(solarisMountCatalog).filter(([id, text]) => byId.get(id)?.[1] !== shown(text));
  assert.equal(wrong.map(([id]) => id), []);
  const badStatus = rows.filter((r) => !["confirmed", "derived", "assumed"].includes(r[2]!)).map((r) => r[0]);
  assert.equal(badStatus, []);
});

test.run();
