// The shell's arithmetic on its hot path: `i=$((i+1))` loops, let, (( )) and typeset -i, as
// scripts count with them. Prints the time per iteration; asserts nothing.
import { createSession, Transcript } from "../engine/session.js";

const N = 20_000;
const loops: [string, string][] = [
  ["i=$((i+1))", `i=0; while [ $i -lt ${N} ]; do i=$((i+1)); done`],
  ["(( i += 1 ))", `i=0; while (( i < ${N} )); do (( i += 1 )); done`],
  ["let i=i+1", `i=0; while let "i < ${N}"; do let i=i+1; done`],
  ["typeset -i", `typeset -i i=0; while [ $i -lt ${N} ]; do i=i+1; done`],
  ["big values", `i=4611686018427387904; n=0; while [ $n -lt ${N} ]; do i=$(( (i * 3 + n) % 9223372036854775807 )); n=$((n+1)); done`],
];
for (const [name, src] of loops) {
  const s = createSession({ samples: false, settings: { step_budget: 1e9 } });
  const t = new Transcript();
  s.run("true", t);
  const start = process.hrtime.bigint();
  s.run(src, t);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${name.padEnd(14)} ${N} iterations in ${ms.toFixed(0)} ms = ${((ms * 1000) / N).toFixed(2)} µs each${t.text() ? " " + JSON.stringify(t.text().slice(0, 80)) : ""}`);
}
