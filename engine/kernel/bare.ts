// A bare machine: one memfs root, one process. For unit tests and as the base every OS boot
// builds on.
import { Machine, type OsName } from "./machine.js";
import { MemVfs, type MemfsOptions } from "./fs/memfs/memfs.js";
import { Sys } from "./sys.js";

export function bareMachine(
  os: OsName = "aix",
  opts: { clock?: number; hostname?: string; root?: Partial<MemfsOptions>; rootSpecial?: string } = {},
): { machine: Machine; sys: Sys; rootVfs: MemVfs } {
  const machine = new Machine(os, { clock: opts.clock ?? 1385534580, hostname: opts.hostname ?? "lab" });
  const rootVfs = new MemVfs(machine, { type: "jfs2", sizeBlocks: 2097152, ...opts.root });
  machine.mounts.add({
    vfs: rootVfs,
    covered: null,
    path: "/",
    special: opts.rootSpecial ?? "/dev/hd4",
    options: "rw,log=/dev/hd8",
    time: machine.clock.now(),
    data: { type: rootVfs.type },
  });
  const root = rootVfs.root();
  machine.sched.system({ pid: 1, ppid: 0, argv: ["/etc/init"], cwd: root, root });
  const proc = machine.sched.create({ ppid: 1, argv: ["-ksh"], cwd: root, root });
  return { machine, sys: new Sys(machine, proc), rootVfs };
}
