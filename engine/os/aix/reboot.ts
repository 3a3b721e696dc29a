// What a restart does to the AIX machine's state: unmount everything but the boot file systems,
// delete temporary loop devices, configure the remaining ones again, mount /etc/filesystems'
// automatic file systems, every process back at /.
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import { configureLoop, loopAttr, loopDevices, unconfigureLoop, undefineLoop } from "./devices.js";
import { parseStanzas } from "../../userland/aix/stanzas.js";

/** a is an ancestor of b */
function isAncestor(a: { pid: number }, b: { ppid: number }, m: Machine): boolean {
  let cur = m.sched.table.get(b.ppid);
  while (cur) {
    if (cur.pid === a.pid) return true;
    if (cur.ppid === cur.pid || cur.pid <= 1) return false;
    cur = m.sched.table.get(cur.ppid);
  }
  return false;
}

export function rebootAix(m: Machine, sys: Sys): void {
  const root = m.mounts.all().find((x) => x.covered === null)!.vfs.root();
  // the processes of the session end; the login shell starts again at /
  for (const p of [...m.procs()]) {
    if (p.body && p !== sys.proc && !isAncestor(p, sys.proc, m)) m.sched.signal(p, "SIGKILL");
  }
  for (const p of m.procs()) {
    p.cwd = root;
    p.root = root;
  }
  let fstab: ReturnType<typeof parseStanzas> = [];
  try {
    fstab = parseStanzas(new TextDecoder().decode(sys.readFile("/etc/filesystems")));
  } catch {
    fstab = [];
  }
  // unmount in reverse order, innermost first; the boot file systems stay (they are busy)
  for (const mt of [...m.mounts.all()].reverse()) {
    if (!mt.covered || (m.holds.get(mt.vfs) ?? 0) > 0) continue;
    if (m.mounts.hasSubmounts(mt.vfs)) continue;
    try {
      sys.umount(mt);
    } catch {
      // still busy: stays
    }
  }
  for (const name of loopDevices(m)) {
    if (loopAttr(m, name, "temporary") === "yes") undefineLoop(m, sys, name);
    else {
      unconfigureLoop(m, name);
      try {
        configureLoop(m, sys, name);
      } catch {
        // an image that is gone: the device stays Defined, as cfgmgr would leave it
      }
    }
  }
  for (const st of fstab) {
    if (!st.attrs.dev || !/^(automatic|true)$/.test(st.attrs.mount ?? "")) continue;
    if (m.mounts.all().some((x) => x.path === st.name)) continue;
    try {
      const opts = [...(st.attrs.options?.split(",") ?? []), ...(st.attrs.log ? [`log=${st.attrs.log}`] : [])];
      sys.mount({ type: st.attrs.vfs ?? "jfs2", special: st.attrs.dev, dir: st.name, readonly: false, optionString: ["rw", ...opts].join(","), options: opts, overlay: true });
    } catch {
      // a file system that cannot come back stays unmounted
    }
  }
  m.clock.advance(180);
  m.events.emit({ kind: "reboot" });
}
