// node --import tsx test/e2e/checkcast.ts FILE: the strict asciicast v2 check, for the shell tests.
import { readFileSync } from "node:fs";
import { checkCast } from "../../shell/castcheck.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: checkcast.ts FILE.cast");
  process.exit(2);
}
const r = checkCast(readFileSync(file));
if (!r.ok) {
  for (const p of r.problems) console.error(p);
  process.exit(1);
}
console.log(`cast ok: ${r.width}x${r.height}, ${r.events} events, ${r.markers.length} markers: ${r.markers.join(" | ")}`);
