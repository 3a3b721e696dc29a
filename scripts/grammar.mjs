// Regenerates every grammar/<name>.ne into grammar/<name>.grammar.ts with nearleyc.
//   node scripts/grammar.mjs             write next to the .ne files (the committed parsers)
//   node scripts/grammar.mjs --out DIR   write into DIR instead (test/grammar/stale.test.ts
//                                        compares that output with the committed files)
// The output is deterministic, so regenerating an up-to-date grammar changes nothing.
import { execFile } from "node:child_process";
import { readdirSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const grammarDir = join(root, "grammar");
const nearleyc = join(root, "node_modules", "nearley", "bin", "nearleyc.js");

const args = process.argv.slice(2);
let outDir = grammarDir;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--out" && args[i + 1] !== undefined) outDir = resolve(args[++i]);
  else {
    console.error(`usage: node scripts/grammar.mjs [--out DIR]`);
    process.exit(2);
  }
}
mkdirSync(outDir, { recursive: true });

const sources = readdirSync(grammarDir).filter((f) => f.endsWith(".ne")).sort();
const results = await Promise.allSettled(
  sources.map(async (f) => {
    const out = join(outDir, f.replace(/\.ne$/, ".grammar.ts"));
    await run(process.execPath, [nearleyc, join(grammarDir, f), "-o", out], { cwd: grammarDir });
    return out;
  }),
);
let failed = 0;
for (const [i, r] of results.entries()) {
  if (r.status === "fulfilled") console.log(`grammar: ${sources[i]} -> ${r.value}`);
  else {
    failed++;
    console.error(`grammar: ${sources[i]} failed:\n${r.reason?.stderr ?? r.reason}`);
  }
}
process.exitCode = failed ? 1 : 0;
