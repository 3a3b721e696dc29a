// Runs every uvu suite under test/ (or the dirs/files given) in one process and ends with the
// plain closing line "N passed, N failed" that CI reads. uvu's own summary has no such line.
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

// the tests drive the terminal UI as the bin does: every frame drawn, CI or not (shell/inkframes.ts)
const { drawEveryFrame } = await import("../shell/inkframes.ts");
drawEveryFrame();

globalThis.UVU_DEFER = 1;
const uvu = await import("uvu");

const args = process.argv.slice(2);
const roots = args.length ? args : ["test"];
const files = [];
const walk = (p) => {
  const st = statSync(p);
  if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
  else if (/\.test\.tsx?$/.test(p)) files.push(resolve(p));
};
for (const r of roots) walk(r);

let captured = "";
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  captured += String(chunk);
  return write(chunk, ...rest);
};

let importFailures = 0;
for (let i = 0; i < files.length; i++) {
  globalThis.UVU_INDEX = i;
  globalThis.UVU_QUEUE.push([files[i]]);
  try {
    await import(pathToFileURL(files[i]).href);
  } catch (e) {
    importFailures++;
    console.error(`\nFAIL to load ${files[i]}:\n`, e);
  }
}
await uvu.exec(false);
process.stdout.write = write;

const plain = stripVTControlCharacters(captured);
const num = (label) => Number((plain.match(new RegExp(`${label}:\\s+(\\d+)`)) ?? [0, 0])[1]);
const total = num("Total") + importFailures;
const passed = num("Passed");
const skipped = num("Skipped");
// uvu's Total does not count skipped tests
const failed = total - passed;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 ? 1 : 0;
