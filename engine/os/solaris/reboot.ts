// What a restart does to the Solaris machine, the kernel's and SMF's part (the boot's vfstab part
// is mountall's, run by the reboot command: engine/userland/solaris/reboot.ts).
//
// Going down (halt.c): every process but the kernel's, init and the daemons SMF starts again is
// gone — the lab keeps the login's own (the shell goes on as the new login's), every file system
// but / is unmounted and every lofi device unmapped (lofi mappings live in the kernel only). What
// is on disk stays: the pool's datasets with /etc/vfstab and the images in /export. tmpfs is
// memory: /tmp and /system/volatile come back empty.
//
// Coming up, the order of Solaris 11's boot: the kernel's pseudo file systems, fs-minimal (/var
// from the boot environment, then /var, /var/adm and /tmp as vfstab has them), fs-local
// (`mountall -l`, `zfs mount -a`, and mountall again if the first one failed), then the daemons
// and the login. A fresh kernel hands out the same numbers again: the daemons get their pids and
// the file systems their device ids as at the first boot.
import type { Machine } from "../../kernel/machine.js";
import type { Proc } from "../../kernel/proc/proc.js";
import { Sys } from "../../kernel/sys.js";
import { mountBootEnvironment, mountKernelFileSystems, mountPoolDatasets, solarisDisks } from "./boot.js";
import { solarisFsidPolicy } from "./devt.js";
import { lofiBlock, lofiRaw } from "./lofi.js";
import { holdPrograms, restartSolarisProcesses } from "./procs.js";

/** halt.c: after SIGTERM to everyone, 5 seconds to clean up */
export const SHUTDOWN_SECONDS = 5;
/** from uadmin(A_SHUTDOWN, AD_FASTREBOOT) to the new kernel's clock (fast reboot skips the BIOS) */
export const FAST_REBOOT_SECONDS = 15;
/** from the boot to the new login's shell */
export const LOGIN_SECONDS = 60;

/** the processes that go on: `caller` and its ancestors (the command, the login shell, sshd's) */
function lineage(m: Machine, caller: Proc): Set<Proc> {
  const out = new Set<Proc>();
  for (let p: Proc | undefined = caller; p && !out.has(p) && p.pid > 1; p = m.sched.table.get(p.ppid)) out.add(p);
  return out;
}

/** unmap every lofi device and remove its nodes from /dev (the dev file system outlives it) */
function unmapLofi(m: Machine): void {
  const dev = solarisDisks(m).pseudo.get("dev")!.root();
  for (const u of m.loop.all()) {
    // the old kernel is gone, and whoever had the device open with it
    u.opens = 0;
    if (u.image) m.loop.detach(u.minor);
    m.loop.unconfigure(u.minor);
    for (const path of [lofiBlock(u.minor), lofiRaw(u.minor)]) {
      const [dir, name] = path.slice("/dev/".length).split("/") as [string, string];
      try {
        dev.lookup(dir).remove(name);
      } catch {
        // no node
      }
    }
  }
}

/**
 * Down: the session's other processes killed, every mount but / taken off (innermost first, file
 * systems asked to let go as a forced unmount would), lofi unmapped. Returns the new boot's time.
 */
export function shutdownSolaris(m: Machine, caller: Proc): number {
  const keep = lineage(m, caller);
  const down = m.clock.now();
  for (const mt of [...m.mounts.all()].reverse()) {
    if (!mt.covered) continue;
    try {
      mt.vfs.unmount?.(true);
    } catch {
      // going down regardless
    }
    m.mounts.remove(mt);
    const rel = m.releases.get(mt.vfs);
    m.releases.delete(mt.vfs);
    rel?.();
    m.events.emit({ kind: "mount", action: "unmounted", mountPoint: mt.path, special: mt.special, vfsType: mt.vfs.type });
  }
  unmapLofi(m);
  // a new kernel: device ids handed out from the start again
  m.fsidPolicy = solarisFsidPolicy(m);
  const boot = down + SHUTDOWN_SECONDS + FAST_REBOOT_SECONDS;
  restartSolarisProcesses(m, boot, keep, boot + LOGIN_SECONDS);
  return boot;
}

/** init's system calls (the boot's mounts are made as init, at /) */
export const initSys = (m: Machine): Sys => new Sys(m, m.sched.table.get(1)!);

/** fs-root, the kernel's mounts and fs-minimal's boot environment: all before vfstab is read */
export function bootKernel(m: Machine, boot: number): Sys {
  const sys = initSys(m);
  const d = solarisDisks(m);
  m.clock.set(boot + 3);
  mountKernelFileSystems(sys, d, boot);
  mountBootEnvironment(sys, d, boot);
  return sys;
}

/** fs-local's `zfs mount -a` */
export function mountZfs(sys: Sys, boot: number): void {
  sys.machine.clock.set(Math.max(sys.machine.clock.now(), boot + 6));
  mountPoolDatasets(sys, solarisDisks(sys.machine), boot, true);
}

/** the daemons' programs and working directories again, and the login at its time */
export function bootUp(sys: Sys, boot: number): void {
  const m = sys.machine;
  holdPrograms(m, sys);
  m.clock.set(Math.max(m.clock.now(), boot + LOGIN_SECONDS));
  m.events.emit({ kind: "reboot" });
}
