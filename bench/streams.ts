// Streams and processes headless (numbers, no assertions):
//  - cat /dev/zero | head -c 100000000 | wc -c: simulated bytes per second through two pipes
//    (target: at least 1 GB/s);
//  - a 200,000-iteration ksh loop: iterations per second, and that the clock does not move;
//  - yes | head -1000000 | wc -l: lines through a pipe.
import { createSession, Transcript } from "../engine/session.js";

function time(label: string, f: () => string): number {
  const t0 = process.hrtime.bigint();
  const out = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`   ${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms   ${out}`);
  return ms;
}

const s = createSession({ samples: false });
const run = (line: string) => {
  const t = new Transcript();
  s.run(line, t, 1e12);
  return t.text().trim();
};
console.log("looplab streams and processes (headless, in process)");
run("true");
for (let i = 0; i < 3; i++) {
  const ms = time("cat /dev/zero | head -c 100000000 | wc -c", () => run("cat /dev/zero | head -c 100000000 | wc -c"));
  console.log(`   ${"".padEnd(52)} ${((1e8 / ms) * 1000 / 1e9).toFixed(2)} GB/s simulated (target >= 1 GB/s)`);
}
const t0 = s.machine.clock.now();
const loop = time("i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done", () => run("i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; echo $i"));
console.log(`   ${"".padEnd(52)} ${Math.round((200000 / loop) * 1000)} iterations/s; the clock moved ${s.machine.clock.now() - t0} s`);
time("yes | head -1000000 | wc -l", () => run("yes | head -1000000 | wc -l"));
time("wc -c /backup/cd_image (859 MB, sparse)", () => {
  const s2 = createSession({});
  const t = new Transcript();
  s2.run("wc -c /backup/cd_image", t, 1e12);
  return t.text().trim();
});
