// Practice goals: a 20-goal exercise (every kind of goal, negations, order, once; three questions) checked after
// each command line of a session, as practice mode does. Target: under 1 ms per check.
// Only the checks are timed, not the commands.
import { parseScenario } from "../engine/scenario/parse.js";
import { sessionFor } from "../engine/scenario/check.js";
import { loadExercise, startPractice } from "../engine/practice/index.js";
import { runLine } from "../engine/session.js";

const GOALS = `
  - { id: g1, text: t, once: true, mount: { on: /cdmount, image: /backup/cd_image, fstype: cdrfs, ro: true } }
  - { id: g2, text: t, once: true, device: { name: loop0, state: Available, image: /backup/cd_image, temporary: true } }
  - { id: g3, text: t, once: true, binding: { image: /backup/cd_image, device: loop0 } }
  - { id: g4, text: t, once: true, odm: { class: CuAt, where: { name: loop0, attribute: filename }, values: { value: /backup/cd_image } } }
  - { id: g5, text: t, file: { path: /tmp/tools.lst, contains: devices.loopback.rte } }
  - { id: g6, text: t, file: { path: /tmp/tools.lst, matches: "^bos\\\\.loopback\\\\.rte [0-9.]+$" } }
  - { id: g7, text: t, not: { file: /tmp/nothing } }
  - { id: g8, text: t, cwd: { process: shell, is: / } }
  - { id: g9, text: t, not: { cwd: { process: any, within: /cdmount } } }
  - { id: g10, text: t, after: g1, not: { mount: /cdmount } }
  - { id: g11, text: t, after: g1, no-temporary-loops: true }
  - { id: g12, text: t, after: g1, not: { binding: { image: /backup/cd_image } } }
  - { id: g13, text: t, after: g1, not: { device: loop0 } }
  - { id: g14, text: t, after: g1, ran: { command: loopumount, status: 0 } }
  - { id: g15, text: t, not: { ran: umount } }
  - { id: g16, text: t, ran: { command: loopmount, with: [-i, /backup/cd_image] } }
  - { id: g17, text: t, after: g16, ran: cp }
  - { id: g18, text: t, mount: { on: /usr, fstype: jfs2 } }
  - { id: g19, text: t, file: { path: /tmp/tools.lst, type: file } }
  - { id: g20, text: t, after: [g5, g14], not: { odm: { class: CuDv, where: { name: loop0 } } } }
`;
// questions are goals too: each check notes what the state answers to them
const QUESTIONS = `
  - { id: q1, prompt: p, answer-from: { holder-of: /backup/cd_image } }
  - { id: q2, prompt: p, answer-from: { users-of: /cdmount } }
  - { id: q3, prompt: p, answer-from: { state-of: loop0 } }
`;
const text = `---\ntitle: bench\nos: aix\nsetup: { dirs: [/cdmount] }\ngoals:${GOALS}questions:${QUESTIONS}---\n`;
const sc = parseScenario(text);
const ex = loadExercise(sc);
if (ex.goals.length !== 20) throw new Error(`${ex.goals.length} goals`);

const LINES = [
  'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount',
  "ls /cdmount",
  "cd /cdmount/installp",
  "cp ppc/tools.lst /tmp/tools.lst",
  "cd /",
  "lsdev -Cc loopback",
  "loopumount -l loop0 -m /cdmount",
  "cat /tmp/tools.lst",
];

function session() {
  const s = sessionFor(sc);
  return { s, run: startPractice(ex, s) };
}

// warm up (module loading, re2js, first lookups)
for (let k = 0; k < 3; k++) {
  const { s, run } = session();
  for (const l of LINES) {
    runLine(s, l);
    run.check();
  }
}

const per: number[] = [];
const { s, run } = session();
let solved = false;
for (const l of LINES) {
  runLine(s, l);
  const t0 = process.hrtime.bigint();
  const r = run.check();
  per.push(Number(process.hrtime.bigint() - t0) / 1e6);
  solved ||= r.solved;
}
const N = 2000;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) run.check();
const steady = Number(process.hrtime.bigint() - t0) / 1e6 / N;

console.log(`20 goals, checked after each of ${LINES.length} command lines (solved: ${solved ? "yes" : "no"}):`);
for (let i = 0; i < LINES.length; i++) console.log(`  ${per[i]!.toFixed(3)} ms  after ${LINES[i]}`);
const sorted = [...per].sort((a, b) => a - b);
console.log(`  median ${sorted[sorted.length >> 1]!.toFixed(3)} ms, max ${sorted[sorted.length - 1]!.toFixed(3)} ms (target < 1 ms; a max far above the median is a pause of the host: GC, another process)`);
console.log(`the same check repeated ${N} times: ${steady.toFixed(3)} ms each (target < 1 ms)`);
