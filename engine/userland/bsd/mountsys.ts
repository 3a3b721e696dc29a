// mount(2) and unmount(2) as the BSD programs call them: by path and MNT_ flags. The kernel
// stores the mount point as the program passed it (f_mntonname), stacks a mount on a directory
// that is already a mount point (4.4BSD namei crosses into the mounted root first, whose
// v_mountedhere is empty), and unmounts whatever file system's root a path names.
import { kerr } from "../../kernel/errno.js";
import type { Sys } from "../../kernel/sys.js";
import type { Mount } from "../../kernel/vfs/mount.js";
import { kept } from "./mntflags.js";

/**
 * mount(2): `special` is what the file system's args name (the device, the target directory).
 * With MNT_UPDATE the path must be a file system's root: the lab changes nothing of a mounted file
 * system on update, but a device other than the one mounted is refused (EINVAL), as
 * cd9660_mount and ffs_mount refuse it.
 */
export function mountSyscall(sys: Sys, type: string, dir: string, flags: ReadonlySet<string>, special: string, fsopts: string[] = []): Mount {
  if (flags.has("update")) return update(sys, dir, special);
  const k = kept(flags);
  return sys.mount({
    type,
    special,
    dir,
    readonly: flags.has("rdonly"),
    optionString: k.optionString,
    options: fsopts,
    overlay: true,
    data: { flags: k.names },
  });
}

function update(sys: Sys, dir: string, special: string): Mount {
  const m = rootMount(sys, dir);
  if (m.special !== special) {
    const a = sys.stat(special);
    const b = sys.exists(m.special) ? sys.stat(m.special) : null;
    if (!b || a.type !== "VBLK" || a.rdev?.major !== b.rdev?.major || a.rdev?.minor !== b.rdev?.minor) throw kerr("EINVAL");
  }
  return m;
}

/** the mount whose root `path` names (EINVAL for any other directory: it is not VROOT) */
export function rootMount(sys: Sys, path: string): Mount {
  const v = sys.resolve(path);
  const m = sys.machine.mounts.mountOf(v.vfs);
  if (!m || v !== v.vfs.root()) throw kerr("EINVAL");
  return m;
}

/** unmount(2) by path; MNT_FORCE closes what processes hold there. The root file system is never
 *  unmounted (4.4BSD-Lite2 unmount(): MNT_ROOTFS is EINVAL). */
export function unmountSyscall(sys: Sys, path: string, force: boolean): void {
  const m = rootMount(sys, path);
  if (!m.covered) throw kerr("EINVAL");
  sys.umount(m, force);
}
