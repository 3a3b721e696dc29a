// Layer stacks: stat(2) of a file through null layers stacked 1 and 64 deep, and with tracing
// on. Target: linear in the depth (depth 64 costs at most 64 times depth 1), and tracing off
// costs nothing measurable (compare a plain stat of the original path).
import { bareMachine } from "../engine/kernel/bare.js";
import { registerLayers } from "../engine/kernel/fs/layers.js";

function build(depth: number) {
  const { machine, sys } = bareMachine("bsd", { clock: 1_000_000 });
  registerLayers(machine);
  sys.mkdirp("/usr/include/sys");
  sys.writeFile("/usr/include/sys/types.h", "typedef int pid_t;\n");
  let prev = "/usr/include";
  for (let i = 1; i <= depth; i++) {
    sys.mkdirp(`/s${i}`);
    sys.mount({ type: "loopback", special: prev, dir: `/s${i}`, readonly: false, optionString: "", options: [], overlay: true });
    prev = `/s${i}`;
  }
  return { machine, sys, top: depth === 0 ? "/usr/include" : prev };
}

function perOp(path: string, sys: ReturnType<typeof build>["sys"], n: number): number {
  for (let i = 0; i < 2000; i++) sys.stat(path); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sys.stat(path);
  return Number(process.hrtime.bigint() - t0) / n / 1000; // µs
}

const N = 20000;
const plain = build(0);
const one = build(1);
const deep = build(64);
const p0 = perOp("/usr/include/sys/types.h", plain.sys, N);
const p1 = perOp(`${one.top}/sys/types.h`, one.sys, N);
const p64 = perOp(`${deep.top}/sys/types.h`, deep.sys, N / 8);
deep.machine.trace = true;
let events = 0;
deep.machine.events.on(() => events++);
const p64t = perOp(`${deep.top}/sys/types.h`, deep.sys, N / 64);
console.log(`stat, no layer:            ${p0.toFixed(2)} µs`);
console.log(`stat through 1 null layer: ${p1.toFixed(2)} µs`);
console.log(`stat through 64 layers:    ${p64.toFixed(2)} µs  (${(p64 / p1).toFixed(1)}x depth 1; target ≤ 64x)`);
console.log(`64 layers, tracing on:     ${p64t.toFixed(2)} µs  (${events} events)`);
