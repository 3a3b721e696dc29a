// node --import tsx test/e2e/checkcast.ts FILE [--screen]: the strict asciicast v2/v3 check, for
// the shell tests; it prints the format, the markers, the keys typed (all "i" events joined, as
// JSON) and v3's exit status; --screen also prints the screen a player shows at the end.
import { readFileSync } from "node:fs";
import { checkCast } from "../../shell/castcheck.js";
import { Vt } from "../shell/vt.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: checkcast.ts FILE.cast [--screen]");
  process.exit(2);
}
const r = checkCast(readFileSync(file));
if (!r.ok) {
  for (const p of r.problems) console.error(p);
  process.exit(1);
}
console.log(`cast ok: v${r.version} ${r.width}x${r.height}, ${r.events} events, ${r.markers.length} markers: ${r.markers.join(" | ")}`);
console.log(`keys: ${JSON.stringify(r.inputs.join(""))}`);
if (r.exit !== null) console.log(`exit: ${r.exit}`);
if (process.argv.includes("--screen")) {
  const vt = new Vt(r.width, r.height);
  vt.write(r.output);
  console.log("--- the last frame ---");
  console.log(vt.screen());
}
