// What /proc tells pfiles about one descriptor of a process: pr_fstat64 (type, mode, device,
// inode, owner, size or rdev), F_GETXFL (the open flags), /proc/PID/path/FD (the name the file
// was opened by, Solaris's v_path) and the offset — read from the lab's open files.
//
// The lab's kinds of open file and what Solaris shows for each:
//   - a vnode (a file, a directory, a device node): its attributes; the path if the name it was
//     opened by still leads to it (vnodetopath checks v_path and, for a directory, walks up);
//   - the terminal: the pts node /dev/pts/N (the lab's terminal file has no vnode), opened by
//     sshd with O_RDWR|O_NOCTTY, and largefile;
//   - a pipe: fifofs's node (S_IFIFO, mode 0, the pipe's number as inode, what it holds as size),
//     read-write at both ends (Solaris pipes are bidirectional), with no path and so no offset;
//   - a here-document's text: the shell's temporary file in /tmp, already removed (no path).
import { OpenFile } from "../../kernel/openfile.js";
import { PipeEnd, TtyFile, MemFile, type File } from "../../kernel/proc/file.js";
import type { Proc } from "../../kernel/proc/proc.js";
import type { Sys } from "../../kernel/sys.js";
import { crossDown, getcwdByVnode } from "../../kernel/vfs/namei.js";
import type { Vattr, Vnode } from "../../kernel/vfs/vnode.js";
import { solarisDev } from "../../os/solaris/devt.js";

/** fifofs's pseudo major (getudev() at boot: the lab's number, see the ledger) */
export const FIFOFS_MAJOR = 0x21c;

export interface FdInfo {
  fd: number;
  /** S_IFCHR, S_IFDIR … */
  type: string;
  /** mode & ~S_IFMT */
  mode: number;
  /** st_dev as the 32-bit compressed dev the lab keeps */
  dev: number;
  ino: number;
  uid: number;
  gid: number;
  /** size, for anything but a device */
  size: number;
  /** a device's rdev */
  rdev: { major: number; minor: number } | null;
  /** show_fileflags: O_RDWR|O_CREAT|… */
  flags: string;
  path: string | null;
  offset: number;
}

const TYPES: Record<string, string> = { VREG: "S_IFREG", VDIR: "S_IFDIR", VCHR: "S_IFCHR", VBLK: "S_IFBLK", VLNK: "S_IFLNK", VFIFO: "S_IFIFO", VSOCK: "S_IFSOCK" };

/** show_fileflags's order: the access mode, then O_NDELAY … O_XATTR as set */
function fileFlags(read: boolean, write: boolean, extra: { append?: boolean; create?: boolean; trunc?: boolean; excl?: boolean; noctty?: boolean }): string {
  const out = [read && write ? "O_RDWR" : write ? "O_WRONLY" : "O_RDONLY"];
  if (extra.append) out.push("O_APPEND");
  if (extra.create) out.push("O_CREAT");
  if (extra.trunc) out.push("O_TRUNC");
  if (extra.excl) out.push("O_EXCL");
  if (extra.noctty) out.push("O_NOCTTY");
  // the tools and shells are largefile-aware (or 64-bit): every open carries O_LARGEFILE
  out.push("O_LARGEFILE");
  return out.join("|");
}

/** the system's root, where /proc/PID/path names start */
const systemRoot = (sys: Sys): Vnode => sys.machine.mounts.all().find((m) => m.covered === null)!.vfs.root();

/** vnodetopath: the name a directory has now, walking up from it; null if it has none */
function dirPath(sys: Sys, dir: Vnode): string | null {
  try {
    return getcwdByVnode(sys.machine.mounts, { root: systemRoot(sys), cwd: dir });
  } catch {
    return null;
  }
}

/** the path of an open file: its directory's and its name, if the name still leads to it */
function openPath(sys: Sys, f: OpenFile): string | null {
  if (f.vnode.type === "VDIR") return dirPath(sys, f.vnode);
  const o = f.opened;
  if (!o) return null;
  try {
    if (crossDown(sys.machine.mounts, o.dir.lookup(o.name)) !== o.node) return null;
  } catch {
    return null;
  }
  const d = dirPath(sys, o.dir);
  return d === null ? null : d === "/" ? `/${o.name}` : `${d}/${o.name}`;
}

function fromAttr(fd: number, a: Vattr): Omit<FdInfo, "flags" | "path" | "offset"> {
  const dev = a.type === "VCHR" || a.type === "VBLK";
  return { fd, type: TYPES[a.type] ?? "S_IFREG", mode: a.mode & 0o7777, dev: a.fsid, ino: a.fileid, uid: a.uid, gid: a.gid, size: dev ? 0 : a.size, rdev: dev ? a.rdev : null };
}

/** one descriptor's information, or null when /proc cannot stat it (a vnode gone) */
export function fdInfo(sys: Sys, p: Proc, fd: number, f: File): FdInfo | null {
  if (f instanceof OpenFile) {
    const x = f.flags;
    return { ...fromAttr(fd, f.vnode.getattr()), flags: fileFlags(!!x.read, !!x.write, x), path: openPath(sys, f), offset: f.pos };
  }
  if (f instanceof TtyFile) {
    const name = `/dev/${f.tty.name}`;
    let a: Vattr;
    try {
      a = sys.resolve(name).getattr();
    } catch {
      return null;
    }
    return { ...fromAttr(fd, a), flags: fileFlags(true, true, { noctty: true }), path: name, offset: f.pos };
  }
  if (f instanceof PipeEnd) {
    const dev = solarisDev(FIFOFS_MAJOR, 0);
    return { fd, type: "S_IFIFO", mode: 0, dev, ino: f.pipe.id, uid: p.uid, gid: p.gid, size: f.pipe.size, rdev: null, flags: fileFlags(true, true, {}), path: null, offset: 0 };
  }
  if (f instanceof MemFile) {
    let dev = 0;
    try {
      dev = sys.stat("/tmp").fsid;
    } catch {
      dev = 0;
    }
    return { fd, type: "S_IFREG", mode: 0o600, dev, ino: 0, uid: p.uid, gid: p.gid, size: f.size, rdev: null, flags: fileFlags(true, false, {}), path: null, offset: f.offset };
  }
  return null;
}
