// looplab explain TEXT: find a message or output format in the fidelity ledger and say how sure
// the lab is of it and where it comes from.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { partsMatch } from "../engine/scenario/match.js";

export interface LedgerRow {
  file: string;
  id: string;
  text: string;
  status: string;
  source: string;
}

/** docs/fidelity next to the package (dist/ or shell/ are one level below the root) */
export function ledgerDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ["..", "../..", "."]) {
    const d = join(here, up, "docs", "fidelity");
    if (existsSync(d)) return d;
  }
  return join(process.cwd(), "docs", "fidelity");
}

export function readLedger(dir = ledgerDir()): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".md")).sort()) {
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      if (!line.startsWith("|") || /^\|\s*-/.test(line) || /^\|\s*id\s*\|/.test(line)) continue;
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      if (cells.length < 4) continue;
      rows.push({ file: f, id: cells[0]!, text: cells[1]!.replace(/`/g, "").replace(/\\\|/g, "|"), status: cells[2]!, source: cells[3]! });
    }
  }
  return rows;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** does `w` occur in t as a word of its own (no letter, digit or _ on either side)? */
function hasWord(t: string, w: string): boolean {
  const edge = (c: string | undefined) => c === undefined || !/\w/.test(c);
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) if (edge(t[i - 1]) && edge(t[i + w.length])) return true;
  return false;
}

/** rows whose text or id contains the query; a template's %s matches anything */
export function explain(query: string, rows: LedgerRow[]): LedgerRow[] {
  const q = norm(query);
  return rows.filter((r) => {
    if (norm(r.id).includes(q) || norm(r.text).includes(q)) return true;
    // AIX messages are known by their number: 0506-324, 1320-007
    const num = /\b\d{4}-\d{3,4}\b/.exec(q)?.[0];
    if (num && hasWord(r.text, num)) return true;
    // a template that is mostly placeholders (`%s: %s`) would match anything
    if (norm(r.text).replace(/%[sd]|[^a-z0-9]/g, "").length < 8) return false;
    return partsMatch(norm(r.text).split(/%[sd]|\\[nt]/), q) || norm(r.text).split(/%[sd]/).some((p) => p.trim().length > 12 && q.includes(p.trim()));
  });
}

export function runExplain(words: string[]): number {
  const q = words.join(" ").trim();
  if (!q) {
    process.stderr.write("usage: looplab explain TEXT\n");
    return 2;
  }
  const hits = explain(q, readLedger());
  if (!hits.length) {
    process.stdout.write(`nothing in the fidelity ledger matches: ${q}\n`);
    return 1;
  }
  for (const h of hits) process.stdout.write(`${h.id}  [${h.status}]\n  ${h.text}\n  source: ${h.source}  (docs/fidelity/${h.file})\n\n`);
  return 0;
}
