// fstat (BSD): the open files of the processes, as 4.4BSD's usr.bin/fstat in BSD/OS's tree reads
// them out of the kernel — here out of the lab kernel's process table: each process's working
// directory (wd), its root directory when it is chrooted (root), then its descriptors. A file of a
// file system fstat knows (ufs, mfs, nfs, cd9660) gets its mount point, inode, mode, size (or the
// device's name) and how it is open; a vnode of any other kind is shown by its tag, ?(9) for a
// null layer's and ?(a) for umap's (fstat.c knows no layers: a layer's node is what the process
// holds, not the file below it). A pipe is a socket pair, as 4.4BSD makes pipes. -f restricts to
// the file systems of the operands (of . without one); operands without -f to those files;
// -p pid, -u user to one process or one user's; -n prints numbers instead of names.
import type { File } from "../../kernel/proc/file.js";
import { PipeEnd } from "../../kernel/proc/file.js";
import type { Proc } from "../../kernel/proc/proc.js";
import type { Vnode } from "../../kernel/vfs/vnode.js";
import { bsdSubunit, bsdUnit } from "../../os/bsd/dev.js";
import { errnoOf, getopt, lazyNames } from "../common/lib.js";
import { err } from "../common/msg.js";
import { userId } from "../common/ids.js";
import type { CommandContext, CommandDef } from "../types.js";
import { devname, stMode, stRdev, strmode } from "./statfmt.js";

const HEADER = "USER     CMD          PID   FD MOUNT      INUM MODE         SZ|DV R/W";
const NHEADER = "USER     CMD          PID   FD  DEV    INUM       MODE SZ|DV R/W";

/** 4.4BSD's vnode tags (sys/vnode.h enum vtagtype) of the kinds fstat has no reader for */
const TAGS: Record<string, number> = { lofs: 6, fdesc: 7, portal: 8, null: 9, loopback: 9, umap: 10, kernfs: 11, procfs: 12, union: 15 };

interface Wanted {
  fsid: number;
  ino: number;
  name: string;
}

interface Opts {
  fsflg: boolean;
  nflg: boolean;
  /** the operands' files (checkfile), or null for every file */
  devs: Wanted[] | null;
}

class Fstat {
  private out = "";
  private readonly names;
  private readonly pipes = new Map<object, number>();

  constructor(
    private ctx: CommandContext,
    private o: Opts,
  ) {
    this.names = lazyNames(ctx);
  }

  text(): string {
    return this.out;
  }

  private prefix(p: Proc, fd: string): string {
    const user = this.names.user(p.uid) ?? String(p.uid);
    const comm = p.comm.replace(/^-/, "");
    return `${user.slice(0, 8).padEnd(8)} ${comm.padEnd(10)} ${String(p.pid).padStart(5)} ${fd.padStart(4)}`;
  }

  dofiles(p: Proc): void {
    const root = this.ctx.machine.mounts.all().find((m) => m.covered === null)?.vfs.root();
    if (root && p.root !== root) this.vtrans(p, p.root, "root", true, false);
    this.vtrans(p, p.cwd, "wd", true, false);
    for (const [fd, f] of [...p.fds].sort((a, b) => a[0] - b[0])) this.file(p, fd, f);
  }

  private file(p: Proc, fd: number, f: File): void {
    if (f.vnode) return this.vtrans(p, f.vnode, String(fd), f.readable, f.writable);
    const tty = (f as { tty?: { name: string } }).tty;
    if (tty) {
      // the terminal is its device node
      try {
        this.vtrans(p, this.ctx.sys.resolve("/dev/" + tty.name), String(fd), f.readable, f.writable);
      } catch (e) {
        errnoOf(e);
      }
      return;
    }
    if (f instanceof PipeEnd && this.o.devs === null) this.socket(p, fd, f);
  }

  /** socktrans: a pipe is a unix-domain stream socket pair; the pcb addresses are made up (in
   *  order of meeting the pipes) but the two ends of one pipe point at each other */
  private socket(p: Proc, fd: number, f: PipeEnd): void {
    let n = this.pipes.get(f.pipe);
    if (n === undefined) this.pipes.set(f.pipe, (n = this.pipes.size));
    const base = 0xf0a3c000 + n * 0x200;
    const me = base + (f.readable ? 0 : 0x100);
    const peer = base + (f.readable ? 0x100 : 0);
    this.out += `${this.prefix(p, String(fd))}* unix stream ${me.toString(16)} <-> ${peer.toString(16)}\n`;
  }

  private vtrans(p: Proc, v: Vnode, fd: string, r: boolean, w: boolean): void {
    const type = v.vfs.type;
    const tag = v.lower !== undefined ? (type === "umap" ? 10 : 9) : TAGS[type];
    // a layer's node that a forced unmount left behind is vgone'd: v_tag VT_NON, which fstat.c
    // names "none" before it looks at the tag
    const dead = (v.vfs as { dead?: boolean }).dead === true;
    const badtype = dead ? "none" : tag !== undefined ? `?(${tag.toString(16)})` : null;
    const a = badtype === null ? v.getattr() : null;
    let filename: string | null = null;
    if (this.o.devs) {
      if (a === null) return;
      const onFs = this.o.devs.filter((d) => d.fsid === a.fsid);
      filename = onFs.find((d) => d.ino === a.fileid)?.name ?? null;
      if (onFs.length === 0 || (filename === null && !this.o.fsflg)) return;
    }
    let line = this.prefix(p, fd);
    if (a === null) {
      this.out += `${line} -         -  ${badtype!.padStart(10)}    -\n`;
      return;
    }
    const dev = this.ctx.os.formats.dev;
    const three = (d: number) => `${dev.major(d)},${bsdUnit(dev.minor(d))},${bsdSubunit(dev.minor(d))}`;
    if (this.o.nflg) line += " " + three(a.fsid).padStart(2);
    else line += " " + (this.ctx.machine.mounts.mountOf(v.vfs)?.path ?? "").padEnd(8);
    const mode = this.o.nflg ? stMode(a).toString(8) : strmode(a) + " ";
    line += ` ${String(a.fileid).padStart(6)} ${mode.padStart(10)}`;
    if (a.type === "VBLK" || a.type === "VCHR") {
      const rdev = stRdev(this.ctx, a);
      const name = this.o.nflg ? null : devname(this.ctx, rdev, a.type);
      line += name === null ? " " + three(rdev).padStart(2) : " " + name.padStart(6);
    } else line += " " + String(a.size).padStart(6);
    line += " " + ((r ? "r" : "") + (w ? "w" : "")).padStart(2);
    if (filename !== null && !this.o.fsflg) line += "  " + filename;
    this.out += line + "\n";
  }
}

/** getfname: an operand's device and inode; false (after the message) when it cannot be found */
function getfname(ctx: CommandContext, name: string, devs: Wanted[]): boolean {
  try {
    const a = ctx.sys.stat(name);
    devs.unshift({ fsid: a.fsid, ino: a.fileid, name });
    return true;
  } catch (e) {
    err(ctx, "fstat.cannot", name, ctx.os.strerror(errnoOf(e)));
    return false;
  }
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "fnp:u:vM:N:");
  const o: Opts = { fsflg: false, nflg: false, devs: null };
  let pid: number | null = null;
  let uid: number | null = null;
  const usage = () => (err(ctx, "fstat.usage"), 1);
  for (const it of r.items) {
    if (it.kind !== "flag") {
      err(ctx, it.kind === "badflag" ? "getopt.badflag" : "getopt.needarg", ctx.os.formats.progname(ctx.argv[0] ?? "fstat"), it.flag);
      return usage();
    }
    const v = it.value ?? "";
    if (it.flag === "f") o.fsflg = true;
    else if (it.flag === "n") o.nflg = true;
    else if (it.flag === "p") {
      if (pid !== null) return usage();
      if (!/^\d/.test(v)) {
        err(ctx, "fstat.needpid");
        return usage();
      }
      pid = parseInt(v, 10);
    } else if (it.flag === "u") {
      if (uid !== null) return usage();
      uid = userId(ctx, v);
      if (uid === null) {
        err(ctx, "fstat.nouser", v);
        return 1;
      }
    }
    // -v (kernel read errors), -M core and -N system (another kernel's image): the lab reads its own
  }
  if (r.operands.length) {
    const devs: Wanted[] = [];
    for (const f of r.operands) getfname(ctx, f, devs);
    if (devs.length === 0) return 1;
    o.devs = devs;
  }
  if (o.fsflg && o.devs === null) {
    const devs: Wanted[] = [];
    if (!getfname(ctx, ".", devs)) return 1;
    o.devs = devs;
  }
  // the process table as kvm_getprocs gives it: the newest first
  const procs = [...ctx.machine.procs()].filter((p) => (pid === null || p.pid === pid) && (uid === null || p.uid === uid)).sort((a, b) => b.pid - a.pid);
  if (procs.length === 0) {
    err(ctx, "fstat.noproc", ctx.os.strerror("ESRCH"));
    return 1;
  }
  const f = new Fstat(ctx, o);
  for (const p of procs) f.dofiles(p);
  ctx.stdout.write((o.nflg ? NHEADER : HEADER) + (o.devs && !o.fsflg ? " NAME" : "") + "\n" + f.text());
  return 0;
}

export const fstat: CommandDef = {
  name: "fstat",
  path: "/usr/bin/fstat",
  summary: "Lists the open files of processes.",
  flags: ["-f", "-n", "-p", "-u", "-v"],
  run,
  man: `fstat Command

Purpose
       Lists the open files of processes.

Syntax
       fstat [-fnv] [-p pid] [-u user] [-N system] [-M core] [file ...]

Description
       Fstat identifies open files. A file is considered open by a process if
       it was explicitly opened, is the working directory, root directory,
       active executable text, or kernel trace file for that process. If no
       options are specified, fstat reports on all open files in the system.

       -f   Restrict examination to files open in the same file systems as the
            named file arguments, or to the file system containing the current
            directory if there are no additional filename arguments.
       -n   Numerical format. Print the device number (maj,unit,subunit) of
            the file system the file resides in rather than the mount point
            name; print the mode of the file in octal; print the device number
            of a special device rather than its name.
       -p   Report all files open by the specified process.
       -u   Report all files open by the specified user.
       -v   Verbose mode. Print error messages about system data structures
            that cannot be read.
       file ...
            Restrict reports to the specified files.

       The following fields are printed:

       USER   The username of the owner of the process (effective uid).
       CMD    The command name of the process.
       PID    The process id.
       FD     The file number in the per-process open file table or one of:
              root, the root inode; wd, the current working directory; text,
              the executable text inode.
       MOUNT  If the -n flag wasn't specified, this header is present and is
              the pathname that the file system the file resides in is
              mounted on.
       DEV    If the -n flag is specified, this header is present and is the
              major/unit/subunit number of the device this file resides in.
       INUM   The inode number of the file.
       MODE   The mode of the file.
       SZ|DV  If the file is not a character or block special, prints the
              size of the file in bytes; otherwise the name of the special
              device.
       R/W    Whether the file is open for reading and/or writing.
       NAME   If filename arguments are specified and the -f flag is not, the
              name of the file.

       A vnode of a file system fstat cannot read (a layer such as null or
       umap) is shown by its tag: ?(9) for null, ?(a) for umap. A pipe is a
       pair of unix-domain stream sockets: "* unix stream" and the addresses
       of its two ends.

Bugs
       Since fstat takes a snapshot of the system, it is only correct for a
       very short period of time.
`,
};
