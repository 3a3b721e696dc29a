// Headless start-up: `looplab -c true` against bare `node -e ''` (target: at most 1.5x).
// Prints numbers; asserts nothing. Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const RUNS = Number(process.env.RUNS ?? 30);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function once(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

if (!existsSync("dist/looplab.mjs")) throw new Error("run npm run build first");
// the machine is noisy: interleave the two commands so both see the same load
once(["-e", ""]);
once(["dist/looplab.mjs", "-c", "true"]);
const bareT: number[] = [];
const labT: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bareT.push(once(["-e", ""]));
  labT.push(once(["dist/looplab.mjs", "-c", "true"]));
}
const bare = median(bareT);
const lab = median(labT);
console.log(`headless start-up (median of ${RUNS})`);
console.log(`  node -e ''            ${bare.toFixed(1)} ms`);
console.log(`  looplab -c true       ${lab.toFixed(1)} ms`);
console.log(`  ratio                 ${(lab / bare).toFixed(2)}x   (target <= 1.5x)`);
