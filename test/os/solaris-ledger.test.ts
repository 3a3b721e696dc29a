// Every message the Solaris machine prints has a row in its fidelity ledger (docs/fidelity/solaris.md)
// with a status and the catalog's exact text: every id of the personality's catalog (the machine's
// own commands, the common commands' Solaris texts, the mount part's), the errno texts, and the
// machine's formats and decisions.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { aixCommonCatalog } from "../../engine/os/aix/catalog-common.js";
import { solarisCommandTable } from "../../engine/os/solaris/index.js";
import { solarisPersonality } from "../../engine/os/solaris/personality.js";
import { solarisCommonCatalog } from "../../engine/os/solaris/catalog-common.js";
import { solarisStrerror } from "../../engine/os/solaris/strerror.js";
import { ksh93Texts } from "../../engine/os/solaris/ksh93.js";
import { explain, readLedger } from "../../shell/explain.js";

const rows = readFileSync("docs/fidelity/solaris.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("| ---"))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
const byId = new Map(rows.map((r) => [r[0]!, r]));
const catalog = solarisPersonality(solarisCommandTable()).catalog;
const STATUS = ["confirmed", "derived", "assumed"];

/** how a catalog text is written in the ledger */
const shown = (s: string) => "`" + s.replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\|/g, "\\|") + "`";

test("every Solaris catalog id has a ledger row with a status and the catalog's exact text", () => {
  const missing = Object.keys(catalog).filter((id) => !byId.has(id));
  assert.equal(missing, [], "ids with no row in docs/fidelity/solaris.md");
  const wrong = Object.entries(catalog).filter(([id, text]) => {
    const cell = byId.get(id)?.[1] ?? "";
    return cell !== shown(text) && !cell.startsWith(shown(text) + " ");
  });
  assert.equal(wrong.map(([id]) => id), []);
});

test("every row of the Solaris ledger has four cells and a status", () => {
  const bad = rows.filter((r) => r.length !== 4 || !STATUS.includes(r[2]!));
  assert.equal(bad.map((r) => r[0]), []);
});

test("the common commands' catalog has every AIX id; the errno texts have rows", () => {
  assert.equal(Object.keys(aixCommonCatalog).filter((id) => !(id in solarisCommonCatalog)), []);
  for (const [e, text] of Object.entries(solarisStrerror)) assert.is(byId.get(`strerror.${e}`)?.[1], shown(text), e);
});

test("the machine's formats and decisions are listed", () => {
  for (const f of ["root file system", "/etc/mnttab", "st_dev", "zfs fsid", "tmpfs fsid", "/etc/vfstab", "root's shell", "prompt", "bash not found", "bash cd", "ls -l line", "ls -l date", "ps header", "ps row", "uname -a", "user identity", "echo (bash)", "echo (/usr/bin/echo)"]) {
    assert.ok(byId.has(f), f);
  }
});

test("the shells: ksh93's texts have rows (ksh93 ID), and the shells' forms are listed", () => {
  for (const [id, text] of Object.entries(ksh93Texts)) assert.is(byId.get(`ksh93 ${id}`)?.[1], shown(text), id);
  for (const f of ["bash name (interactive)", "bash name (not interactive)", "bash line (the shell's own)", "bash line (a built-in)", "bash -c lines", "bash syntax error (not interactive)", "bash job started", "bash job line", "bash jobs -l", "bash job notices", "shopt list", "declare -p", "ksh93 is sh", "ksh93 not found", "ksh93 syntax error", "ksh93 cd"]) {
    assert.ok(byId.has(f), f);
  }
});

test("explain finds the Solaris machine's messages", () => {
  const ledger = readLedger("docs/fidelity");
  for (const q of ["command not found", "Deadlock situation detected/avoided", "uname: error in setting name"]) {
    assert.ok(explain(q, ledger).some((r) => r.file === "solaris.md"), q);
  }
});

test.run();
