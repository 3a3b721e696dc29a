// The kernel's side of fuser on Solaris: utssys(UTS_FUSERS), illumos uts/common/syscall/utssys.c
// uts_fusers and dofusers, over the references the lab's kernel finds (kernel/vfs/refs.ts, the
// same data umount decides busy by).
//
// What makes Solaris's answer differ from umount's is how it compares. umount counts every hold
// down a layer's chain: a process whose cwd is /mnt/proj, with /export/home lofs-mounted on /mnt,
// keeps /export/home busy (its lnode holds the real vnode). dofusers instead compares the vnode a
// process holds with VN_CMP, which is true only for the same vnode or for two vnodes of the same
// file-system type that VOP_CMP calls equal (lofs's lo_cmp: two lnodes with the same real vnode),
// and a file "in" a file system by v_vfsp, and an lnode's v_vfsp is the lofs mount (or its shadow
// vfs for a file system met below it), never the real one. So:
//
//   # mount -F lofs /export/home /mnt; cd /mnt/proj
//   # fuser -c /export/home      nobody (yet umount /export/home is busy)
//   # fuser -c /mnt              the shell, c
//   # fuser /export/home/proj    nobody;  fuser /mnt/proj: the shell, c
//
// The process table is walked as the kernel's practive list runs, newest process first. u_rdir
// is set only by chroot (a process at the system's root has none), so r marks a chrooted process.
// A program's text is also mapped (t and m); the lab maps no other files.
import type { Machine } from "../../kernel/machine.js";
import type { Proc } from "../../kernel/proc/proc.js";
import { TtyFile } from "../../kernel/proc/file.js";
import { references } from "../../kernel/vfs/refs.js";
import { realvp, type Vnode } from "../../kernel/vfs/vnode.js";
import type { Sys } from "../../kernel/sys.js";
import { kerr } from "../../kernel/errno.js";

/** how a process uses the file, in fuser.c's code_tab order: c r t o m y a n */
export const USE_CODES = ["c", "r", "t", "o", "m", "y", "a", "n"] as const;
export type UseCode = (typeof USE_CODES)[number];

export interface FileUser {
  proc: Proc;
  /** the codes, in code_tab order */
  codes: UseCode[];
}

export interface FusersRequest {
  /** F_CONTAINED: every file of the file system whose root the path names */
  contained: boolean;
  /** F_DEVINFO: every minor node of the device's driver instance */
  devinfo: boolean;
  /** F_NBMANDLIST: only users holding non-blocking mandatory locks (the lab has none) */
  nbmand: boolean;
}

const isDevice = (v: Vnode): boolean => v.type === "VCHR" || v.type === "VBLK";

/** VN_CMP: the same vnode, or two lnodes of one type that lo_cmp finds equal (the same real vnode) */
function vnCmp(a: Vnode, b: Vnode): boolean {
  if (a === b) return true;
  return !!a.lower && !!b.lower && a.vfs.type === b.vfs.type && realvp(a) === realvp(b);
}

/** v_vfsp == cvfsp: the same vfs and, for a layer, the same real file system below it (illumos
 *  gives each real file system met below a lofs mount a shadow vfs of its own) */
const inVfs = (v: Vnode, fvp: Vnode): boolean => v.vfs === fvp.vfs && realvp(v).vfs === realvp(fvp).vfs;

const sameRdev = (a: Vnode, b: Vnode): boolean => {
  const x = a.getattr().rdev;
  const y = b.getattr().rdev;
  return !!x && !!y && x.major === y.major && x.minor === y.minor;
};
const sameDriver = (a: Vnode, b: Vnode): boolean => a.getattr().rdev?.major === b.getattr().rdev?.major;

/** the device node of a terminal: /dev/pts/N */
function ttyNode(sys: Sys, name: string): Vnode | null {
  try {
    return sys.resolve(`/dev/${name}`);
  } catch {
    return null;
  }
}

/**
 * uts_fusers: the processes using the file `path` names (followed), newest first. EINVAL for
 * -c on anything but a file system's root or on a device, and for -d on anything but a device;
 * the lookup's own errors otherwise.
 */
export function fusers(sys: Sys, path: string, req: FusersRequest): FileUser[] {
  const m = sys.machine;
  const fvp = sys.resolve(path);
  const dev = isDevice(fvp);
  const isRoot = m.mounts.mountWithRoot(fvp) !== undefined;
  if (req.contained && (!isRoot || dev)) throw kerr("EINVAL");
  if (req.devinfo && !dev) throw kerr("EINVAL");
  const systemRoot = m.mounts.all().find((x) => x.covered === null)!.vfs.root();
  const uses = new Map<Proc, Set<UseCode>>();
  const mark = (p: Proc, c: UseCode) => (uses.get(p) ?? uses.set(p, new Set()).get(p)!).add(c);
  const matchFile = (v: Vnode) => (req.contained && inVfs(v, fvp)) || (!dev && vnCmp(fvp, v));
  const matchDev = (v: Vnode) => dev && isDevice(v) && (sameRdev(fvp, v) || (req.devinfo && sameDriver(fvp, v)));
  // what each process holds: its cwd, its root, its program and its descriptors, as held (depth 0:
  // the vnode itself, never one further down a layer's chain)
  for (const r of references(m)) {
    if (r.depth !== 0 || !r.proc) continue;
    const p = r.proc;
    if (r.kind === "open" && (matchFile(r.vnode) || matchDev(r.vnode))) mark(p, "o");
    if (dev) continue;
    if (r.kind === "cwd" && matchFile(r.vnode)) mark(p, "c");
    if (r.kind === "root" && r.vnode !== systemRoot && matchFile(r.vnode)) mark(p, "r");
    if (r.kind === "text" && matchFile(r.vnode)) {
      mark(p, "t");
      mark(p, "m");
    }
  }
  if (dev) {
    for (const p of m.procs()) {
      // the terminal as an open file (the lab's terminal file has no vnode of its own)
      for (const f of p.fds.values()) {
        const node = f instanceof TtyFile ? ttyNode(sys, f.tty.name) : null;
        if (node && matchDev(node)) mark(p, "o");
      }
      // the session's controlling terminal (s_vp)
      const ctty = p.tty ? ttyNode(sys, p.tty.name) : null;
      if (ctty && (sameRdev(fvp, ctty) || (req.devinfo && sameDriver(fvp, ctty)))) mark(p, "y");
    }
  }
  if (req.nbmand) return [];
  const newestFirst = [...m.sched.table.values()].filter((p) => p.state !== "zombie").reverse();
  return newestFirst.filter((p) => uses.has(p)).map((proc) => ({ proc, codes: USE_CODES.filter((c) => uses.get(proc)!.has(c)) }));
}

/** the mount point of the file system mounted from the block device named `special` as mnttab
 *  has it (fuser.c spec_to_mount), or null */
export function specToMount(m: Machine, sys: Sys, special: string): string | null {
  const mt = m.mounts.all().find((x) => x.special === special && !x.data?.["nomnttab"]);
  if (!mt) return null;
  try {
    return sys.stat(special).type === "VBLK" ? mt.path : null;
  } catch {
    return null;
  }
}
