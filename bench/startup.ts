// Headless start-up: `looplab -c true` against bare `node -e ''` (target: at most 1.5x).
// Prints numbers; asserts nothing. Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const RUNS = Number(process.env.RUNS ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(args: string[]): number {
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
    t.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(t);
}

if (!existsSync("dist/looplab.mjs")) throw new Error("run npm run build first");
time(["-e", ""]); // warm the file cache
const bare = time(["-e", ""]);
const lab = time(["dist/looplab.mjs", "-c", "true"]);
console.log(`headless start-up (median of ${RUNS})`);
console.log(`  node -e ''            ${bare.toFixed(1)} ms`);
console.log(`  looplab -c true       ${lab.toFixed(1)} ms`);
console.log(`  ratio                 ${(lab / bare).toFixed(2)}x   (target <= 1.5x)`);
