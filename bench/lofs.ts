// lofs: the same lookups through a lofs of / and without it (target: at most 2x), and a lookup
// that crosses a file system mounted below the source (traverse).
import { bareMachine } from "../engine/kernel/bare.js";
import { registerLayers } from "../engine/kernel/fs/layers.js";
import { MemVfs } from "../engine/kernel/fs/memfs/memfs.js";

const { machine, sys } = bareMachine("solaris", { clock: 1_000_000 });
registerLayers(machine);
sys.mkdirp("/usr/include/sys");
sys.writeFile("/usr/include/sys/types.h", "typedef int pid_t;\n");
sys.mkdirp("/export/home");
const vfs = new MemVfs(machine, { type: "tmpfs", sizeBlocks: 1000 });
vfs.root().create("f", 0o644);
machine.mounts.add({ vfs, covered: sys.resolve("/export/home"), path: "/export/home", special: "swap", options: "", time: 0 });
sys.mkdirp("/tmp/newroot");
sys.mount({ type: "lofs", special: "/", dir: "/tmp/newroot", readonly: false, optionString: "", options: [], overlay: false });

function perOp(path: string, n: number): number {
  for (let i = 0; i < 2000; i++) sys.stat(path);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sys.stat(path);
  return Number(process.hrtime.bigint() - t0) / n / 1000;
}
const N = 20000;
const plain = perOp("/usr/include/sys/types.h", N);
const through = perOp("/tmp/newroot/usr/include/sys/types.h", N);
const sub = perOp("/tmp/newroot/export/home/f", N);
const subPlain = perOp("/export/home/f", N);
console.log(`stat /usr/include/sys/types.h:              ${plain.toFixed(2)} µs`);
console.log(`the same through a lofs of / on /tmp/newroot: ${through.toFixed(2)} µs  (${(through / plain).toFixed(2)}x; target ≤ 2x)`);
console.log(`a file on a submount, plain / through lofs:   ${subPlain.toFixed(2)} / ${sub.toFixed(2)} µs  (${(sub / subPlain).toFixed(2)}x)`);
