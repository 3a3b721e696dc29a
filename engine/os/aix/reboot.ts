// What a restart does to the AIX machine's state: unmount everything but the boot file systems,
// delete temporary loop devices, configure the remaining ones again, mount /etc/filesystems'
// automatic file systems, every process back at /.
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import { LOOP_TYPE, loopAttr, loopDevices, unconfigureLoop, undefineLoop } from "./devices.js";
import { runRules } from "./cfgrules.js";
import { logBoot, logShutdown } from "./errlog.js";
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

/**
 * The devices across a restart: temporary loop devices are deleted, the kernel's units go (also
 * those the ODM no longer knows of); configureDevices brings them back.
 */
function teardownDevices(m: Machine, sys: Sys): void {
  for (const name of loopDevices(m)) {
    try {
      if (loopAttr(m, name, "temporary") === "yes") undefineLoop(m, sys, name);
      else unconfigureLoop(m, name);
    } catch {
      // a hand-edited ODM may name a unit the driver does not have; the boot starts afresh
    }
  }
  for (const u of m.loop.all()) {
    if (u.opens > 0) continue;
    if (u.image) m.loop.detach(u.minor);
    m.loop.unconfigure(u.minor);
  }
}

/** every loop device is Defined at boot, and the Configuration Manager's phase 2 rules configure
 *  them again (startloop). A device whose image is gone stays Defined, as cfgmgr leaves it. */
function configureDevices(m: Machine, sys: Sys): void {
  const odm = m.odm!;
  for (const o of odm.find("CuDv", { PdDvLn: LOOP_TYPE })) {
    if (!m.loop.all().some((u) => u.name === o.name)) odm.change("CuDv", { name: String(o.name) }, { status: 0 });
  }
  runRules(m, sys, 2);
}

/** unmount in reverse order, innermost first; the boot file systems stay: the system's processes
 *  still run their programs from them (umount finds them busy) */
function unmountAll(m: Machine, sys: Sys): void {
  for (const mt of [...m.mounts.all()].reverse()) {
    if (!mt.covered) continue;
    try {
      sys.umount(mt);
    } catch {
      // still busy: stays
    }
  }
}

export function rebootAix(m: Machine, sys: Sys): void {
  const down = m.clock.now();
  logShutdown(m, down);
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
  // the file systems go, then the devices, then what the devices' images kept busy
  unmountAll(m, sys);
  teardownDevices(m, sys);
  unmountAll(m, sys);
  configureDevices(m, sys);
  for (const st of fstab) {
    if (!st.attrs.dev || !/^(automatic|true)$/.test(st.attrs.mount ?? "")) continue;
    if (m.mounts.all().some((x) => x.path === st.name)) continue;
    try {
      const opts = [...(st.attrs.options?.split(",") ?? []), ...(st.attrs.log ? [`log=${st.attrs.log}`] : [])];
      // options = ro mounts read-only, as mount does by hand (a CD file system can only be)
      const readonly = opts.includes("ro");
      const shown = readonly ? opts.filter((o) => o !== "rw") : opts.includes("rw") ? opts : ["rw", ...opts];
      sys.mount({ type: st.attrs.vfs ?? "jfs2", special: st.attrs.dev, dir: st.name, readonly, optionString: shown.join(","), options: opts, overlay: true });
    } catch {
      // a file system that cannot come back stays unmounted
    }
  }
  // the new boot's error log: the daemon starts a little after the shutdown
  logBoot(m, down + 150, down);
  m.clock.advance(180);
  m.events.emit({ kind: "reboot" });
}
