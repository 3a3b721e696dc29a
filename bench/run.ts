// npm run bench: every benchmark in turn. Each prints numbers; none asserts.
import { execFileSync } from "node:child_process";

const benches: [string, string[]][] = [
  ["start-up", ["--import", "tsx", "bench/startup.ts"]],
  ["throughput", ["--import", "tsx", "bench/throughput.ts"]],
  ["streams and processes", ["--import", "tsx", "bench/streams.ts"]],
  ["parse", ["--import", "tsx", "bench/parse.ts"]],
  ["patterns", ["--import", "tsx", "bench/patterns.ts"]],
  ["layers", ["--import", "tsx", "bench/layers.ts"]],
  ["lofs", ["--import", "tsx", "bench/lofs.ts"]],
  ["practice goals", ["--import", "tsx", "bench/goals.ts"]],
  ["memory", ["--expose-gc", "--import", "tsx", "bench/memory.ts"]],
  ["terminal UI", ["--import", "tsx", "bench/tui.ts"]],
];
for (const [name, args] of benches) {
  console.log(`\n== ${name}`);
  try {
    execFileSync(process.execPath, args, { stdio: "inherit" });
  } catch {
    console.log(`(${name} failed)`);
  }
}
