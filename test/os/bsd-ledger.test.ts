// Every message the BSD machine prints has a row in its fidelity ledger (docs/fidelity/bsd.md)
// with a status and the catalog's exact text: the ids of every BSD part (the machine's own, the
// common commands' BSD texts, mount/umount/df/vnconfig, the layers), as the personality merges
// them. The mount part's rows hold the text alone; other rows may add a note after it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { bsdMountCatalog } from "../../engine/os/bsd/catalog-mount.js";
import { bsdCommandTable } from "../../engine/os/bsd/index.js";
import { bsdPersonality } from "../../engine/os/bsd/personality.js";
import { explain, readLedger } from "../../shell/explain.js";

const rows = readFileSync("docs/fidelity/bsd.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("| ---"))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
const byId = new Map(rows.map((r) => [r[0]!, r]));
const catalog = bsdPersonality(bsdCommandTable()).catalog;

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

test("every BSD catalog id has a ledger row with a status", () => {
  const missing = Object.keys(catalog).filter((id) => !byId.has(id));
  assert.equal(missing, [], "ids with no row in docs/fidelity/bsd.md");
  for (const id of Object.keys(catalog)) assert.ok(["confirmed", "derived", "assumed"].includes(byId.get(id)![2]!), `${id}: status ${byId.get(id)![2]}`);
});

test("every BSD catalog row shows the catalog's exact text (a note may follow it)", () => {
  const wrong = Object.entries(catalog).filter(([id, text]) => {
    const cell = byId.get(id)?.[1] ?? "";
    return cell !== shown(text) && !cell.startsWith(shown(text) + " ");
  });
  assert.equal(wrong.map(([id]) => id), []);
});

test("every row of the BSD ledger has four cells and a status", () => {
  const bad = rows.filter((r) => r.length !== 4 || !["confirmed", "derived", "assumed"].includes(r[2]!));
  assert.equal(bad.map((r) => r[0]), []);
});

test("explain finds the BSD machine's messages", () => {
  const ledger = readLedger("docs/fidelity");
  for (const q of ["cd: can't cd to /x", "Device busy", "directory nonexistent", "illegal process id: %1"]) {
    assert.ok(explain(q, ledger).some((r) => r.file === "bsd.md"), q);
  }
});

test.run();
